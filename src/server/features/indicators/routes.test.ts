import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContentJson } from '../../demo/content.js';
import { openTestApp, type TestApp, type TestSession } from '../../testing/app.js';
import { testDatabases } from '../../testing/database.js';
import { importPlan } from '../plans/import.js';
import { addDataValues } from './testing.js';

const PLAN = 'xicheng-2021-2025';

interface Row {
  code: string;
  name: string;
  status: string | null;
  rule: string | null;
  baseline: { year: number; value: number } | null;
  targets: { text: string }[];
  latest: { year: number; value: number; roundedValue: number; basis: string } | null;
  usesSamples: boolean;
}

describe.each(testDatabases)('scorecard and indicator pages on $name', (database) => {
  let t: TestApp;
  let viewer: TestSession;

  beforeAll(async () => {
    t = await openTestApp(database);
    await importPlan({ db: t.handle.db, actor: null, channel: 'system', requestId: null }, readContentJson('plans', `${PLAN}.json`), { apply: true });
    // Beds and resident population entered for two streets in 2023, one of them sample data.
    await addDataValues(t.handle.db, [
      { element: 'BEDS', unit: '110102-S01', period: '2023', value: 3000 },
      { element: 'BEDS', unit: '110102-S02', period: '2023', value: 1000, provenance: 'sample' },
      { element: 'POP_RESIDENT', unit: '110102-S01', period: '2023', value: 200000 },
      { element: 'POP_RESIDENT', unit: '110102-S02', period: '2023', value: 100000 },
    ]);
    await t.user('viewer', [{ role: 'viewer' }]);
    viewer = await t.login('viewer');
  });
  afterAll(async () => t?.close());

  const rowsOf = (body: { rows: Row[] }) => new Map(body.rows.map((r) => [r.code, r]));

  it('judges 人均期望寿命 84.26 (2020) against ≥84 岁 as achieved on the Xicheng scorecard', async () => {
    const res = await t.as(viewer, 'GET', `/api/plans/${PLAN}/scorecard?year=2023`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.orgUnit).toMatchObject({ code: '110102', name: '西城区' });
    expect(body.years).toEqual([2020, 2021, 2022, 2023]);
    const life = rowsOf(body).get('XC21-07')!;
    expect(life.name).toBe('人均期望寿命');
    expect(life.baseline).toMatchObject({ year: 2020, value: 84.26 });
    expect(life.targets.map((x) => x.text)).toEqual(['≥84 岁']);
    expect(life.latest).toEqual({ year: 2020, value: 84.26, roundedValue: 84.26, basis: 'computed' });
    expect(life.status).toBe('achieved');
    expect(body.summary.total).toBe(body.rows.length);
  });

  it('uses the rate the plan reports when its counts are missing (婴儿死亡率 1.86‰, target ≤3‰)', async () => {
    const body = (await t.as(viewer, 'GET', `/api/plans/${PLAN}/scorecard?year=2023`)).json();
    const imr = rowsOf(body).get('XC21-08')!;
    expect(imr.latest).toMatchObject({ year: 2020, value: 1.86, basis: 'reported' });
    expect(imr.status).toBe('achieved');
  });

  it('computes beds per 1 000 residents from street data and flags the sample value', async () => {
    const body = (await t.as(viewer, 'GET', `/api/plans/${PLAN}/scorecard?year=2023`)).json();
    const beds = rowsOf(body).get('XC21-23')!;
    // (3 000 + 1 000) × 1 000 ÷ 300 000 = 13.33, below ≥14.57 with no baseline to measure progress from.
    expect(beds.latest).toEqual({ year: 2023, value: 4000 / 300, roundedValue: 13.33, basis: 'computed' });
    expect(beds.status).toBe('not_achieved');
    expect(beds.rule).toBe('achievement-only-no-baseline');
    expect(beds.usesSamples).toBe(true);
    expect(body.usesSamples).toBe(true);

    const street = (await t.as(viewer, 'GET', `/api/plans/${PLAN}/scorecard?year=2023&orgUnit=110102-S01`)).json();
    expect(rowsOf(street).get('XC21-23')!.latest).toMatchObject({ value: 15, roundedValue: 15 });
    expect(rowsOf(street).get('XC21-23')!.usesSamples).toBe(false);

    const withoutSamples = (await t.as(viewer, 'GET', `/api/plans/${PLAN}/scorecard?year=2023&excludeSamples=true`)).json();
    // Without the sample beds of S02, its residents still count: 3 000 × 1 000 ÷ 300 000.
    expect(rowsOf(withoutSamples).get('XC21-23')!.latest).toMatchObject({ value: 10, roundedValue: 10 });
    expect(rowsOf(withoutSamples).get('XC21-23')!.usesSamples).toBe(false);
  });

  it('explains an indicator: formula in names, series with provenance, the previous value, the streets', async () => {
    const res = await t.as(viewer, 'GET', '/api/indicators/XC21-08?year=2023');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.indicator.numerator).toEqual({ expression: '#{INFANT_DEATHS}', description: '婴儿死亡数' });
    expect(body.indicator.denominator.description).toBe('活产数');
    const byYear = new Map(body.series.map((v: { year: number }) => [v.year, v]));
    expect(byYear.get(2015)).toMatchObject({ value: 2.46, basis: 'reported' });
    const reported = (byYear.get(2020) as { inputs: { item: string; provenance: string[]; status: string[] }[] }).inputs.find((i) => i.item === 'XC21-08');
    expect(reported).toMatchObject({ count: 1, samples: 0, provenance: ['document'], status: ['approved'] });
    expect(body.trend).toMatchObject({ previous: { year: 2015, value: 2.46 }, change: 'down', improving: true });
    expect(body.explanation.zh).toContain('已达标');
    expect(body.explanation.en).toContain('Achieved');
    expect(body.breakdown.year).toBe(2020);
    expect(body.breakdown.orgUnits.map((u: { code: string }) => u.code)).toContain('110102-S01');
  });

  it('breaks beds per 1 000 residents down by street', async () => {
    const body = (await t.as(viewer, 'GET', '/api/indicators/XC21-23?year=2023')).json();
    const streets = new Map(body.breakdown.orgUnits.map((u: { code: string; roundedValue: number | null }) => [u.code, u.roundedValue]));
    expect(streets.get('110102-S01')).toBe(15);
    expect(streets.get('110102-S02')).toBe(10);
    expect(streets.get('110102-S03')).toBeNull();
  });

  it('refuses an org unit outside the plan’s region, an unknown one, and anonymous callers', async () => {
    const outside = await t.as(viewer, 'GET', `/api/plans/${PLAN}/scorecard?orgUnit=110000`);
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error).toMatchObject({ code: 'BAD_REQUEST', field: 'orgUnit' });
    expect(outside.json().error.messageZh).toContain('不在规划区域 西城区 内');
    expect((await t.as(viewer, 'GET', `/api/plans/${PLAN}/scorecard?orgUnit=NOPE`)).statusCode).toBe(404);
    expect((await t.as(viewer, 'GET', '/api/plans/no-such-plan/scorecard')).statusCode).toBe(404);
    expect((await t.as(viewer, 'GET', '/api/indicators/NO-SUCH')).statusCode).toBe(404);
    expect((await t.as(null, 'GET', `/api/plans/${PLAN}/scorecard`)).statusCode).toBe(401);
  });
});
