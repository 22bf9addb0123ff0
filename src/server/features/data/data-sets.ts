import type { Kysely } from 'kysely';
import { requireActor } from '../../auth/actor.js';
import { recordAudit } from '../../audit/record.js';
import type { ServiceContext } from '../../context.js';
import type { Database, PeriodType } from '../../db/schema.js';
import { AppError, notFound } from '../../errors.js';
import type { Period } from '../../../domain/periods/period.js';
import { elementsByCode, orgUnitsByCode, requirePeriod, type ElementRow } from './cells.js';

export interface DataSetView {
  id: number;
  code: string;
  name: string;
  periodType: PeriodType;
  openFrom: string | null;
  openUntil: string | null;
  version: number;
  elements: ElementRow[];
  orgUnits: Array<{ id: number; code: string; name: string; path: string }>;
}

async function loadDataSets(db: Kysely<Database>, code?: string): Promise<DataSetView[]> {
  let query = db.selectFrom('data_sets').selectAll().orderBy('code');
  if (code !== undefined) query = query.where('code', '=', code);
  const sets = await query.execute();
  if (sets.length === 0) return [];
  const ids = sets.map((s) => s.id);
  const elements = await db
    .selectFrom('data_set_elements as dse')
    .innerJoin('data_elements as e', 'e.id', 'dse.data_element_id')
    .select(['dse.data_set_id', 'e.id', 'e.code', 'e.name', 'e.unit', 'e.value_type', 'e.min_value', 'e.max_value', 'e.disaggregations'])
    .where('dse.data_set_id', 'in', ids)
    .orderBy('dse.sort_order')
    .execute();
  const units = await db
    .selectFrom('data_set_org_units as dso')
    .innerJoin('org_units as o', 'o.id', 'dso.org_unit_id')
    .select(['dso.data_set_id', 'o.id', 'o.code', 'o.name', 'o.path'])
    .where('dso.data_set_id', 'in', ids)
    .orderBy('o.code')
    .execute();
  return sets.map((s) => ({
    id: s.id,
    code: s.code,
    name: s.name,
    periodType: s.period_type,
    openFrom: s.open_from,
    openUntil: s.open_until,
    version: s.version,
    elements: elements
      .filter((e) => e.data_set_id === s.id)
      .map((e) => ({ id: e.id, code: e.code, name: e.name, unit: e.unit, valueType: e.value_type, min: e.min_value, max: e.max_value, disaggregations: e.disaggregations })),
    orgUnits: units.filter((u) => u.data_set_id === s.id).map((u) => ({ id: u.id, code: u.code, name: u.name, path: u.path })),
  }));
}

export async function requireDataSet(db: Kysely<Database>, code: string): Promise<DataSetView> {
  const [set] = await loadDataSets(db, code);
  if (!set) throw notFound({ zh: `数据集 ${code}`, en: `data set ${code}` }, { field: 'dataSet' });
  return set;
}

/** A period of the data set's own type: a monthly form has no yearly period. */
export function requireSetPeriod(set: DataSetView, id: string): Period {
  const period = requirePeriod(id);
  if (period.type !== set.periodType) {
    throw new AppError(
      'VALIDATION_FAILED',
      { zh: `数据集 ${set.code} 按 ${set.periodType} 填报，期间 ${period.id} 不符`, en: `The data set ${set.code} is reported ${set.periodType}; the period ${period.id} does not fit` },
      { field: 'period' },
    );
  }
  return period;
}

export function presentDataSet(s: DataSetView) {
  return {
    code: s.code,
    name: s.name,
    periodType: s.periodType,
    openFrom: s.openFrom,
    openUntil: s.openUntil,
    version: s.version,
    elements: s.elements.map((e) => e.code),
    orgUnits: s.orgUnits.map((u) => u.code),
  };
}

export async function listDataSets(ctx: ServiceContext) {
  requireActor(ctx.actor);
  return (await loadDataSets(ctx.db)).map(presentDataSet);
}

export interface DataSetInput {
  code: string;
  name: string;
  periodType: PeriodType;
  openFrom?: string | null;
  openUntil?: string | null;
  elements: string[];
  orgUnits: string[];
}

export type DataSetChange = Partial<Omit<DataSetInput, 'code'>> & { version: number };

