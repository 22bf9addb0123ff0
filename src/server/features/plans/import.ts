import type { Kysely, Transaction } from 'kysely';
import { CANONICAL_FORMAT_VERSION, type CanonicalLibrary } from '../../../domain/canonical/library.js';
import { linkIndicator } from '../../../domain/canonical/link.js';
import type { PlanDocument } from '../../../domain/plan/format.js';
import { validatePlanDocument } from '../../../domain/plan/validate.js';
import { recordAudit } from '../../audit/record.js';
import type { ServiceContext } from '../../context.js';
import type { Database } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import { recordPlanFindings } from '../findings/record.js';
import { idsByCode, writeContentValues, type ContentValue } from '../content-values/write.js';
import { upsertOrgUnits } from '../org-units/upsert.js';
import { exportPlan } from './export.js';
import { json, splitExtra } from './split.js';

export interface ImportSummary {
  plan: string;
  action: 'create' | 'replace';
  applied: boolean;
  counts: {
    orgUnits: { new: number; existing: number };
    departments: { new: number; existing: number };
    dataElements: { new: number; existing: number };
    indicators: number;
    baselines: number;
    targets: number;
    tasks: number;
    boxes: number;
    projects: number;
    dataValues: number;
  };
}

/**
 * Loads a plan document: validated first (nothing is written when it has problems), then written in
 * one transaction. A dry run reports what would change and writes nothing. An existing plan is
 * replaced only while it has no monitoring history (updates, evaluations), and its previous content
 * is kept as a plan version.
 */
export async function importPlan(ctx: ServiceContext, input: unknown, options: { apply: boolean }): Promise<ImportSummary> {
  const validation = validatePlanDocument(input);
  if (!validation.ok) {
    const first = validation.problems[0];
    throw new AppError(
      'PLAN_INVALID',
      { zh: `规划文件有 ${validation.problems.length} 处问题，首个在 ${first.path}：${first.message.zh}`, en: `The plan file has ${validation.problems.length} problem(s); the first at ${first.path}: ${first.message.en}` },
      { field: first.path, problems: validation.problems },
    );
  }
  const doc = validation.plan;
  const run = async (trx: Transaction<Database>) => {
    const summary = await write(trx, ctx, doc);
    if (!options.apply) throw new DryRun(summary);
    return summary;
  };
  try {
    return await ctx.db.transaction().execute(run);
  } catch (err) {
    if (err instanceof DryRun) return { ...err.summary, applied: false };
    throw err;
  }
}

/** Carries the summary of a dry run out of the transaction it rolls back. */
class DryRun extends Error {
  constructor(readonly summary: ImportSummary) {
    super('dry run');
  }
}

