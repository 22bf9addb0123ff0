import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CanonicalLibrary } from '../../../domain/canonical/library.js';
import type { PlanDocument } from '../../../domain/plan/format.js';
import { validatePlanDocument } from '../../../domain/plan/validate.js';
import type { ServiceContext } from '../../context.js';
import type { DatabaseHandle } from '../../db/connect.js';
import { DEMO_PLAN_CODES, readContentJson } from '../../demo/content.js';
import { testDatabases } from '../../testing/database.js';
import { loadCanonicalLibrary } from '../canonical/load.js';
import { exportPlan } from './export.js';
import { importPlan } from './import.js';

/** Drops what an export may order differently but that carries no meaning of its own. */
function comparable(doc: PlanDocument) {
  return {
    plan: doc.plan,
    indicators: doc.indicators,
    tasks: doc.tasks,
    projects: doc.projects,
    boxes: doc.boxes ?? [],
    outline: doc.outline ?? [],
    dataValues: [...(doc.dataValues ?? [])].sort((a, b) => `${a.dataElement}|${a.orgUnit}|${a.period}`.localeCompare(`${b.dataElement}|${b.orgUnit}|${b.period}`)),
  };
}

describe.each(testDatabases)('plan import and export on $name', (database) => {
  let handle: DatabaseHandle;
  let ctx: ServiceContext;
  const mentougou = readContentJson('plans', 'mentougou-2021-2025.json') as PlanDocument;

  beforeAll(async () => {
    handle = await database.open();
    ctx = { db: handle.db, actor: null, channel: 'cli', requestId: null };
    await loadCanonicalLibrary(handle.db, readContentJson('canonical', 'indicators.json') as CanonicalLibrary);
  });
  afterAll(async () => handle?.close());

  it('reports what a dry run would create and writes nothing', async () => {
    const summary = await importPlan(ctx, mentougou, { apply: false });
    expect(summary).toMatchObject({ plan: 'mentougou-2021-2025', action: 'create', applied: false });
    expect(summary.counts.indicators).toBe(mentougou.indicators.length);
    expect(summary.counts.tasks).toBe(mentougou.tasks.length);
    expect(await handle.db.selectFrom('plans').select('code').execute()).toEqual([]);
    expect(await handle.db.selectFrom('org_units').select('code').execute()).toEqual([]);
  });

  it('refuses an invalid document, naming the path, and writes nothing', async () => {
    const broken = structuredClone(mentougou);
    (broken.indicators[2] as { targets: unknown[] }).targets[0] = { text: '≥97%', comparator: '>=', value: null, year: 2025 };
    await expect(importPlan(ctx, broken, { apply: true })).rejects.toMatchObject({ code: 'PLAN_INVALID', details: { field: '/indicators/2/targets/0/value' } });
    expect(await handle.db.selectFrom('plans').select('code').execute()).toEqual([]);
  });

  it('imports the Mentougou plan completely and audits it', async () => {
    const summary = await importPlan(ctx, mentougou, { apply: true });
    expect(summary.applied).toBe(true);
    const plan = await handle.db.selectFrom('plans').selectAll().where('code', '=', 'mentougou-2021-2025').executeTakeFirstOrThrow();
    expect(plan.title).toBe('北京市门头沟区“十四五”时期卫生健康事业发展规划');
    const region = await handle.db.selectFrom('org_units').selectAll().where('id', '=', plan.region_org_unit_id).executeTakeFirstOrThrow();
    expect(region).toMatchObject({ code: '110109', name: '门头沟区', level: 'district' });
    const indicators = await handle.db.selectFrom('indicators').select('code').where('plan_id', '=', plan.id).execute();
    expect(indicators).toHaveLength(mentougou.indicators.length);
    const audit = await handle.db.selectFrom('audit_log').selectAll().where('entity_type', '=', 'plan').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'create', entity_id: 'mentougou-2021-2025', channel: 'cli' });
  });

  it('exports each demo plan so that it passes the schema and re-imports to an identical plan', async () => {
    for (const code of DEMO_PLAN_CODES) {
      if (code !== 'mentougou-2021-2025') await importPlan(ctx, readContentJson('plans', `${code}.json`), { apply: true });
      const original = readContentJson('plans', `${code}.json`) as PlanDocument;
      const first = await exportPlan(handle.db, code);
      expect(validatePlanDocument(first).ok, code).toBe(true);
      const again = await importPlan(ctx, first, { apply: true });
      expect(again.action).toBe('replace');
      const second = await exportPlan(handle.db, code);
      expect(comparable(second), code).toEqual(comparable(first));
      expect(first.indicators.map((i) => i.code)).toEqual(original.indicators.map((i) => i.code));
      expect(first.indicators.map((i) => i.targets.map((t) => t.text))).toEqual(original.indicators.map((i) => i.targets.map((t) => t.text)));
      expect(first.tasks.map((t) => t.path)).toEqual(original.tasks.map((t) => t.path));
      expect(first.projects.map((p) => p.name)).toEqual(original.projects.map((p) => p.name));
    }
    const versions = await handle.db.selectFrom('plan_versions').select('version').execute();
    expect(versions).toHaveLength(DEMO_PLAN_CODES.length);
  });
});
