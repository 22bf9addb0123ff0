import { requireActor } from '../../auth/actor.js';
import { recordAudit } from '../../audit/record.js';
import type { ServiceContext } from '../../context.js';
import type { DataElementsTable } from '../../db/schema.js';
import { AppError, notFound } from '../../errors.js';
import type { Selectable } from 'kysely';

export interface ElementInput {
  code: string;
  name: string;
  nameEn?: string | null;
  unit?: string | null;
  valueType?: 'number' | 'integer' | 'percentage';
  aggregationAcross: 'sum' | 'average' | 'none';
  aggregationOverTime: 'sum' | 'average' | 'last';
  description?: string | null;
  min?: number | null;
  max?: number | null;
  /** The categoryOptionCombo codes the element is collected by, e.g. 男 and 女; none for a plain total. */
  disaggregations?: string[];
}

export type ElementChange = Partial<Omit<ElementInput, 'code'>> & { version: number };

function present(r: Selectable<DataElementsTable>) {
  return {
    code: r.code,
    name: r.name,
    nameEn: r.name_en,
    unit: r.unit,
    valueType: r.value_type,
    aggregationAcross: r.aggregation_across,
    aggregationOverTime: r.aggregation_over_time,
    description: r.description,
    min: r.min_value,
    max: r.max_value,
    disaggregations: r.disaggregations,
    version: r.version,
  };
}

function checkDisaggregations(disaggregations: string[] | undefined): void {
  const seen = new Set<string>();
  for (const [i, d] of (disaggregations ?? []).entries()) {
    if (seen.has(d)) {
      throw new AppError('VALIDATION_FAILED', { zh: `分类“${d}”重复`, en: `The disaggregation "${d}" is listed twice` }, { field: `disaggregations/${i}` });
    }
    seen.add(d);
  }
}

function checkBounds(min: number | null | undefined, max: number | null | undefined): void {
  if (min != null && max != null && min > max) {
    throw new AppError('VALIDATION_FAILED', { zh: `下限 ${min} 大于上限 ${max}`, en: `The minimum ${min} is above the maximum ${max}` }, { field: 'min' });
  }
}

export async function listElements(ctx: ServiceContext) {
  requireActor(ctx.actor);
  const rows = await ctx.db.selectFrom('data_elements').selectAll().orderBy('code').execute();
  return rows.map(present);
}

export async function createElement(ctx: ServiceContext, input: ElementInput) {
  requireActor(ctx.actor);
  checkBounds(input.min, input.max);
  checkDisaggregations(input.disaggregations);
  return ctx.db.transaction().execute(async (trx) => {
    if (await trx.selectFrom('data_elements').select('id').where('code', '=', input.code).executeTakeFirst()) {
      throw new AppError('ALREADY_EXISTS', { zh: `数据项 ${input.code} 已存在`, en: `The data element ${input.code} already exists` }, { field: 'code' });
    }
    const row = await trx
      .insertInto('data_elements')
      .values({
        code: input.code,
        name: input.name,
        name_en: input.nameEn ?? null,
        unit: input.unit ?? null,
        value_type: input.valueType ?? 'number',
        aggregation_across: input.aggregationAcross,
        aggregation_over_time: input.aggregationOverTime,
        description: input.description ?? null,
        min_value: input.min ?? null,
        max_value: input.max ?? null,
        disaggregations: JSON.stringify(input.disaggregations ?? []),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, { action: 'create', entityType: 'data_element', entityId: row.id, after: present(row) });
    return present(row);
  });
}

export async function updateElement(ctx: ServiceContext, code: string, change: ElementChange) {
  requireActor(ctx.actor);
  return ctx.db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('data_elements').selectAll().where('code', '=', code).forUpdate().executeTakeFirst();
    if (!before) throw notFound({ zh: `数据项 ${code}`, en: `data element ${code}` }, { field: 'code' });
    if (before.version !== change.version) {
      throw new AppError('VERSION_CONFLICT', { zh: '该数据项已被他人修改，请刷新后重试', en: 'This data element was changed by someone else; reload and try again' }, { current: present(before) });
    }
    checkBounds(change.min === undefined ? before.min_value : change.min, change.max === undefined ? before.max_value : change.max);
    checkDisaggregations(change.disaggregations);
    const row = await trx
      .updateTable('data_elements')
      .set({
        name: change.name,
        name_en: change.nameEn,
        unit: change.unit,
        value_type: change.valueType,
        aggregation_across: change.aggregationAcross,
        aggregation_over_time: change.aggregationOverTime,
        description: change.description,
        min_value: change.min,
        max_value: change.max,
        disaggregations: change.disaggregations === undefined ? undefined : JSON.stringify(change.disaggregations),
        version: before.version + 1,
      })
      .where('id', '=', before.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, { action: 'update', entityType: 'data_element', entityId: row.id, before: present(before), after: present(row) });
    return present(row);
  });
}
