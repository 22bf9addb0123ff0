import { sql, type Kysely } from 'kysely';
import { disaggregationProblem } from '../../../domain/data/disaggregation.js';
import { readExchangeRow, type ExchangeRow } from '../../../domain/data/row.js';
import { checkValue } from '../../../domain/data/value.js';
import { parsePeriod } from '../../../domain/periods/period.js';
import type { Message } from '../../../domain/plan/problem.js';
import { canActOnOrgUnit } from '../../auth/actor.js';
import type { ServiceContext } from '../../context.js';
import type { ApprovalStatus, Database } from '../../db/schema.js';
import { cellGates, cellKey, DATA_VALUE_ENTITY, gateKey, elementsByCode, isLocked, orgUnitsByCode, ownPath, type ElementRow, type OrgUnitRow } from './cells.js';

export interface ImportOptions {
  /** Check and report every row, write nothing. */
  dryRun?: boolean;
  /** Write the valid rows even when others are rejected; otherwise one rejected row stops the whole import. */
  validOnly?: boolean;
  /** Rows per database batch. */
  batchSize?: number;
  /** Told the number of rows handled after each batch, for long imports. */
  onProgress?: (rows: number) => void;
}

export type RowAction = 'create' | 'update' | 'unchanged' | 'reject';

export interface RowOutcome {
  /** 1-based row number in the file; the header of a CSV is row 1. */
  row: number;
  action: RowAction;
  dataElement: string;
  orgUnit: string;
  period: string;
  categoryOptionCombo: string;
  value: string | number;
  previous?: number;
  reason?: Message;
}

/** DHIS2's import summary, with the per-row outcomes of a dry run. */
export interface ImportSummary {
  status: 'SUCCESS' | 'WARNING' | 'ERROR';
  dryRun: boolean;
  importCount: { imported: number; updated: number; ignored: number; deleted: number };
  conflicts: Array<{ object: string; value: string; errorCode: string; indexes: number[] }>;
  rows: RowOutcome[];
  /** Rows listed in `rows` and conflicts listed in `conflicts` are capped; the counts are complete. */
  truncated: boolean;
  /** Rows refused (counted among `ignored` with the unchanged ones). */
  rejected: number;
}

const MAX_LISTED = 10_000;

/** Ends the transaction so that nothing of a dry run or of a refused import stays. */
class RollBack extends Error {}

interface Pending {
  key: string;
  element: ElementRow;
  unit: OrgUnitRow;
  row: ExchangeRow;
  rowNumber: number;
  value: number;
}

interface Stored {
  value: number;
  comment: string | null;
  status: ApprovalStatus;
  provenance: string;
}

/**
 * Imports data values from any source of exchange records (JSON, CSV, spreadsheet), streaming: rows
 * are checked and written in batches, all inside ONE transaction, so that an import is stored
 * completely or not at all — even if the process dies half way.
 */
