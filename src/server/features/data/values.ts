import type { Kysely } from 'kysely';
import { checkValue } from '../../../domain/data/value.js';
import { isWindowOpen } from '../../../domain/data/window.js';
import { canActOnOrgUnit, outOfScope, requireActor, type Actor } from '../../auth/actor.js';
import type { Permission } from '../../auth/permissions.js';
import { recordAudit } from '../../audit/record.js';
import type { ServiceContext } from '../../context.js';
import type { Database } from '../../db/schema.js';
import { AppError, notFound } from '../../errors.js';
import { cellGates, cellKey, gateKey, DATA_VALUE_ENTITY, isLocked, ownPath, requireDisaggregation, requireElement, requireOrgUnit, requirePeriod, today, type OrgUnitRow } from './cells.js';
import { requireDataSet, requireSetPeriod } from './data-sets.js';
import { periodColumns } from './period-columns.js';
import { violationsAt } from './quality.js';

/** Refuses an org unit outside the actor's scope for the permission; the command line acts without an actor. */
export function requireScope(actor: Actor | null, permission: Permission, unit: OrgUnitRow): void {
  if (actor && !canActOnOrgUnit(actor, permission, ownPath(unit))) {
    throw outOfScope({ zh: `组织机构 ${unit.code} 的数据`, en: `the data of org unit ${unit.code}` });
  }
}

export interface CellView {
  dataElement: string;
  name: string;
  unit: string | null;
  valueType: string;
  disaggregation: string;
  value: number | null;
  version: number | null;
  status: string | null;
  comment: string | null;
  provenance: string | null;
  updatedAt: Date | null;
}

/** A data set's form for one org unit and period: every element, with its values. */
export async function getForm(ctx: ServiceContext, query: { dataSet: string; orgUnit: string; period: string }) {
  requireActor(ctx.actor);
  const set = await requireDataSet(ctx.db, query.dataSet);
  const unit = await requireOrgUnit(ctx.db, query.orgUnit);
  requireScope(ctx.actor, 'data:read', unit);
  const period = requireSetPeriod(set, query.period);
  const values = await ctx.db
    .selectFrom('data_values as v')
    .innerJoin('data_elements as e', 'e.id', 'v.data_element_id')
    .select(['e.code', 'v.disaggregation', 'v.value', 'v.version', 'v.status', 'v.comment', 'v.provenance', 'v.updated_at'])
    .where('v.org_unit_id', '=', unit.id)
    .where('v.period', '=', period.id)
    .where('e.code', 'in', set.elements.length ? set.elements.map((e) => e.code) : [''])
    .orderBy('v.disaggregation')
    .execute();
  const cells: CellView[] = [];
  for (const element of set.elements) {
    const own = values.filter((v) => v.code === element.code);
    const base = { dataElement: element.code, name: element.name, unit: element.unit, valueType: element.valueType };
    if (own.length === 0) {
      cells.push({ ...base, disaggregation: '', value: null, version: null, status: null, comment: null, provenance: null, updatedAt: null });
    }
    for (const v of own) {
      cells.push({ ...base, disaggregation: v.disaggregation, value: v.value, version: v.version, status: v.status, comment: v.comment, provenance: v.provenance, updatedAt: v.updated_at });
    }
  }
  const submission = await ctx.db
    .selectFrom('data_set_submissions')
    .select(['status', 'version', 'reopen_reason', 'submitted_at', 'approved_at'])
    .where('data_set_id', '=', set.id)
    .where('org_unit_id', '=', unit.id)
    .where('period', '=', period.id)
    .executeTakeFirst();
  return {
    dataSet: { code: set.code, name: set.name, periodType: set.periodType, openFrom: set.openFrom, openUntil: set.openUntil, open: isWindowOpen(set, today()) },
    orgUnit: { code: unit.code, name: unit.name },
    period: period.id,
    status: submission?.status ?? 'draft',
    submission: submission ?? null,
    cells,
  };
}

export interface PutValueInput {
  dataElement: string;
  orgUnit: string;
  period: string;
  disaggregation?: string;
  value: number | string;
  comment?: string | null;
  version?: number;
}

/**
 * Writes one cell. A cell that exists can only be changed by a caller who sends the version they
 * read, so two clerks on one form never overwrite each other silently.
 */
