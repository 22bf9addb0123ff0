import { sql, type Kysely } from 'kysely';
import { disaggregationProblem } from '../../../domain/data/disaggregation.js';
import type { CellName, ElementRules } from '../../../domain/data/value.js';
import { isWindowOpen } from '../../../domain/data/window.js';
import { parsePeriod, PeriodError, type Period } from '../../../domain/periods/period.js';
import type { ApprovalStatus, Database } from '../../db/schema.js';
import { AppError } from '../../errors.js';

/** The identity of a cell as the audit trail names it: ids, so that it survives a renamed code. */
export function cellKey(elementId: number, orgUnitId: number, period: string, disaggregation: string): string {
  return `${elementId}:${orgUnitId}:${period}:${disaggregation}`;
}

export const DATA_VALUE_ENTITY = 'data_value';

export interface ElementRow extends ElementRules {
  id: number;
  name: string;
  unit: string | null;
  /** The categoryOptionCombo codes the element is collected by; none for a plain total. */
  disaggregations: string[];
}

export interface OrgUnitRow {
  id: number;
  code: string;
  name: string;
  path: string;
}

/** The path of an org unit including itself, the form scope checks compare against. */
export function ownPath(unit: { id: number; path: string }): string {
  return `${unit.path}${unit.id}/`;
}

export async function elementsByCode(db: Kysely<Database>, codes: string[]): Promise<Map<string, ElementRow>> {
  const map = new Map<string, ElementRow>();
  if (codes.length === 0) return map;
  const rows = await db
    .selectFrom('data_elements')
    .select(['id', 'code', 'name', 'unit', 'value_type', 'min_value', 'max_value', 'disaggregations'])
    .where('code', 'in', [...new Set(codes)])
    .execute();
  for (const r of rows) {
    map.set(r.code, { id: r.id, code: r.code, name: r.name, unit: r.unit, valueType: r.value_type, min: r.min_value, max: r.max_value, disaggregations: r.disaggregations });
  }
  return map;
}

export async function orgUnitsByCode(db: Kysely<Database>, codes: string[]): Promise<Map<string, OrgUnitRow>> {
  const map = new Map<string, OrgUnitRow>();
  if (codes.length === 0) return map;
  const rows = await db.selectFrom('org_units').select(['id', 'code', 'name', 'path']).where('code', 'in', [...new Set(codes)]).execute();
  for (const r of rows) map.set(r.code, r);
  return map;
}

export async function requireElement(db: Kysely<Database>, code: string, field = 'dataElement'): Promise<ElementRow> {
  const element = (await elementsByCode(db, [code])).get(code);
  if (!element) {
    throw new AppError('VALIDATION_FAILED', { zh: `数据项 ${code} 不存在`, en: `The data element ${code} does not exist` }, { field });
  }
  return element;
}

export async function requireOrgUnit(db: Kysely<Database>, code: string, field = 'orgUnit'): Promise<OrgUnitRow> {
  const unit = (await orgUnitsByCode(db, [code])).get(code);
  if (!unit) {
    throw new AppError('VALIDATION_FAILED', { zh: `组织机构 ${code} 不存在`, en: `The org unit ${code} does not exist` }, { field });
  }
  return unit;
}

/** Refuses a value whose disaggregation its element does not declare, as form entry meets it. */
export function requireDisaggregation(element: ElementRow, disaggregation: string, cell: CellName): void {
  const problem = disaggregationProblem(element, disaggregation, cell);
  if (problem) {
    throw new AppError('UNKNOWN_DISAGGREGATION', problem, { field: 'disaggregation', cell, allowed: element.disaggregations });
  }
}

export function requirePeriod(id: string, field = 'period'): Period {
  try {
    return parsePeriod(id);
  } catch (err) {
    if (err instanceof PeriodError) {
      throw new AppError(
        'VALIDATION_FAILED',
        { zh: `期间“${id}”无效，应为 2024、2024S1、2024Q3 或 202403 的形式`, en: `The period "${id}" is not valid; expected 2024, 2024S1, 2024Q3 or 202403` },
        { field },
      );
    }
    throw err;
  }
}

