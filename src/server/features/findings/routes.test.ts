import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CanonicalLibrary } from '../../../domain/canonical/library.js';
import { readContentJson } from '../../demo/content.js';
import { openTestApp, type TestApp, type TestSession } from '../../testing/app.js';
import { testDatabases } from '../../testing/database.js';
import { loadCanonicalLibrary } from '../canonical/load.js';
import { importPlan } from '../plans/import.js';

interface FindingItem {
  code: string;
  severity: 'error' | 'warning' | 'info';
  message: { zh: string; en: string };
  indicator: { code: string; name: string } | null;
  lines: number[];
}

const PLANS = ['xicheng-2021-2025', 'mentougou-2021-2025', 'chaoyang-2021-2025'];

describe.each(testDatabases)('plan consistency findings on $name', (database) => {
  let t: TestApp;
  let viewer: TestSession;
  const findings = async (plan: string, query = ''): Promise<{ summary: Record<string, number>; items: FindingItem[] }> =>
    (await t.as(viewer, 'GET', `/api/plans/${plan}/findings${query}`)).json();

  beforeAll(async () => {
    t = await openTestApp(database);
    await loadCanonicalLibrary(t.handle.db, readContentJson('canonical', 'indicators.json') as CanonicalLibrary);
    const ctx = { db: t.handle.db, actor: null, channel: 'system' as const, requestId: null };
    for (const code of PLANS) await importPlan(ctx, readContentJson('plans', `${code}.json`), { apply: true });
    await t.user('viewer', [{ role: 'viewer' }]);
    viewer = await t.login('viewer');
  });
  afterAll(async () => t?.close());

  it('stores at least one real contradiction for each 14th-plan demo document when it is imported', async () => {
    for (const plan of PLANS) {
      const { summary, items } = await findings(plan);
      expect(items.length, plan).toBeGreaterThan(0);
      expect(summary.total).toBe(items.length);
      expect(summary.error + summary.warning + summary.info).toBe(items.length);
      for (const f of items) expect(f.lines.every((l) => Number.isInteger(l) && l > 0), `${plan} ${f.code}`).toBe(true);
    }
  });

  it('shows Mentougou\'s two infant mortality baselines for 2020, 2.17 and 2.28', async () => {
    const { items } = await findings('mentougou-2021-2025');
    const infant = items.find((f) => f.code === 'PLAN_BASELINE_CONFLICT' && f.indicator?.code === 'MTG21-03');
    expect(infant).toBeDefined();
    expect(infant!.indicator!.name).toBe('婴儿死亡率');
    expect(infant!.message.zh).toContain('2020 年有 2 个不同的数值');
    expect(infant!.message.zh).toContain('2.17');
    expect(infant!.message.zh).toContain('2.28');
    expect(infant!.message.en).toContain('has 2 different values for 2020');
  });

  it('shows Chaoyang\'s two primary-care visit shares for 2020, 34.56 and 34.45', async () => {
    const { items } = await findings('chaoyang-2021-2025');
    const share = items.find((f) => f.indicator?.code === 'CY21-23' && f.code === 'PLAN_BASELINE_CONFLICT');
    expect(share).toBeDefined();
    expect(share!.message.zh).toContain('34.56');
    expect(share!.message.zh).toContain('34.45');
  });

  it('shows Xicheng\'s transfer ratio whose definition multiplies by 100 while the row is counted as is, and targets already met in 2020', async () => {
    const { items } = await findings('xicheng-2021-2025');
    const factor = items.find((f) => f.code === 'PLAN_DEFINITION_FACTOR_MISMATCH');
    expect(factor?.indicator).toEqual({ code: 'XC21-19', name: '分级诊疗上下转诊比例' });
    expect(factor!.message.zh).toContain('相差 100 倍');
    const met = items.filter((f) => f.code === 'PLAN_TARGET_MET_AT_BASELINE').map((f) => f.indicator!.name);
    expect(met).toEqual(['人均期望寿命', '婴儿死亡率', '孕产妇死亡率']);
  });

  it('filters by severity, lists errors first, and is replaced rather than doubled on re-import', async () => {
    const all = await findings('chaoyang-2021-2025');
    const order = { error: 0, warning: 1, info: 2 };
    const severities = all.items.map((f) => order[f.severity]);
    expect(severities).toEqual([...severities].sort((a, b) => a - b));
    const warnings = await findings('chaoyang-2021-2025', '?severity=warning');
    expect(warnings.items.length).toBe(all.summary.warning);
    expect(warnings.items.every((f) => f.severity === 'warning')).toBe(true);

    const ctx = { db: t.handle.db, actor: null, channel: 'system' as const, requestId: null };
    await importPlan(ctx, readContentJson('plans', 'chaoyang-2021-2025.json'), { apply: true });
    expect((await findings('chaoyang-2021-2025')).items.map((f) => f.message.zh)).toEqual(all.items.map((f) => f.message.zh));
  });

  it('answers an unknown plan with 404 and an anonymous caller with 401', async () => {
    const missing = await t.as(viewer, 'GET', '/api/plans/no-such-plan/findings');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.messageZh).toBe('未找到规划 no-such-plan');
    expect((await t.as(null, 'GET', '/api/plans/mentougou-2021-2025/findings')).statusCode).toBe(401);
  });
});
