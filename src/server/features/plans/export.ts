import type { Kysely } from 'kysely';
import type {
  BaselineDef,
  Comparator,
  DataElementDef,
  DataValueDef,
  IndicatorDef,
  OrgUnitDef,
  PlanDocument,
  ProjectDef,
  TargetDef,
  TaskDef,
} from '../../../domain/plan/format.js';
import { PLAN_FORMAT_VERSION } from '../../../domain/plan/format.js';
import type { Database } from '../../db/schema.js';
import { notFound } from '../../errors.js';
import { planIndicators } from './repository.js';

type Extra = Record<string, unknown> | null;

/** Drops null and undefined fields, so that an export has the shape of a hand-written plan file. */
function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as T;
}

/**
 * The plan as a plan-format document, read back from the database: what the product holds now,
 * including edits since the import. Exporting and re-importing gives the same plan.
 */
export async function exportPlan(db: Kysely<Database>, code: string): Promise<PlanDocument> {
  const plan = await db
    .selectFrom('plans as p')
    .innerJoin('org_units as r', 'r.id', 'p.region_org_unit_id')
    .selectAll('p')
    .select(['r.code as region_code', 'r.path as region_path', 'r.id as region_id'])
    .where('p.code', '=', code)
    .executeTakeFirst();
  if (!plan) throw notFound({ zh: `规划 ${code}`, en: `Plan ${code}` }, { field: 'code' });

  const ancestorIds = plan.region_path.split('/').filter(Boolean).map(Number);
  const subtree = `${plan.region_path}${plan.region_id}/`;
  const units = await db
    .selectFrom('org_units as o')
    .leftJoin('org_units as parent', 'parent.id', 'o.parent_id')
    .selectAll('o')
    .select('parent.code as parent_code')
    .where((eb) => eb.or([eb('o.id', 'in', [...ancestorIds, plan.region_id]), eb('o.path', 'like', `${subtree}%`)]))
    .orderBy('o.depth')
    .orderBy('o.id')
    .execute();
  const aliases = await db.selectFrom('org_unit_aliases').selectAll().where('org_unit_id', 'in', units.map((u) => u.id)).orderBy('alias').execute();
  const orgUnits: OrgUnitDef[] = units.map((u) =>
    compact({
      code: u.code,
      name: u.name,
      level: u.level,
      parent: u.parent_code,
      aliases: aliasList(aliases, u.id),
      officialCode: u.official_code,
      institution:
        u.level === 'institution' || u.institution_type || u.beds !== null
          ? compact({ type: u.institution_type, grade: u.grade, ownership: u.ownership, beds: u.beds, opened: u.opened_on, closed: u.closed_on })
          : undefined,
      groups: (u.extra as Extra)?.groups as string[] | undefined,
      source: u.source ?? undefined,
    }),
  );

  const departments = await db.selectFrom('departments').selectAll().where('region_org_unit_id', '=', plan.region_id).orderBy('id').execute();
  const outline = await db.selectFrom('outline_nodes').selectAll().where('plan_id', '=', plan.id).orderBy('sort_order').execute();
  const indicators = await exportIndicators(db, plan.id);
  const tasks = await exportTasks(db, plan.id);
  const boxes = await db.selectFrom('feature_boxes').selectAll().where('plan_id', '=', plan.id).orderBy('sort_order').execute();
  const projects = await db
    .selectFrom('projects as j')
    .leftJoin('org_units as o', 'o.id', 'j.location_org_unit_id')
    .selectAll('j')
    .select('o.code as location_code')
    .where('j.plan_id', '=', plan.id)
    .orderBy('j.sort_order')
    .execute();
  const { dataElements, dataValues } = await exportData(db, indicators, units.map((u) => u.id));
  const extra = (plan.extra as Extra) ?? {};

  return compact({
    ...extra,
    format: PLAN_FORMAT_VERSION,
    plan: compact({
      code: plan.code,
      title: plan.title,
      region: plan.region_code,
      periodStart: plan.period_start,
      periodEnd: plan.period_end,
      issuer: plan.issuer,
      documentNumber: plan.document_number,
      approvalDate: plan.approval_date,
      status: plan.status,
      progressMethod: plan.progress_method,
      source: plan.source ?? undefined,
      summary: plan.summary,
    }),
    orgUnits,
    departments: departments.map((d) => compact({ code: d.code, name: d.name, aliases: (d.aliases as string[]).length ? (d.aliases as string[]) : undefined })),
    outline: outline.map((n) => compact({ path: n.path, title: n.title, level: n.level, line: n.line })),
    dataElements,
    indicators,
    tasks,
    boxes: boxes.map((b) => compact({ ...((b.extra as Extra) ?? {}), code: b.code, title: b.title, path: b.path, items: b.items as never, source: b.source ?? undefined })),
    projects: projects.map(
      (p) =>
        compact({
          ...((p.extra as Extra) ?? {}),
          name: p.name,
          code: p.code,
          location: p.location_code,
          locationText: p.location_text,
          kind: p.kind,
          content: p.content,
          beds: p.beds,
          floorArea: p.floor_area,
          investment: p.investment,
          investmentText: p.investment_text,
          plannedStart: p.planned_start,
          plannedCompletion: p.planned_completion,
          stage: p.stage,
          source: p.source ?? undefined,
        }) as ProjectDef,
    ),
    dataValues,
  }) as PlanDocument;
}