async function write(trx: Transaction<Database>, ctx: ServiceContext, doc: PlanDocument): Promise<ImportSummary> {
  const existing = await trx.selectFrom('plans').select(['id', 'version']).where('code', '=', doc.plan.code).executeTakeFirst();
  let previous: PlanDocument | null = null;
  if (existing) {
    await refuseWhenMonitored(trx, existing.id, doc.plan.code);
    previous = await exportPlan(trx, doc.plan.code);
  }
  const orgUnits = await upsertOrgUnits(trx, doc.orgUnits ?? []);
  const unitIds = await idsByCode(trx, 'org_units', [...(doc.orgUnits ?? []).map((u) => u.code), doc.plan.region, ...referencedUnits(doc)]);
  const region = unitIds.get(doc.plan.region);
  if (region === undefined) throw missing('/plan/region', doc.plan.region);

  const departments = await upsertDepartments(trx, doc, region);
  const dataElements = await upsertDataElements(trx, doc);

  const planValues = {
    title: doc.plan.title,
    region_org_unit_id: region,
    period_start: doc.plan.periodStart,
    period_end: doc.plan.periodEnd,
    issuer: doc.plan.issuer ?? null,
    document_number: doc.plan.documentNumber ?? null,
    approval_date: doc.plan.approvalDate ?? null,
    status: doc.plan.status ?? 'draft',
    progress_method: doc.plan.progressMethod ?? 'time',
    summary: doc.plan.summary ?? null,
    source: json(doc.plan.source),
    extra: splitExtra(doc, ['format', 'plan', 'orgUnits', 'departments', 'outline', 'dataElements', 'indicators', 'tasks', 'boxes', 'projects', 'dataValues']),
  };
  let planId: number;
  if (existing) {
    planId = existing.id;
    await trx.deleteFrom('plan_findings').where('plan_id', '=', planId).execute();
    await trx.deleteFrom('tasks').where('plan_id', '=', planId).execute();
    await trx.deleteFrom('indicators').where('plan_id', '=', planId).execute();
    await trx.deleteFrom('projects').where('plan_id', '=', planId).execute();
    await trx.deleteFrom('feature_boxes').where('plan_id', '=', planId).execute();
    await trx.deleteFrom('outline_nodes').where('plan_id', '=', planId).execute();
    await trx
      .updateTable('plans')
      .set({ ...planValues, version: existing.version + 1, updated_at: new Date() })
      .where('id', '=', planId)
      .execute();
    await trx
      .insertInto('plan_versions')
      .values({ plan_id: planId, version: existing.version, note: 'replaced by import', document: JSON.stringify(previous), created_by: ctx.actor?.userId ?? null })
      .execute();
  } else {
    planId = (await trx.insertInto('plans').values({ code: doc.plan.code, ...planValues }).returning('id').executeTakeFirstOrThrow()).id;
  }

  if (doc.outline?.length) {
    await trx
      .insertInto('outline_nodes')
      .values(doc.outline.map((n, i) => ({ plan_id: planId, path: n.path, title: n.title, level: n.level, sort_order: i, line: n.line ?? null })))
      .execute();
  }
  const counts = await writeIndicators(trx, planId, doc);
  const taskCount = await writeTasks(trx, planId, doc, departments.ids, counts.indicatorIds);
  await writeBoxes(trx, planId, doc);
  await writeProjects(trx, planId, doc, unitIds);
  const dataValues = await writeDataValues(trx, doc, unitIds, dataElements.ids);
  await recordPlanFindings(trx, planId, doc, counts.indicatorIds, (await canonicalIndex(trx)).library);

  await recordAudit(trx, ctx, {
    action: existing ? 'replace' : 'create',
    entityType: 'plan',
    entityId: doc.plan.code,
    before: previous ? { version: existing?.version, indicators: previous.indicators.length, tasks: previous.tasks.length } : undefined,
    after: { title: doc.plan.title, indicators: doc.indicators.length, tasks: doc.tasks.length, projects: doc.projects.length },
    reason: 'plan import',
  });

  return {
    plan: doc.plan.code,
    action: existing ? 'replace' : 'create',
    applied: true,
    counts: {
      orgUnits,
      departments: departments.counts,
      dataElements: dataElements.counts,
      indicators: doc.indicators.length,
      baselines: counts.baselines,
      targets: counts.targets,
      tasks: taskCount,
      boxes: doc.boxes?.length ?? 0,
      projects: doc.projects.length,
      dataValues,
    },
  };
}

async function refuseWhenMonitored(trx: Kysely<Database>, planId: number, code: string): Promise<void> {
  const history = await trx
    .selectFrom('plans as p')
    .select((eb) => [
      eb.exists(eb.selectFrom('evaluations').select('id').whereRef('plan_id', '=', 'p.id')).as('evaluations'),
      eb.exists(eb.selectFrom('tasks as t').innerJoin('task_updates as u', 'u.task_id', 't.id').select('u.id').whereRef('t.plan_id', '=', 'p.id')).as('taskUpdates'),
      eb.exists(eb.selectFrom('projects as j').innerJoin('project_updates as u', 'u.project_id', 'j.id').select('u.id').whereRef('j.plan_id', '=', 'p.id')).as('projectUpdates'),
    ])
    .where('p.id', '=', planId)
    .executeTakeFirstOrThrow();
  if (history.evaluations || history.taskUpdates || history.projectUpdates) {
    throw new AppError(
      'CONFLICT',
      {
        zh: `规划 ${code} 已有监测记录（评估或任务、项目进展），不能整体替换；请在工作台中修改`,
        en: `Plan ${code} already has monitoring history (evaluations or task/project updates) and cannot be replaced wholesale; edit it in the workspace`,
      },
      { field: '/plan/code' },
    );
  }
}

function referencedUnits(doc: PlanDocument): string[] {
  return [
    ...(doc.dataValues ?? []).map((v) => v.orgUnit),
    ...doc.projects.map((p) => p.location).filter((c): c is string => typeof c === 'string'),
  ];
}