export async function importValues(
  ctx: ServiceContext,
  records: AsyncIterable<Record<string, unknown>> | Iterable<Record<string, unknown>>,
  options: ImportOptions & { firstRow?: number } = {},
): Promise<ImportSummary> {
  const dryRun = options.dryRun === true;
  const validOnly = options.validOnly === true;
  const batchSize = options.batchSize ?? 1000;
  const summary: ImportSummary = { status: 'SUCCESS', dryRun, importCount: { imported: 0, updated: 0, ignored: 0, deleted: 0 }, conflicts: [], rows: [], truncated: false, rejected: 0 };
  let rejected = 0;

  const note = (outcome: RowOutcome) => {
    if (outcome.action === 'reject') {
      rejected++;
      summary.importCount.ignored++;
      if (summary.conflicts.length < MAX_LISTED) {
        summary.conflicts.push({ object: `${outcome.dataElement}/${outcome.orgUnit}/${outcome.period}`, value: `${outcome.reason!.zh} / ${outcome.reason!.en}`, errorCode: 'E7600', indexes: [outcome.row] });
      } else summary.truncated = true;
    } else if (outcome.action === 'unchanged') summary.importCount.ignored++;
    else if (outcome.action === 'create') summary.importCount.imported++;
    else summary.importCount.updated++;
    if (dryRun || outcome.action === 'reject') {
      if (summary.rows.length < MAX_LISTED) summary.rows.push(outcome);
      else summary.truncated = true;
    }
  };

  const run = async (trx: Kysely<Database>) => {
    const elements = new Map<string, ElementRow | null>();
    const units = new Map<string, OrgUnitRow | null>();
    let batch: Array<{ row: ExchangeRow | null; rowNumber: number; problem?: Message }> = [];

    const flush = async () => {
      const readable = batch.filter((b): b is { row: ExchangeRow; rowNumber: number } => b.row !== null);
      const newElements = readable.map((b) => b.row.dataElement).filter((c) => !elements.has(c));
      const newUnits = readable.map((b) => b.row.orgUnit).filter((c) => !units.has(c));
      const foundElements = await elementsByCode(trx, newElements);
      for (const c of newElements) elements.set(c, foundElements.get(c) ?? null);
      const foundUnits = await orgUnitsByCode(trx, newUnits);
      for (const c of newUnits) units.set(c, foundUnits.get(c) ?? null);

      const pending = new Map<string, Pending>();
      const checked: Array<{ item: (typeof batch)[number]; pending?: Pending; problem?: Message }> = [];
      for (const item of batch) {
        if (!item.row) {
          checked.push({ item, problem: item.problem });
          continue;
        }
        const r = item.row;
        const element = elements.get(r.dataElement);
        const unit = units.get(r.orgUnit);
        const problem: Message | undefined = !element
          ? { zh: `第 ${item.rowNumber} 行：数据项 ${r.dataElement} 不存在`, en: `Row ${item.rowNumber}: the data element ${r.dataElement} does not exist` }
          : !unit
            ? { zh: `第 ${item.rowNumber} 行：组织机构 ${r.orgUnit} 不存在`, en: `Row ${item.rowNumber}: the org unit ${r.orgUnit} does not exist` }
            : ctx.actor && !canActOnOrgUnit(ctx.actor, 'data:write', ownPath(unit))
              ? { zh: `第 ${item.rowNumber} 行：组织机构 ${r.orgUnit} 超出您的授权范围`, en: `Row ${item.rowNumber}: the org unit ${r.orgUnit} is outside your scope` }
              : undefined;
        if (problem || !element || !unit) {
          checked.push({ item, problem });
          continue;
        }
        const value = checkValue(element, r.value, r);
        if (!value.ok) {
          checked.push({ item, problem: { zh: `第 ${item.rowNumber} 行：${value.problem.zh}`, en: `Row ${item.rowNumber}: ${value.problem.en}` } });
          continue;
        }
        const undeclared = disaggregationProblem(element, r.categoryOptionCombo, r);
        if (undeclared) {
          checked.push({ item, problem: { zh: `第 ${item.rowNumber} 行：${undeclared.zh}`, en: `Row ${item.rowNumber}: ${undeclared.en}` } });
          continue;
        }
        const entry = { key: cellKey(element.id, unit.id, r.period, r.categoryOptionCombo), element, unit, row: r, rowNumber: item.rowNumber, value: value.value };
        checked.push({ item, pending: entry });
      }

      const cells = checked.flatMap((c) => (c.pending ? [{ elementId: c.pending.element.id, orgUnitId: c.pending.unit.id, period: c.pending.row.period }] : []));
      const gates = await cellGates(trx, cells);
      const stored = await storedValues(trx, checked.flatMap((c) => (c.pending ? [c.pending] : [])));
      const seenInBatch = new Map<string, number>();
      for (const c of checked) {
        const base = c.item.row
          ? { row: c.item.rowNumber, dataElement: c.item.row.dataElement, orgUnit: c.item.row.orgUnit, period: c.item.row.period, categoryOptionCombo: c.item.row.categoryOptionCombo, value: c.item.row.value }
          : { row: c.item.rowNumber, dataElement: '', orgUnit: '', period: '', categoryOptionCombo: '', value: '' };
        if (!c.pending) {
          note({ ...base, action: 'reject', reason: c.problem });
          continue;
        }
        const p = c.pending;
        const gate = gates.get(gateKey(p.element.id, p.unit.id, p.row.period))!;
        const before = stored.get(p.key);
        if (gate.approved || (before && isLocked(before))) {
          note({ ...base, action: 'reject', reason: { zh: `第 ${p.rowNumber} 行：数据已审核锁定`, en: `Row ${p.rowNumber}: the data is approved and locked` } });
          continue;
        }
        if (gate.governed && !gate.open) {
          note({ ...base, action: 'reject', reason: { zh: `第 ${p.rowNumber} 行：所属数据集不在填报期内`, en: `Row ${p.rowNumber}: its data set is not open for entry` } });
          continue;
        }
        const earlier = pending.get(p.key);
        const previous = earlier ? earlier.value : before?.value;
        const previousComment = earlier ? earlier.row.comment : before?.comment;
        const action: RowAction = previous === undefined && !seenInBatch.has(p.key) ? 'create' : previous === p.value && previousComment === p.row.comment ? 'unchanged' : 'update';
        seenInBatch.set(p.key, p.rowNumber);
        note({ ...base, action, ...(previous === undefined ? {} : { previous }) });
        if (action !== 'unchanged') pending.set(p.key, p);
      }
      batch = [];
      if (rejected > 0 && !validOnly) return;
      await writeBatch(trx, ctx, [...pending.values()], stored, gates);
    };

    let rowNumber = options.firstRow ?? 1;
    for await (const record of records) {
      const read = readExchangeRow(record, rowNumber);
      batch.push(read.ok ? { row: read.row, rowNumber } : { row: null, rowNumber, problem: read.problem });
      rowNumber++;
      if (batch.length >= batchSize) {
        await flush();
        options.onProgress?.(rowNumber - (options.firstRow ?? 1));
      }
    }
    if (batch.length > 0) await flush();
    if (dryRun || (rejected > 0 && !validOnly)) throw new RollBack();
  };

  try {
    await ctx.db.transaction().execute(run);
  } catch (err) {
    if (!(err instanceof RollBack)) throw err;
  }
  summary.rejected = rejected;
  if (rejected > 0 && !validOnly) {
    summary.status = 'ERROR';
    if (!dryRun) summary.importCount = { imported: 0, updated: 0, ignored: summary.importCount.imported + summary.importCount.updated + summary.importCount.ignored, deleted: 0 };
  } else if (rejected > 0) summary.status = 'WARNING';
  return summary;
}