function aliasList(rows: { org_unit_id: number; alias: string }[], id: number): string[] | undefined {
  const list = rows.filter((r) => r.org_unit_id === id).map((r) => r.alias);
  return list.length ? list : undefined;
}

async function exportIndicators(db: Kysely<Database>, planId: number): Promise<IndicatorDef[]> {
  const { indicators: rows, baselines, targets } = await planIndicators(db, planId);
  return rows.map((r) =>
    compact({
      ...((r.extra as Extra) ?? {}),
      code: r.code,
      name: r.name,
      aliases: (r.aliases as string[]).length ? (r.aliases as string[]) : undefined,
      category: r.category,
      seq: r.seq,
      unit: r.unit,
      factor: r.factor,
      decimals: r.decimals,
      attribute: r.attribute,
      direction: r.direction,
      definition: r.definition,
      numerator: r.numerator,
      denominator: r.denominator,
      populationBasis: r.population_basis,
      parent: r.parent_code,
      canonical: r.canonical_code,
      table: r.table_name,
      source: r.source ?? undefined,
      baselines: baselines
        .filter((b) => b.indicator_id === r.id)
        .map((b) => compact({ ...((b.extra as Extra) ?? {}), year: b.year, value: b.value, text: b.text, note: b.note, source: b.source ?? undefined }) as BaselineDef),
      targets: targets
        .filter((t) => t.indicator_id === r.id)
        .map((t) => {
          // `value` is required by the format even when a target has none (qualitative): keep its null.
          const target = compact({
            ...((t.extra as Extra) ?? {}),
            text: t.text,
            comparator: t.comparator as Comparator,
            valueHigh: t.value_high,
            bound: t.bound,
            year: t.year,
            scope: t.scope,
            source: t.source_label,
            fromProse: t.from_prose,
            tolerance: t.tolerance,
            unit: t.unit,
            line: t.line,
          });
          return { ...target, value: t.value } as TargetDef;
        }),
    }) as IndicatorDef,
  );
}

async function exportTasks(db: Kysely<Database>, planId: number): Promise<TaskDef[]> {
  const rows = await db.selectFrom('tasks').selectAll().where('plan_id', '=', planId).orderBy('sort_order').execute();
  const links = rows.length
    ? await db
        .selectFrom('task_departments as td')
        .innerJoin('departments as d', 'd.id', 'td.department_id')
        .select(['td.task_id', 'td.role', 'd.code'])
        .where('td.task_id', 'in', rows.map((r) => r.id))
        .execute()
    : [];
  const indicatorLinks = rows.length
    ? await db
        .selectFrom('task_indicators as ti')
        .innerJoin('indicators as i', 'i.id', 'ti.indicator_id')
        .select(['ti.task_id', 'i.code'])
        .where('ti.task_id', 'in', rows.map((r) => r.id))
        .orderBy('i.sort_order')
        .execute()
    : [];
  return rows.map((t) => {
    const extra = (t.extra as Extra) ?? {};
    const cooperating = links.filter((l) => l.task_id === t.id && l.role === 'cooperating').map((l) => l.code);
    const indicators = indicatorLinks.filter((l) => l.task_id === t.id).map((l) => l.code);
    return compact({
      ...extra,
      path: t.path,
      title: t.title,
      summary: t.summary,
      leadDepartment: links.find((l) => l.task_id === t.id && l.role === 'lead')?.code,
      cooperatingDepartments: cooperating.length ? cooperating : undefined,
      deadline: t.deadline,
      indicators: indicators.length ? indicators : undefined,
      source: t.source ?? undefined,
    }) as TaskDef;
  });
}

/** The data elements the plan's indicators use, and the figures the plan documents reported for its units. */
async function exportData(db: Kysely<Database>, indicators: IndicatorDef[], unitIds: number[]) {
  const codes = new Set<string>();
  for (const ind of indicators) {
    for (const expr of [ind.numerator ?? `#{${ind.code}}`, ind.denominator ?? '']) {
      for (const m of expr.matchAll(/#\{([^}.]+)/g)) codes.add(m[1]);
    }
  }
  const values = unitIds.length
    ? await db
        .selectFrom('data_values as v')
        .innerJoin('data_elements as e', 'e.id', 'v.data_element_id')
        .innerJoin('org_units as o', 'o.id', 'v.org_unit_id')
        .select(['e.code as element', 'o.code as unit', 'v.period', 'v.value', 'v.disaggregation', 'v.comment', 'v.source'])
        .where('v.provenance', '=', 'document')
        .where('v.org_unit_id', 'in', unitIds)
        .where('e.code', 'in', codes.size ? [...codes] : [''])
        .orderBy('e.code')
        .orderBy('o.code')
        .orderBy('v.period')
        .execute()
    : [];
  const elements = codes.size ? await db.selectFrom('data_elements').selectAll().where('code', 'in', [...codes]).orderBy('code').execute() : [];
  const dataElements: DataElementDef[] = elements.map((e) =>
    compact({
      code: e.code,
      name: e.name,
      unit: e.unit,
      valueType: e.value_type,
      aggregationAcross: e.aggregation_across,
      aggregationOverTime: e.aggregation_over_time,
      description: e.description,
    }),
  );
  const dataValues: DataValueDef[] = values.map((v) =>
    compact({
      dataElement: v.element,
      orgUnit: v.unit,
      period: v.period,
      value: v.value,
      disaggregation: v.disaggregation || undefined,
      comment: v.comment,
      source: (v.source ?? {}) as DataValueDef['source'],
    }),
  );
  return { dataElements, dataValues };
}
