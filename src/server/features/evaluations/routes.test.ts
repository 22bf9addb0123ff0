import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvaluationSnapshot } from '../../../domain/evaluation/snapshot.js';
import { readContentJson } from '../../demo/content.js';
import { openTestApp, type TestApp, type TestSession } from '../../testing/app.js';
import { testDatabases } from '../../testing/database.js';
import { addDataValues } from '../indicators/testing.js';
import { importPlan } from '../plans/import.js';

const PLAN = 'xicheng-2021-2025';

describe.each(testDatabases)('evaluations on $name', (database) => {
  let t: TestApp;
  let planner: TestSession;
  let viewer: TestSession;

  beforeAll(async () => {
    t = await openTestApp(database);
    await importPlan({ db: t.handle.db, actor: null, channel: 'system', requestId: null }, readContentJson('plans', `${PLAN}.json`), { apply: true });
    await t.user('planner', [{ role: 'planner' }]);
    await t.user('viewer', [{ role: 'viewer' }]);
    planner = await t.login('planner');
    viewer = await t.login('viewer');
  });
  afterAll(async () => t?.close());

  const snapshotOf = async (id: number): Promise<EvaluationSnapshot> => (await t.as(viewer, 'GET', `/api/evaluations/${id}`)).json().snapshot;
  const indicator = (s: EvaluationSnapshot, code: string) => s.indicators.find((i) => i.code === code)!;

  it('freezes every indicator with its inputs, and serves the same document after the data changed', async () => {
    const res = await t.as(planner, 'POST', `/api/plans/${PLAN}/evaluations`, { kind: 'midterm', year: 2023 });
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({ plan: PLAN, kind: 'midterm', year: 2023, usesSamples: false, published: false, createdBy: 'planner' });
    const first = await t.as(viewer, 'GET', `/api/evaluations/${created.id}`);
    const snapshot: EvaluationSnapshot = first.json().snapshot;
    expect(snapshot.format).toBe('healthplan.evaluation/1');
    expect(snapshot.orgUnit).toEqual({ code: '110102', name: '西城区' });
    expect(snapshot.data).toEqual({ approvedOnly: true, excludeSamples: false });
    expect(snapshot.summary.indicators.total).toBe(snapshot.indicators.length);
    expect(created.summary).toEqual(snapshot.summary);

    const life = indicator(snapshot, 'XC21-07');
    expect(life.status).toBe('achieved');
    expect(life.baseline).toMatchObject({ year: 2020, value: 84.26 });
    const used = life.values.find((v) => v.year === 2020)!;
    expect(used).toMatchObject({ value: 84.26, roundedValue: 84.26, basis: 'computed' });
    expect(used.inputs[0]).toMatchObject({ item: 'LIFE_EXPECTANCY', name: '人均期望寿命', value: 84.26, count: 1, provenance: ['document'], status: ['approved'] });
    const result = life.targets[0].result;
    expect(result.inputs).toMatchObject({ method: 'time', year: 2023, decimals: 2, thresholds: { onTrack: 0.95, accelerate: 0.6, limited: 0 } });
    expect(result.inputs.observations[0]).toEqual({ year: 2020, value: 84.26, roundedValue: 84.26 });
    expect(snapshot.tasks.length).toBeGreaterThan(10);
    expect(snapshot.projects.length).toBeGreaterThan(0);

    await t.handle.db
      .updateTable('data_values')
      .set({ value: 84.5 })
      .where('data_element_id', '=', t.handle.db.selectFrom('data_elements').select('id').where('code', '=', 'LIFE_EXPECTANCY'))
      .execute();
    await addDataValues(t.handle.db, [{ element: 'LIFE_EXPECTANCY', unit: '110102', period: '2022', value: 83.5 }]);
    const again = await t.as(viewer, 'GET', `/api/evaluations/${created.id}`);
    expect(again.json()).toEqual(first.json());
    const now = (await t.as(viewer, 'GET', `/api/plans/${PLAN}/scorecard?year=2023`)).json();
    const lifeNow = now.rows.find((r: { code: string }) => r.code === 'XC21-07');
    expect(lifeNow.latest).toMatchObject({ year: 2022, value: 83.5 });
    expect(lifeNow.previous).toMatchObject({ year: 2020, value: 84.5 });
    expect(lifeNow.status).toBe('deterioration');
  });

  it('uses approved values only, flags sample values, and publishes them only when asked to', async () => {
    await addDataValues(t.handle.db, [
      { element: 'BEDS', unit: '110102-S01', period: '2023', value: 3000, provenance: 'sample' },
      { element: 'BEDS', unit: '110102-S02', period: '2023', value: 500, status: 'draft' },
      { element: 'POP_RESIDENT', unit: '110102-S01', period: '2023', value: 200000 },
    ]);
    const created = (await t.as(planner, 'POST', `/api/plans/${PLAN}/evaluations`, { kind: 'annual', year: 2023 })).json();
    expect(created.usesSamples).toBe(true);
    const beds = indicator(await snapshotOf(created.id), 'XC21-23');
    expect(beds.latest).toMatchObject({ year: 2023, value: 15 });
    expect(beds.usesSamples).toBe(true);

    const refused = await t.as(planner, 'POST', `/api/evaluations/${created.id}/publish`, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.messageZh).toContain('使用了示例数据');
    const published = await t.as(planner, 'POST', `/api/evaluations/${created.id}/publish`, { allowSamples: true });
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({ published: true, usesSamples: true });
    expect((await t.as(planner, 'POST', `/api/evaluations/${created.id}/publish`, { allowSamples: true })).statusCode).toBe(409);

    const trail = await t.handle.db.selectFrom('audit_log').selectAll().where('entity_type', '=', 'evaluation').where('entity_id', '=', String(created.id)).orderBy('id').execute();
    expect(trail.map((a) => [a.action, a.username])).toEqual([
      ['create', 'planner'],
      ['publish', 'planner'],
    ]);
    const list = (await t.as(viewer, 'GET', `/api/plans/${PLAN}/evaluations`)).json().items;
    expect(list.map((e: { kind: string }) => e.kind)).toEqual(['annual', 'midterm']);
  });

  it('refuses creation to a viewer (403), an anonymous caller (401) and a year outside the plan (400)', async () => {
    const asViewer = await t.as(viewer, 'POST', `/api/plans/${PLAN}/evaluations`, { kind: 'annual', year: 2023 });
    expect(asViewer.statusCode).toBe(403);
    expect(asViewer.json().error.code).toBe('FORBIDDEN');
    expect((await t.as(null, 'POST', `/api/plans/${PLAN}/evaluations`, { kind: 'annual', year: 2023 })).statusCode).toBe(401);
    const outside = await t.as(planner, 'POST', `/api/plans/${PLAN}/evaluations`, { kind: 'final', year: 2030 });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'body.year' });
    expect(outside.json().error.messageZh).toContain('不在规划期 2021–2025 内');
    expect((await t.as(planner, 'POST', `/api/plans/${PLAN}/evaluations`, { kind: 'yearly', year: 2023 })).statusCode).toBe(400);
    expect((await t.as(viewer, 'GET', '/api/evaluations/999999')).statusCode).toBe(404);
  });

  it('refuses a planner whose role is scoped to another plan', async () => {
    const other = await t.handle.db.selectFrom('plans').select('id').where('code', '=', PLAN).executeTakeFirstOrThrow();
    await t.handle.db.insertInto('plans').values({ code: 'other-plan', title: 'other', region_org_unit_id: 1, period_start: 2021, period_end: 2025, thresholds: JSON.stringify({ onTrack: 0.95, acceleration: 0.6, limited: 0 }) }).execute();
    const otherId = (await t.handle.db.selectFrom('plans').select('id').where('code', '=', 'other-plan').executeTakeFirstOrThrow()).id;
    expect(otherId).not.toBe(other.id);
    await t.user('scoped', [{ role: 'planner', plan: 'other-plan' }]);
    const scoped = await t.login('scoped');
    const res = await t.as(scoped, 'POST', `/api/plans/${PLAN}/evaluations`, { kind: 'annual', year: 2023 });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('OUT_OF_SCOPE');
  });
});