function missing(path: string, code: string): AppError {
  return new AppError('PLAN_INVALID', { zh: `${path} 引用的代码 ${code} 不存在`, en: `The code ${code} referenced at ${path} does not exist` }, { field: path });
}

async function upsertDepartments(trx: Kysely<Database>, doc: PlanDocument, regionId: number) {
  const defs = doc.departments ?? [];
  const known = await idsByCode(trx, 'departments', defs.map((d) => d.code));
  const fresh = defs.filter((d) => !known.has(d.code));
  if (fresh.length) {
    const rows = await trx
      .insertInto('departments')
      .values(fresh.map((d) => ({ code: d.code, name: d.name, region_org_unit_id: regionId, aliases: JSON.stringify(d.aliases ?? []) })))
      .returning(['id', 'code'])
      .execute();
    for (const r of rows) known.set(r.code, r.id);
  }
  return { ids: known, counts: { new: fresh.length, existing: defs.length - fresh.length } };
}

/**
 * Data elements are global: declared ones are added when new. Every indicator also gets a direct
 * element with its own code, holding the indicator's value as reported (a rate published without
 * its counts); an indicator without a numerator is measured by it alone.
 */
async function upsertDataElements(trx: Kysely<Database>, doc: PlanDocument) {
  const declared = new Map((doc.dataElements ?? []).map((d) => [d.code, d]));
  for (const ind of doc.indicators) {
    if (!declared.has(ind.code)) {
      declared.set(ind.code, { code: ind.code, name: ind.name, unit: ind.unit ?? null, aggregationAcross: 'none', aggregationOverTime: 'last' });
    }
  }
  const defs = [...declared.values()];
  const known = await idsByCode(trx, 'data_elements', defs.map((d) => d.code));
  const fresh = defs.filter((d) => !known.has(d.code));
  for (let i = 0; i < fresh.length; i += 500) {
    const rows = await trx
      .insertInto('data_elements')
      .values(
        fresh.slice(i, i + 500).map((d) => ({
          code: d.code,
          name: d.name,
          unit: d.unit ?? null,
          value_type: d.valueType ?? 'number',
          aggregation_across: d.aggregationAcross,
          aggregation_over_time: d.aggregationOverTime,
          description: d.description ?? null,
        })),
      )
      .returning(['id', 'code'])
      .execute();
    for (const r of rows) known.set(r.code, r.id);
  }
  return { ids: known, counts: { new: fresh.length, existing: defs.length - fresh.length } };
}

const INDICATOR_COLUMNS = ['code', 'name', 'aliases', 'category', 'seq', 'unit', 'factor', 'decimals', 'attribute', 'direction', 'definition', 'numerator', 'denominator', 'populationBasis', 'parent', 'canonical', 'table', 'source', 'baselines', 'targets'] as const;
const TARGET_COLUMNS = ['text', 'comparator', 'value', 'valueHigh', 'bound', 'year', 'scope', 'source', 'fromProse', 'tolerance', 'unit', 'line'] as const;
const BASELINE_COLUMNS = ['year', 'value', 'text', 'note', 'source'] as const;

