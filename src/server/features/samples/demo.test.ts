import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../../domain/plan/consistency.js';
import { DEMO_PLAN_CODES } from '../../demo/content.js';
import { loadDemo } from '../../demo/load.js';
import { openTestApp, type TestApp } from '../../testing/app.js';
import { testDatabases } from '../../testing/database.js';
import { addDataValues } from '../indicators/testing.js';
import { scorecard } from '../indicators/scorecard.js';
import { publishedFindings } from '../published/load.js';
import { writeSamples } from './service.js';

interface Stored {
  element: string;
  unit: string;
  period: string;
  value: number;
  provenance: string;
  status: string;
  source: { document?: string; url?: string } | null;
}

describe.each(testDatabases)('demo data after loading on $name', (database) => {
  let t: TestApp;
  const system = () => ({ db: t.handle.db, actor: null, channel: 'system' as const, requestId: null });

  const stored = async (provenance?: string): Promise<Stored[]> => {
    let q = t.handle.db
      .selectFrom('data_values as dv')
      .innerJoin('data_elements as e', 'e.id', 'dv.data_element_id')
      .innerJoin('org_units as u', 'u.id', 'dv.org_unit_id')
      .select(['e.code as element', 'u.code as unit', 'dv.period', 'dv.value', 'dv.provenance', 'dv.status', 'dv.source'])
      .orderBy('dv.id');
    if (provenance) q = q.where('dv.provenance', '=', provenance as 'sample');
    return (await q.execute()) as Stored[];
  };
  const find = (rows: Stored[], element: string, unit: string, period: string) => rows.find((r) => r.element === element && r.unit === unit && r.period === period);

  beforeAll(async () => {
    t = await openTestApp(database);
    await loadDemo(system());
  }, 120_000);
  afterAll(async () => t?.close());

  it('has the final evaluation of the closed 2017–2020 plan, judging its life expectancy target of 84.5 by the 84.26 of 2020', async () => {
    const evaluations = await t.handle.db
      .selectFrom('evaluations as e')
      .innerJoin('plans as p', 'p.id', 'e.plan_id')
      .select(['p.code', 'e.kind', 'e.year', 'e.snapshot'])
      .execute();
    expect(evaluations.map((e) => [e.code, e.kind, e.year])).toEqual([['xicheng-2017-2020', 'final', 2020]]);
    const snapshot = evaluations[0].snapshot as { indicators: Array<{ name: string; result?: { status: string }; results?: Array<{ status: string }>; [key: string]: unknown }> };
    const lifeExpectancy = snapshot.indicators.find((i) => i.name.includes('期望寿命'));
    expect(JSON.stringify(lifeExpectancy)).toContain('84.26');
    expect(JSON.stringify(lifeExpectancy)).toContain('not_achieved');
  });

  it('holds the published statistics with their sources at Beijing and the districts', async () => {
    const published = await stored('published');
    const le2020 = find(published, 'LIFE_EXPECTANCY', '110000', '2020');
    expect(le2020?.value).toBe(82.43);
    expect(le2020?.status).toBe('approved');
    expect(le2020?.source?.document).toContain('2020年北京市卫生健康工作概况');
    expect(find(published, 'LIFE_EXPECTANCY', '110000', '2024')?.value).toBe(83.93);
    expect(find(published, 'POP_RESIDENT', '110102', '2020')?.value).toBe(1106214);
    expect(find(published, 'POP_RESIDENT', '110105', '2020')?.value).toBe(3452460);
    expect(find(published, 'POP_RESIDENT', '110109', '2020')?.value).toBe(392606);
    expect(find(published, 'BEDS', '110000', '2020')?.value).toBe(127143);
    expect(find(published, 'LIFE_EXPECTANCY', '110102', '2025')?.source?.url).toContain('163.com');
    expect(published.every((r) => r.source && (r.source.document || r.source.url))).toBe(true);
  });

  it('checks the published ratios against the published counts', async () => {
    await t.user('reader', [{ role: 'viewer' }]);
    const res = await t.as(await t.login('reader'), 'GET', '/api/published/findings');
    expect(res.statusCode).toBe(200);
    const findings = (res.json() as { items: Finding[] }).items;
    expect(findings).toEqual(await publishedFindings(t.handle.db));
    const of = (code: string, year: string) => findings.find((f) => f.indicator === code && f.details.year === year);
    for (const code of ['BEDS_PER_1000', 'PHYSICIANS_PER_1000', 'NURSES_PER_1000', 'HEALTH_WORKERS_PER_1000']) expect(of(code, '2020')?.code).toBe('PUBLISHED_RATIO_CONSISTENT');
    // 17 401 cases over the census population give 79.48 per 100 000, not the published 80.8.
    expect(of('NOTIFIABLE_DISEASE_INCIDENCE', '2020')).toMatchObject({ code: 'PUBLISHED_RATIO_MISMATCH', details: { published: 80.8, recomputed: 79.5 } });
    expect(of('PRIMARY_CARE_VISIT_SHARE', '2015')).toMatchObject({ code: 'PUBLISHED_RATIO_MISMATCH', details: { recomputed: 28.07 } });
  });

  it('keeps the plan documents’ own figures as document values', async () => {
    const beds = find(await stored(), 'BEDS', '110109', '2020');
    expect(beds?.value).toBe(2989);
    expect(beds?.provenance).toBe('document');
  });

  it('fills the monitoring years without real figures with approved samples, never over a real value', async () => {
    const samples = await stored('sample');
    expect(samples.length).toBeGreaterThan(500);
    expect(samples.every((s) => s.status === 'approved' && s.source?.document?.includes('示例数据'))).toBe(true);
    expect(find(samples, 'LIFE_EXPECTANCY', '110102', '2025')).toBeUndefined();
    // A second run finds every cell filled: the same seed gives the same values, nothing is added.
    expect(await writeSamples(system(), DEMO_PLAN_CODES)).toEqual({ written: 0 });
    expect(await stored('sample')).toEqual(samples);
    expect(find(samples, 'XC21-08', '110102', '2025')).toBeUndefined();
    // Xicheng's beds per 1000 (BEDS ÷ POP_RESIDENT) come from generated beds and population, not a generated rate.
    for (const year of ['2021', '2022', '2023', '2024', '2025']) {
      expect(find(samples, 'BEDS', '110102', year)).toBeDefined();
      expect(find(samples, 'POP_RESIDENT', '110102', year)).toBeDefined();
      expect(find(samples, 'XC21-23', '110102', year)).toBeUndefined();
    }
  });

  it('shows scorecards in every status colour, and without samples when asked', async () => {
    const statuses = new Set<string | null>();
    for (const plan of ['xicheng-2021-2025', 'mentougou-2021-2025', 'chaoyang-2021-2025']) {
      const card = await scorecard(system(), plan, { year: 2024 });
      expect(card.usesSamples, plan).toBe(true);
      card.rows.forEach((r) => statuses.add(r.status));
    }
    for (const s of ['achieved', 'on_track', 'acceleration_needed', 'limited', 'deterioration', 'not_achieved', 'maintained']) expect(statuses).toContain(s);
    const real = await scorecard(system(), 'xicheng-2021-2025', { year: 2024, excludeSamples: true });
    expect(real.usesSamples).toBe(false);
    // Life expectancy 2025 is Xicheng's published 85.05, whatever the samples around it.
    const le = (await scorecard(system(), 'xicheng-2021-2025', { year: 2025 })).rows.find((r) => r.code === 'XC21-07')!;
    expect(le.latest).toMatchObject({ year: 2025, value: 85.05 });
    expect(le.usesSamples).toBe(true);
  });

  it('removes the samples and nothing else, through the API, audited', async () => {
    await addDataValues(t.handle.db, [{ element: 'NURSES', unit: '110102', period: '2019', value: 12000, provenance: 'entry', status: 'draft' }]);
    const before = await stored();
    const kept = before.filter((r) => r.provenance !== 'sample');
    const admin = await t.login('admin');
    expect((await t.as(admin, 'GET', '/api/admin/samples')).json()).toEqual({ count: before.length - kept.length });
    const res = await t.as(admin, 'DELETE', '/api/admin/samples');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ removed: before.length - kept.length });
    const after = await stored();
    expect(after.filter((r) => r.provenance === 'sample')).toEqual([]);
    expect((await t.as(admin, 'GET', '/api/admin/samples')).json()).toEqual({ count: 0 });
    const key = (r: Stored) => `${r.element}|${r.unit}|${r.period}|${r.provenance}|${r.value}`;
    expect(after.map(key).sort()).toEqual(kept.map(key).sort());
    expect(find(after, 'NURSES', '110102', '2019')?.provenance).toBe('entry');
    const audit = await t.handle.db.selectFrom('audit_log').select(['action', 'username']).where('action', '=', 'samples.remove').execute();
    expect(audit).toEqual([{ action: 'samples.remove', username: 'admin' }]);
  });
});
