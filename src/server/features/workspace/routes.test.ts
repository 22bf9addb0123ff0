import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../demo/load.js';
import { openTestApp, type TestApp, type TestSession } from '../../testing/app.js';
import { testDatabases } from '../../testing/database.js';
import { workspaceOverview } from './service.js';

type Overview = Awaited<ReturnType<typeof workspaceOverview>>;
type PlanState = Overview['items'][number];

describe.each(testDatabases)('GET /api/workspace/plans on $name', (database) => {
  let t: TestApp;
  let viewer: TestSession;
  const system = () => ({ db: t.handle.db, actor: null, channel: 'system' as const, requestId: null });
  const plan = (o: Overview, code: string) => o.items.find((p) => p.code === code)!;

  beforeAll(async () => {
    t = await openTestApp(database);
    await loadDemo(system());
    await t.user('viewer', [{ role: 'viewer' }]);
    viewer = await t.login('viewer');
  }, 120_000);
  afterAll(async () => t?.close());

  it('lists the four demo plans with their tasks by status, projects by stage and evaluations', async () => {
    const res = await t.as(viewer, 'GET', '/api/workspace/plans');
    expect(res.statusCode).toBe(200);
    const o: Overview = res.json();
    expect(o.items.map((p) => p.code).sort()).toEqual(['chaoyang-2021-2025', 'mentougou-2021-2025', 'xicheng-2017-2020', 'xicheng-2021-2025']);
    const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
    for (const p of o.items) {
      expect(sum(p.tasks.byStatus), p.code).toBe(p.tasks.total);
      expect(sum(p.projects.byStage), p.code).toBe(p.projects.total);
    }
    expect(plan(o, 'mentougou-2021-2025').tasks.total).toBe(41);
    expect(plan(o, 'chaoyang-2021-2025').projects.total).toBe(12);
    const closed: PlanState = plan(o, 'xicheng-2017-2020');
    expect(closed.evaluations).toMatchObject({ total: 1, latest: { kind: 'final', year: 2020 } });
    expect(plan(o, 'mentougou-2021-2025').evaluations).toEqual({ total: 0, published: 0, latest: null });
  });

  it('counts Mentougou’s three tasks due in 2025 as overdue only once 2025 has ended, and Chaoyang’s projects due by 2023 as delayed in 2024', async () => {
    const ctx = { ...system(), actor: { userId: 1, username: 'viewer', roles: [] } } as unknown as Parameters<typeof workspaceOverview>[0];
    expect(plan(await workspaceOverview(ctx, '2025-12-31'), 'mentougou-2021-2025').tasks.overdue).toBe(0);
    expect(plan(await workspaceOverview(ctx, '2026-01-01'), 'mentougou-2021-2025').tasks.overdue).toBe(3);
    // Planned completions 2022, 2023, 2023 and 2023; none of the twelve projects is finished.
    expect(plan(await workspaceOverview(ctx, '2023-01-01'), 'chaoyang-2021-2025').projects.delayed).toBe(1);
    const chaoyang = plan(await workspaceOverview(ctx, '2024-01-01'), 'chaoyang-2021-2025').projects;
    expect(chaoyang.delayed).toBe(4);
    expect(chaoyang.byStage.completed + chaoyang.byStage.in_use).toBe(0);
  });

  it('refuses an anonymous caller', async () => {
    expect((await t.as(null, 'GET', '/api/workspace/plans')).statusCode).toBe(401);
  });
});