async function writeIndicators(trx: Kysely<Database>, planId: number, doc: PlanDocument) {
  const canonical = await canonicalIndex(trx);
  const indicatorIds = new Map<string, number>();
  let baselines = 0;
  let targets = 0;
  for (const [i, ind] of doc.indicators.entries()) {
    const link = ind.canonical ? canonical.byCode.get(ind.canonical) : linkIndicator(ind.name, ind.unit, canonical.library);
    const linked = link ? canonical.byCode.get(link.code) : undefined;
    // A ratio the plan does not define is computed as the canonical ratio it is linked to.
    const inherit = !ind.numerator && linked?.denominator ? linked : null;
    const { id } = await trx
      .insertInto('indicators')
      .values({
        plan_id: planId,
        code: ind.code,
        name: ind.name,
        aliases: JSON.stringify(ind.aliases ?? []),
        category: ind.category ?? null,
        seq: ind.seq ?? null,
        sort_order: i,
        unit: ind.unit ?? null,
        factor: ind.factor ?? inherit?.factor ?? 1,
        decimals: ind.decimals ?? null,
        attribute: ind.attribute ?? null,
        direction: ind.direction ?? 'up',
        definition: ind.definition ?? null,
        numerator: ind.numerator || inherit?.numerator || `#{${ind.code}}`,
        denominator: ind.denominator ?? inherit?.denominator ?? null,
        population_basis: ind.populationBasis ?? null,
        parent_id: ind.parent ? (indicatorIds.get(ind.parent) ?? null) : null,
        canonical_id: linked?.id ?? null,
        table_name: ind.table ?? null,
        source: json(ind.source),
        extra: splitExtra(ind, INDICATOR_COLUMNS),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    indicatorIds.set(ind.code, id);
    if (ind.baselines.length) {
      await trx
        .insertInto('baselines')
        .values(
          ind.baselines.map((b) => ({
            indicator_id: id,
            year: b.year,
            value: b.value,
            text: b.text ?? null,
            note: b.note ?? null,
            source: json(b.source),
            extra: splitExtra(b, BASELINE_COLUMNS),
          })),
        )
        .execute();
      baselines += ind.baselines.length;
    }
    for (const [t, target] of ind.targets.entries()) {
      const row = await trx
        .insertInto('targets')
        .values({
          indicator_id: id,
          text: target.text,
          comparator: target.comparator,
          value: target.value,
          value_high: target.valueHigh ?? null,
          bound: target.bound ?? null,
          year: target.year,
          scope: target.scope ?? 'region',
          source_label: target.source ?? 'plan',
          from_prose: target.fromProse ?? false,
          tolerance: target.tolerance ?? null,
          unit: target.unit ?? null,
          line: target.line ?? null,
          sort_order: t,
          extra: splitExtra(target, TARGET_COLUMNS),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('target_revisions')
        .values({ target_id: row.id, revision: 1, text: target.text, comparator: target.comparator, value: target.value, value_high: target.valueHigh ?? null, year: target.year, reason: 'plan import' })
        .execute();
      targets++;
    }
  }
  // Parents may be listed after their sub-rows.
  for (const ind of doc.indicators) {
    if (ind.parent && indicatorIds.has(ind.parent)) {
      await trx.updateTable('indicators').set({ parent_id: indicatorIds.get(ind.parent)! }).where('id', '=', indicatorIds.get(ind.code)!).execute();
    }
  }
  return { indicatorIds, baselines, targets };
}

interface CanonicalRow {
  id: number;
  code: string;
  numerator: string | null;
  denominator: string | null;
  factor: number;
}

/** The canonical library as stored, for explicit links by code and for linking by name. */
async function canonicalIndex(trx: Kysely<Database>) {
  const rows = await trx.selectFrom('canonical_indicators').selectAll().execute();
  const byCode = new Map<string, CanonicalRow>(rows.map((r) => [r.code, r]));
  const library: CanonicalLibrary = {
    format: CANONICAL_FORMAT_VERSION,
    dataElements: [],
    indicators: rows.map((r) => ({
      code: r.code,
      name: r.name,
      nameEn: r.name_en ?? r.name,
      aliases: r.aliases as string[],
      category: '',
      unit: r.unit,
      factor: r.factor as CanonicalLibrary['indicators'][number]['factor'],
      direction: r.direction,
      numerator: r.numerator ?? `#{${r.code}}`,
      denominator: r.denominator,
      definition: r.definition ?? '',
      definitionEn: '',
    })),
  };
  return { byCode, library };
}

const TASK_COLUMNS = ['path', 'title', 'summary', 'leadDepartment', 'cooperatingDepartments', 'deadline', 'indicators', 'source'] as const;

async function writeTasks(trx: Kysely<Database>, planId: number, doc: PlanDocument, departments: Map<string, number>, indicators: Map<string, number>) {
  const byPath = new Map<string, number>();
  for (const [i, task] of doc.tasks.entries()) {
    const parentPath = task.path.split('/').slice(0, -1).join('/');
    const { id } = await trx
      .insertInto('tasks')
      .values({
        plan_id: planId,
        parent_id: byPath.get(parentPath) ?? null,
        path: task.path,
        title: task.title,
        summary: task.summary ?? null,
        deadline: isoDate(task.deadline),
        sort_order: i,
        source: json(task.source),
        extra: splitExtra(task, TASK_COLUMNS),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    byPath.set(task.path, id);
    const links = [
      ...(task.leadDepartment && departments.has(task.leadDepartment) ? [{ department_id: departments.get(task.leadDepartment)!, role: 'lead' as const }] : []),
      ...(task.cooperatingDepartments ?? [])
        .filter((c) => departments.has(c) && c !== task.leadDepartment)
        .map((c) => ({ department_id: departments.get(c)!, role: 'cooperating' as const })),
    ];
    const uniqueLinks = [...new Map(links.map((l) => [l.department_id, l])).values()];
    if (uniqueLinks.length) await trx.insertInto('task_departments').values(uniqueLinks.map((l) => ({ task_id: id, ...l }))).execute();
    const linked = [...new Set((task.indicators ?? []).filter((c) => indicators.has(c)))];
    if (linked.length) await trx.insertInto('task_indicators').values(linked.map((c) => ({ task_id: id, indicator_id: indicators.get(c)! }))).execute();
  }
  return doc.tasks.length;
}

/** Deadlines are dates in the database; a bare year means its last day. */
function isoDate(text: string | null | undefined): string | null {
  if (!text) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  if (/^\d{4}$/.test(text)) return `${text}-12-31`;
  return null;
}

async function writeBoxes(trx: Kysely<Database>, planId: number, doc: PlanDocument) {
  for (const [i, box] of (doc.boxes ?? []).entries()) {
    await trx
      .insertInto('feature_boxes')
      .values({
        plan_id: planId,
        code: box.code,
        title: box.title,
        path: box.path ?? null,
        items: JSON.stringify(box.items),
        sort_order: i,
        source: json(box.source),
        extra: splitExtra(box, ['code', 'title', 'path', 'items', 'source']),
      })
      .execute();
  }
}

const PROJECT_COLUMNS = ['code', 'name', 'location', 'locationText', 'kind', 'content', 'beds', 'floorArea', 'investment', 'investmentText', 'plannedStart', 'plannedCompletion', 'stage', 'source'] as const;

async function writeProjects(trx: Kysely<Database>, planId: number, doc: PlanDocument, units: Map<string, number>) {
  if (!doc.projects.length) return;
  await trx
    .insertInto('projects')
    .values(
      doc.projects.map((p, i) => ({
        plan_id: planId,
        code: p.code ?? null,
        name: p.name,
        location_org_unit_id: p.location ? (units.get(p.location) ?? null) : null,
        location_text: p.locationText ?? null,
        kind: p.kind ?? null,
        content: p.content ?? null,
        beds: p.beds ?? null,
        floor_area: p.floorArea ?? null,
        investment: p.investment ?? null,
        investment_text: p.investmentText ?? null,
        planned_start: p.plannedStart ?? null,
        planned_completion: p.plannedCompletion ?? null,
        stage: p.stage ?? null,
        sort_order: i,
        source: json(p.source),
        extra: splitExtra(p, PROJECT_COLUMNS),
      })),
    )
    .execute();
}

/**
 * Figures reported by the document become approved data values with the document as provenance.
 * A value someone entered or imported since is never overwritten by a document reload.
 */
async function writeDataValues(trx: Kysely<Database>, doc: PlanDocument, units: Map<string, number>, elements: Map<string, number>) {
  const values = doc.dataValues ?? [];
  const known = new Map([...elements, ...(await idsByCode(trx, 'data_elements', values.map((v) => v.dataElement)))]);
  const seen = new Set<string>();
  const rows: ContentValue[] = [];
  for (const [i, v] of values.entries()) {
    const elementId = known.get(v.dataElement);
    if (elementId === undefined) throw missing(`/dataValues/${i}/dataElement`, v.dataElement);
    const orgUnitId = units.get(v.orgUnit);
    if (orgUnitId === undefined) throw missing(`/dataValues/${i}/orgUnit`, v.orgUnit);
    const key = `${elementId}|${orgUnitId}|${v.period}|${v.disaggregation ?? ''}`;
    // A second figure for the same cell stays in the plan document and is reported as a finding.
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push({ elementId, orgUnitId, period: v.period, value: v.value, disaggregation: v.disaggregation, comment: v.comment ?? null, source: v.source });
  }
  await writeContentValues(trx, 'document', rows, { update: true });
  return rows.length;
}
