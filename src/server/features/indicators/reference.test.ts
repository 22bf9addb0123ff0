import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContentJson } from '../../demo/content.js';
import { openTestApp, type TestApp, type TestSession } from '../../testing/app.js';
import { testDatabases } from '../../testing/database.js';
import { importPlan } from '../plans/import.js';
import { loadPublishedStatistics, shippedPublishedStatistics } from '../published/load.js';

interface Reference {
  orgUnit: { code: string; name: string };
  values: Array<{ year: number; value: number; provenance: string | null; source: { document?: string; url?: string } | null }>;
}

describe.each(testDatabases)('the 北京市 reference line of an indicator page on $name', (database) => {
  let t: TestApp;
  let viewer: TestSession;

  beforeAll(async () => {
    t = await openTestApp(database);
    const system = { db: t.handle.db, actor: null, channel: 'system' as const, requestId: null };
    await importPlan(system, readContentJson('plans', 'xicheng-2021-2025.json'), { apply: true });
    await loadPublishedStatistics(system, shippedPublishedStatistics());
    await t.user('viewer', [{ role: 'viewer' }]);
    viewer = await t.login('viewer');
  });
  afterAll(async () => t?.close());

  it('gives 西城区 人均期望寿命 the published Beijing values 82.43 (2020) and 83.93 (2024) with their sources', async () => {
    const res = await t.as(viewer, 'GET', '/api/indicators/XC21-07?year=2025');
    expect(res.statusCode).toBe(200);
    const reference = res.json().reference as Reference;
    expect(reference.orgUnit).toEqual({ code: '110000', name: '北京市' });
    const byYear = new Map(reference.values.map((v) => [v.year, v]));
    expect(byYear.get(2020)).toMatchObject({ value: 82.43, provenance: 'published' });
    expect(byYear.get(2024)).toMatchObject({ value: 83.93, provenance: 'published' });
    expect(byYear.get(2024)!.source?.url).toBe('http://ldwb.workerbj.cn/content/2025-11/11/content_161496.htm');
  });

  it('keeps 北京市 as the reference at a street inside the district', async () => {
    const body = (await t.as(viewer, 'GET', '/api/indicators/XC21-07?year=2025&orgUnit=110102-S01')).json();
    expect(body.reference.orgUnit.code).toBe('110000');
  });
});
