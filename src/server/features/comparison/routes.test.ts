import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CanonicalLibrary } from '../../../domain/canonical/library.js';
import { readContentJson } from '../../demo/content.js';
import { openTestApp, type TestApp, type TestSession } from '../../testing/app.js';
import { testDatabases } from '../../testing/database.js';
import { loadCanonicalLibrary } from '../canonical/load.js';
import { addDataValues } from '../indicators/testing.js';
import { importPlan } from '../plans/import.js';

interface Comparison {
  canonical: { code: string; name: string; unit: string | null };
  items: Array<{
    plan: { code: string; periodStart: number };
    region: { code: string; name: string };
    indicator: { code: string; name: string; unit: string | null };
    baselines: Array<{ year: number; value: number }>;
    targets: Array<{ text: string; source: string; year: number }>;
    latest: { year: number; value: number; basis: string } | null;
  }>;
}

describe.each(testDatabases)('comparison across plans on $name', (database) => {
  let t: TestApp;
  let viewer: TestSession;

  beforeAll(async () => {
    t = await openTestApp(database);
    await loadCanonicalLibrary(t.handle.db, readContentJson('canonical', 'indicators.json') as CanonicalLibrary);
    const ctx = { db: t.handle.db, actor: null, channel: 'system' as const, requestId: null };
    for (const code of ['xicheng-2021-2025', 'mentougou-2021-2025', 'chaoyang-2021-2025', 'xicheng-2017-2020']) {
      await importPlan(ctx, readContentJson('plans', `${code}.json`), { apply: true });
    }
    await t.user('viewer', [{ role: 'viewer' }]);
    viewer = await t.login('viewer');
  });
  afterAll(async () => t?.close());

  const comparison = async (code: string, session = viewer): Promise<Comparison> => (await t.as(session, 'GET', `/api/canonical-indicators/${code}/comparison`)).json();
  const row = (c: Comparison, indicator: string) => c.items.find((i) => i.indicator.code === indicator)!;

  it('lists the canonical library with how many plans link each indicator', async () => {
    const res = await t.as(viewer, 'GET', '/api/canonical-indicators');
    expect(res.statusCode).toBe(200);
    const items: Array<{ code: string; name: string; plans: number; indicators: number }> = res.json().items;
    expect(items.find((i) => i.code === 'LIFE_EXPECTANCY')).toMatchObject({ name: '人均期望寿命', plans: 4, indicators: 5 });
    expect(items.find((i) => i.code === 'INFANT_MORTALITY')).toMatchObject({ name: '婴儿死亡率', plans: 3, indicators: 4 });
  });

  it('compares life expectancy across the three 14th-plan plans, each with its own name and target text', async () => {
    const c = await comparison('LIFE_EXPECTANCY');
    expect(c.canonical).toMatchObject({ code: 'LIFE_EXPECTANCY', name: '人均期望寿命', unit: '岁' });
    const fourteenth = c.items.filter((i) => i.plan.periodStart === 2021 && i.targets.some((x) => x.year === 2025));
    expect(fourteenth.map((i) => [i.plan.code, i.region.name, i.indicator.name])).toEqual([
      ['chaoyang-2021-2025', '朝阳区', '人均期望寿命'],
      ['mentougou-2021-2025', '门头沟区', '人均预期寿命'],
      ['xicheng-2021-2025', '西城区', '人均期望寿命'],
    ]);
    expect(fourteenth.map((i) => i.targets.map((x) => [x.text, x.source]))).toEqual([[['83.0', 'plan']], [['81.8', 'plan'], ['82.8', '北京市']], [['≥84 岁', 'plan']]]);
    expect(fourteenth.map((i) => i.baselines.map((b) => [b.year, b.value]))).toEqual([[[2020, 82.91]], [[2020, 81.7]], [[2020, 84.26]]]);
    expect(fourteenth.map((i) => i.latest && [i.latest.year, i.latest.value])).toEqual([[2020, 82.91], [2020, 81.7], [2020, 84.26]]);
    expect(row(c, 'XC17-P01')).toMatchObject({ plan: { code: 'xicheng-2017-2020' }, targets: [{ text: '人均期望寿命达到84.5岁', year: 2020 }], baselines: [{ year: 2016, value: 84.28 }] });
  });

  it('takes the latest value at each plan\'s own region', async () => {
    await addDataValues(t.handle.db, [{ element: 'LIFE_EXPECTANCY', unit: '110105', period: '2023', value: 83.35 }]);
    const c = await comparison('LIFE_EXPECTANCY');
    expect(row(c, 'CY21-01').latest).toMatchObject({ year: 2023, value: 83.35, usesSamples: false });
    expect(row(c, 'XC21-07').latest).toMatchObject({ year: 2020, value: 84.26 });
    await addDataValues(t.handle.db, [{ element: 'LIFE_EXPECTANCY', unit: '110102', period: '2024', value: 84.7, provenance: 'sample' }]);
    expect(row(await comparison('LIFE_EXPECTANCY'), 'XC21-07').latest).toMatchObject({ year: 2024, value: 84.7, usesSamples: true });
  });

  it('keeps both of Mentougou\'s infant mortality targets, the Beijing one included, and values reported for the indicator', async () => {
    const c = await comparison('INFANT_MORTALITY');
    expect(row(c, 'MTG21-03').targets.map((x) => [x.text, x.source])).toEqual([
      ['3 以下', 'plan'],
      ['达到国际水平', '北京市'],
    ]);
    expect(row(c, 'MTG21-03').baselines.map((b) => b.value)).toEqual([2.17, 2.28]);
    expect(row(c, 'XC21-08')).toMatchObject({ indicator: { unit: '‰' }, targets: [{ text: '≤3‰' }], latest: { year: 2020, value: 1.86, basis: 'reported' } });
  });

  it('shows a viewer only the plans in their scope, and answers an unknown code with 404', async () => {
    await t.user('chaoyang-viewer', [{ role: 'viewer', plan: 'chaoyang-2021-2025' }]);
    const scoped = await t.login('chaoyang-viewer');
    expect((await comparison('LIFE_EXPECTANCY', scoped)).items.map((i) => i.plan.code)).toEqual(['chaoyang-2021-2025']);
    const missing = await t.as(viewer, 'GET', '/api/canonical-indicators/NO_SUCH/comparison');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error).toMatchObject({ code: 'NOT_FOUND', messageZh: '未找到标准指标 NO_SUCH', messageEn: 'Canonical indicator NO_SUCH not found' });
  });
});