export async function putValue(ctx: ServiceContext, input: PutValueInput) {
  requireActor(ctx.actor);
  return ctx.db.transaction().execute(async (trx) => {
    const element = await requireElement(trx, input.dataElement);
    const unit = await requireOrgUnit(trx, input.orgUnit);
    requireScope(ctx.actor, 'data:write', unit);
    const period = requirePeriod(input.period);
    const disaggregation = input.disaggregation ?? '';
    const cellName = { dataElement: element.code, orgUnit: unit.code, period: period.id };
    const checked = checkValue(element, input.value, cellName);
    if (!checked.ok) throw new AppError('VALIDATION_FAILED', checked.problem, { field: 'value', cell: cellName });
    requireDisaggregation(element, disaggregation, cellName);
    const gate = (await cellGates(trx, [{ elementId: element.id, orgUnitId: unit.id, period: period.id }])).get(gateKey(element.id, unit.id, period.id))!;
    const existing = await trx
      .selectFrom('data_values')
      .selectAll()
      .where('data_element_id', '=', element.id)
      .where('org_unit_id', '=', unit.id)
      .where('period', '=', period.id)
      .where('disaggregation', '=', disaggregation)
      .forUpdate()
      .executeTakeFirst();
    if (gate.approved || (existing && isLocked(existing))) {
      throw new AppError(
        'LOCKED',
        { zh: `${element.code} / ${unit.code} / ${period.id} 的数据已审核锁定，需审核员退回后才能修改`, en: `The data of ${element.code} / ${unit.code} / ${period.id} is approved and locked; an approver must reopen it first` },
        { cell: cellName },
      );
    }
    if (gate.governed && !gate.open) {
      throw new AppError(
        'INPUT_WINDOW_CLOSED',
        { zh: `${element.code} / ${unit.code} / ${period.id} 所属数据集当前不在填报期内`, en: `The data set of ${element.code} / ${unit.code} / ${period.id} is not open for entry now` },
        { cell: cellName },
      );
    }
    const comment = input.comment ?? null;
    const userId = ctx.actor?.userId ?? null;
    const current = existing && presentStored(element.code, unit.code, existing);
    if (existing && existing.version !== input.version) {
      throw new AppError(
        'VERSION_CONFLICT',
        { zh: '该数据已被他人修改，请核对当前值后重试', en: 'This value was changed by someone else; check the current value and try again' },
        { current },
      );
    }
    let row;
    if (existing) {
      row = await trx
        .updateTable('data_values')
        .set((eb) => ({
          value: checked.value,
          comment,
          provenance: 'entry',
          // A sample was stored as approved; the value replacing it takes the form's status.
          ...(existing.provenance === 'sample' ? { status: gate.status } : {}),
          version: eb('version', '+', 1),
          updated_by: userId,
          updated_at: new Date(),
        }))
        .where('id', '=', existing.id)
        .returningAll()
        .executeTakeFirstOrThrow();
    } else {
      row = await trx
        .insertInto('data_values')
        .values({
          data_element_id: element.id,
          org_unit_id: unit.id,
          ...periodColumns(period),
          disaggregation,
          value: checked.value,
          comment,
          provenance: 'entry',
          status: gate.status,
          created_by: userId,
          updated_by: userId,
        })
        .onConflict((oc) => oc.columns(['data_element_id', 'org_unit_id', 'period', 'disaggregation']).doNothing())
        .returningAll()
        .executeTakeFirst();
      if (!row) {
        throw new AppError('VERSION_CONFLICT', { zh: '该数据刚被他人录入，请刷新后重试', en: 'Someone else has just entered this value; reload and try again' });
      }
    }
    await recordAudit(trx, ctx, {
      action: existing ? 'update' : 'create',
      entityType: DATA_VALUE_ENTITY,
      entityId: cellKey(element.id, unit.id, period.id, disaggregation),
      before: existing ? { value: existing.value, comment: existing.comment } : undefined,
      after: { value: row.value, comment: row.comment },
    });
    const violations = await violationsAt(trx, unit, period.id, [element.code]);
    return { ...presentStored(element.code, unit.code, row), violations };
  });
}

interface StoredValue {
  period: string;
  disaggregation: string;
  value: number;
  version: number;
  status: string;
  comment: string | null;
  provenance: string;
  updated_at: Date;
}

function presentStored(element: string, orgUnit: string, row: StoredValue) {
  return {
    dataElement: element,
    orgUnit,
    period: row.period,
    disaggregation: row.disaggregation,
    value: row.value,
    version: row.version,
    status: row.status,
    comment: row.comment,
    provenance: row.provenance,
    updatedAt: row.updated_at,
  };
}

/** Every change of one cell, oldest first, from the audit trail. */
export async function valueHistory(ctx: ServiceContext, query: { dataElement: string; orgUnit: string; period: string; disaggregation?: string }) {
  requireActor(ctx.actor);
  const element = await requireElement(ctx.db, query.dataElement);
  const unit = await requireOrgUnit(ctx.db, query.orgUnit);
  requireScope(ctx.actor, 'data:read', unit);
  const period = requirePeriod(query.period);
  const rows = await ctx.db
    .selectFrom('audit_log')
    .select(['at', 'username', 'action', 'before', 'after', 'reason', 'channel'])
    .where('entity_type', '=', DATA_VALUE_ENTITY)
    .where('entity_id', '=', cellKey(element.id, unit.id, period.id, query.disaggregation ?? ''))
    .orderBy('id')
    .execute();
  if (rows.length === 0 && !(await cellExists(ctx.db, element.id, unit.id, period.id))) {
    throw notFound({ zh: `${element.code} / ${unit.code} / ${period.id} 的数据`, en: `data of ${element.code} / ${unit.code} / ${period.id}` });
  }
  return { items: rows };
}

async function cellExists(db: Kysely<Database>, elementId: number, unitId: number, period: string): Promise<boolean> {
  const row = await db
    .selectFrom('data_values')
    .select('id')
    .where('data_element_id', '=', elementId)
    .where('org_unit_id', '=', unitId)
    .where('period', '=', period)
    .executeTakeFirst();
  return row !== undefined;
}
