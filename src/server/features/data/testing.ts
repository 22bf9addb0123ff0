import type { TestApp, TestSession } from '../../testing/app.js';
import { addOrgUnits } from '../indicators/testing.js';

/**
 * Mentougou district with two of its streets, the bed figures its 14th plan reports (实有床位 2989 张,
 * 其中康复护理床位 122 张), its resident population collected by sex (七普: 392606), and a yearly data
 * set every street and the district report.
 */
export async function seedMentougou(t: TestApp, admin: TestSession, window: { openFrom?: string | null; openUntil?: string | null } = {}): Promise<void> {
  await addOrgUnits(t.handle.db, [
    { code: 'mentougou', level: 'district' },
    { code: 'dayu', level: 'street', parent: 'mentougou' },
    { code: 'chengzi', level: 'street', parent: 'mentougou' },
  ]);
  const elements = [
    { code: 'BEDS', name: '实有床位数', unit: '张', valueType: 'integer', aggregationAcross: 'sum', aggregationOverTime: 'last', min: 0 },
    { code: 'REHAB_BEDS', name: '康复护理床位数', unit: '张', valueType: 'integer', aggregationAcross: 'sum', aggregationOverTime: 'last', min: 0 },
    { code: 'FD_COVERAGE', name: '重点人群家庭医生签约覆盖率', unit: '%', valueType: 'percentage', aggregationAcross: 'average', aggregationOverTime: 'last' },
    { code: 'POP', name: '常住人口', unit: '人', valueType: 'integer', aggregationAcross: 'sum', aggregationOverTime: 'last', min: 0, disaggregations: ['男', '女'] },
  ];
  for (const e of elements) {
    const res = await t.as(admin, 'POST', '/api/data/elements', e);
    if (res.statusCode !== 201) throw new Error(res.body);
  }
  const set = await t.as(admin, 'POST', '/api/data/sets', {
    code: 'HEALTH_RESOURCES',
    name: '卫生资源年报',
    periodType: 'yearly',
    openFrom: window.openFrom ?? null,
    openUntil: window.openUntil ?? null,
    elements: ['BEDS', 'REHAB_BEDS', 'FD_COVERAGE', 'POP'],
    orgUnits: ['mentougou', 'dayu', 'chengzi'],
  });
  if (set.statusCode !== 201) throw new Error(set.body);
}