async function storedValues(db: Kysely<Database>, cells: Pending[]): Promise<Map<string, Stored>> {
  const map = new Map<string, Stored>();
  if (cells.length === 0) return map;
  const { rows } = await sql<{ e: number; o: number; p: string; d: string; value: number; comment: string | null; status: ApprovalStatus; provenance: string }>`
    SELECT v.data_element_id AS e, v.org_unit_id AS o, v.period AS p, v.disaggregation AS d, v.value, v.comment, v.status, v.provenance
    FROM unnest(${cells.map((c) => c.element.id)}::int[], ${cells.map((c) => c.unit.id)}::int[], ${cells.map((c) => c.row.period)}::text[], ${cells.map((c) => c.row.categoryOptionCombo)}::text[]) AS k(e, o, p, d)
    CROSS JOIN LATERAL (
      -- One unique-index lookup per cell: a join would let the planner scan the whole table on every batch.
      SELECT * FROM data_values x WHERE x.data_element_id = k.e AND x.org_unit_id = k.o AND x.period = k.p AND x.disaggregation = k.d FOR UPDATE
    ) v`.execute(db);
  for (const r of rows) map.set(cellKey(r.e, r.o, r.p, r.d), { value: r.value, comment: r.comment, status: r.status, provenance: r.provenance });
  return map;
}

async function writeBatch(
  trx: Kysely<Database>,
  ctx: ServiceContext,
  rows: Pending[],
  stored: Map<string, Stored>,
  gates: Map<string, { status: ApprovalStatus }>,
): Promise<void> {
  if (rows.length === 0) return;
  const userId = ctx.actor?.userId ?? null;
  const provenance = ctx.channel === 'form' ? 'entry' : 'import';
  const periods = rows.map((p) => parsePeriod(p.row.period));
  // Whole columns as array parameters: a few parameters per batch instead of thousands keeps both databases fast.
  await sql`
    INSERT INTO data_values (data_element_id, org_unit_id, period, period_type, period_start, period_end, disaggregation, value, comment, provenance, status, created_by, updated_by)
    SELECT e, o, p, pt, ps, pe, d, v, c, ${provenance}, s, ${userId}::int, ${userId}::int
    FROM unnest(
      ${rows.map((p) => p.element.id)}::int[], ${rows.map((p) => p.unit.id)}::int[], ${periods.map((p) => p.id)}::text[],
      ${periods.map((p) => p.type)}::text[], ${periods.map((p) => p.start)}::date[], ${periods.map((p) => p.end)}::date[],
      ${rows.map((p) => p.row.categoryOptionCombo)}::text[], ${rows.map((p) => p.value)}::float8[], ${rows.map((p) => p.row.comment)}::text[],
      ${rows.map((p) => gates.get(gateKey(p.element.id, p.unit.id, p.row.period))?.status ?? 'draft')}::text[]
    ) AS k(e, o, p, pt, ps, pe, d, v, c, s)
    ON CONFLICT (data_element_id, org_unit_id, period, disaggregation) DO UPDATE SET
      value = excluded.value, comment = excluded.comment, provenance = excluded.provenance,
      status = CASE WHEN data_values.provenance = 'sample' THEN excluded.status ELSE data_values.status END,
      updated_by = excluded.updated_by, updated_at = now(), version = data_values.version + 1`.execute(trx);
  const befores = rows.map((p) => stored.get(p.key));
  await sql`
    INSERT INTO audit_log (user_id, username, action, entity_type, entity_id, before, after, channel, request_id)
    SELECT ${userId}::int, ${ctx.actor?.username ?? null}::text, a, ${DATA_VALUE_ENTITY}, id, b::jsonb, af::jsonb, ${ctx.channel}, ${ctx.requestId}::text
    FROM unnest(
      ${befores.map((b) => (b ? 'update' : 'create'))}::text[], ${rows.map((p) => p.key)}::text[],
      ${befores.map((b) => (b ? JSON.stringify({ value: b.value, comment: b.comment }) : null))}::text[],
      ${rows.map((p) => JSON.stringify({ value: p.value, comment: p.row.comment }))}::text[]
    ) AS k(a, id, b, af)`.execute(trx);
}