/** What the data sets that collect a cell say about writing it now. */
export interface CellGate {
  /** Some data set collects the cell (element, org unit, period type). */
  governed: boolean;
  /** At least one of those data sets is open today. */
  open: boolean;
  /** One of them has been approved for the org unit and period. */
  approved: boolean;
  /** Status a new value takes: the furthest status of a governing submission below approval. */
  status: ApprovalStatus;
}

/**
 * An approved value cannot be changed until an approver reopens it; a sample value, though stored
 * as approved, only stands in for data nobody has entered yet, and entry or import replaces it.
 */
export function isLocked(value: { status: string; provenance: string }): boolean {
  return value.status === 'approved' && value.provenance !== 'sample';
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The key of a cell's gate in the map `cellGates` returns (gates do not depend on the disaggregation). */
export function gateKey(elementId: number, orgUnitId: number, period: string): string {
  return `${elementId}:${orgUnitId}:${period}`;
}

/**
 * The gates of many cells at once, keyed by `gateKey`: the data sets that list the
 * element, report for the org unit and have the period's type, and their submissions.
 */
export async function cellGates(
  db: Kysely<Database>,
  cells: Array<{ elementId: number; orgUnitId: number; period: string }>,
): Promise<Map<string, CellGate>> {
  const gates = new Map<string, CellGate>();
  if (cells.length === 0) return gates;
  const pairs = [...new Map(cells.map((c) => [`${c.elementId}:${c.orgUnitId}`, c])).values()];
  const elementIds = pairs.map((p) => p.elementId);
  const unitIds = pairs.map((p) => p.orgUnitId);
  const { rows: sets } = await sql<{ element: number; unit: number; id: number; period_type: string; open_from: string | null; open_until: string | null }>`
    SELECT k.e AS element, k.o AS unit, ds.id, ds.period_type, ds.open_from, ds.open_until
    FROM unnest(${elementIds}::int[], ${unitIds}::int[]) AS k(e, o)
    JOIN data_set_elements dse ON dse.data_element_id = k.e
    JOIN data_set_org_units dso ON dso.data_set_id = dse.data_set_id AND dso.org_unit_id = k.o
    JOIN data_sets ds ON ds.id = dse.data_set_id`.execute(db);
  const setIds = [...new Set(sets.map((s) => s.id))];
  const periods = [...new Set(cells.map((c) => c.period))];
  const units = [...new Set(cells.map((c) => c.orgUnitId))];
  const submissions =
    setIds.length === 0
      ? []
      : await db
          .selectFrom('data_set_submissions')
          .select(['data_set_id', 'org_unit_id', 'period', 'status'])
          .where('data_set_id', 'in', setIds)
          .where('org_unit_id', 'in', units)
          .where('period', 'in', periods)
          .where('status', '!=', 'draft')
          .execute();
  const statusOf = new Map(submissions.map((s) => [`${s.data_set_id}:${s.org_unit_id}:${s.period}`, s.status]));
  // Sets grouped by element and unit, so a batch of cells looks its sets up instead of scanning them all per cell.
  const setsOf = new Map<string, typeof sets>();
  for (const s of sets) {
    const key = `${s.element}:${s.unit}`;
    setsOf.set(key, [...(setsOf.get(key) ?? []), s]);
  }
  const now = today();
  for (const c of cells) {
    const type = parsePeriod(c.period).type;
    const governing = (setsOf.get(`${c.elementId}:${c.orgUnitId}`) ?? []).filter((s) => s.period_type === type);
    const statuses = governing.map((s) => statusOf.get(`${s.id}:${c.orgUnitId}:${c.period}`) ?? 'draft');
    gates.set(gateKey(c.elementId, c.orgUnitId, c.period), {
      governed: governing.length > 0,
      open: governing.some((s) => isWindowOpen({ openFrom: s.open_from, openUntil: s.open_until }, now)),
      approved: statuses.includes('approved'),
      status: statuses.includes('submitted') ? 'submitted' : 'draft',
    });
  }
  return gates;
}