async function replaceMembers(trx: Kysely<Database>, id: number, elements: string[] | undefined, orgUnits: string[] | undefined): Promise<void> {
  if (elements) {
    const found = await elementsByCode(trx, elements);
    const unknown = elements.filter((c) => !found.has(c));
    if (unknown.length) {
      throw new AppError('VALIDATION_FAILED', { zh: `数据项不存在：${unknown.join('、')}`, en: `Unknown data elements: ${unknown.join(', ')}` }, { field: 'elements' });
    }
    await trx.deleteFrom('data_set_elements').where('data_set_id', '=', id).execute();
    if (elements.length) {
      await trx
        .insertInto('data_set_elements')
        .values(elements.map((c, i) => ({ data_set_id: id, data_element_id: found.get(c)!.id, sort_order: i })))
        .execute();
    }
  }
  if (orgUnits) {
    const found = await orgUnitsByCode(trx, orgUnits);
    const unknown = orgUnits.filter((c) => !found.has(c));
    if (unknown.length) {
      throw new AppError('VALIDATION_FAILED', { zh: `组织机构不存在：${unknown.join('、')}`, en: `Unknown org units: ${unknown.join(', ')}` }, { field: 'orgUnits' });
    }
    await trx.deleteFrom('data_set_org_units').where('data_set_id', '=', id).execute();
    if (orgUnits.length) {
      await trx
        .insertInto('data_set_org_units')
        .values([...new Set(orgUnits)].map((c) => ({ data_set_id: id, org_unit_id: found.get(c)!.id })))
        .execute();
    }
  }
}

function checkWindow(openFrom: string | null | undefined, openUntil: string | null | undefined): void {
  if (openFrom && openUntil && openFrom > openUntil) {
    throw new AppError('VALIDATION_FAILED', { zh: `填报开始日期 ${openFrom} 晚于截止日期 ${openUntil}`, en: `The input window opens ${openFrom}, after it closes ${openUntil}` }, { field: 'openFrom' });
  }
}

export async function createDataSet(ctx: ServiceContext, input: DataSetInput) {
  requireActor(ctx.actor);
  return ctx.db.transaction().execute((trx) => insertDataSet(trx, ctx, input));
}

/** Creates a data set inside the caller's transaction (the demo load runs in one), audited for `ctx`. */
export async function insertDataSet(trx: Kysely<Database>, ctx: ServiceContext, input: DataSetInput) {
  checkWindow(input.openFrom, input.openUntil);
  if (await trx.selectFrom('data_sets').select('id').where('code', '=', input.code).executeTakeFirst()) {
    throw new AppError('ALREADY_EXISTS', { zh: `数据集 ${input.code} 已存在`, en: `The data set ${input.code} already exists` }, { field: 'code' });
  }
  const { id } = await trx
    .insertInto('data_sets')
    .values({ code: input.code, name: input.name, period_type: input.periodType, open_from: input.openFrom ?? null, open_until: input.openUntil ?? null })
    .returning('id')
    .executeTakeFirstOrThrow();
  await replaceMembers(trx, id, input.elements, input.orgUnits);
  const view = presentDataSet(await requireDataSet(trx, input.code));
  await recordAudit(trx, ctx, { action: 'create', entityType: 'data_set', entityId: id, after: view });
  return view;
}

export async function updateDataSet(ctx: ServiceContext, code: string, change: DataSetChange) {
  requireActor(ctx.actor);
  return ctx.db.transaction().execute(async (trx) => {
    const before = await requireDataSet(trx, code);
    if (before.version !== change.version) {
      throw new AppError('VERSION_CONFLICT', { zh: '该数据集已被他人修改，请刷新后重试', en: 'This data set was changed by someone else; reload and try again' }, { current: presentDataSet(before) });
    }
    const openFrom = change.openFrom === undefined ? before.openFrom : change.openFrom;
    const openUntil = change.openUntil === undefined ? before.openUntil : change.openUntil;
    checkWindow(openFrom, openUntil);
    await trx
      .updateTable('data_sets')
      .set({ name: change.name, period_type: change.periodType, open_from: openFrom, open_until: openUntil, version: before.version + 1 })
      .where('id', '=', before.id)
      .execute();
    await replaceMembers(trx, before.id, change.elements, change.orgUnits);
    const after = presentDataSet(await requireDataSet(trx, code));
    await recordAudit(trx, ctx, { action: 'update', entityType: 'data_set', entityId: before.id, before: presentDataSet(before), after });
    return after;
  });
}
