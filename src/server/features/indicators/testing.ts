import type { Kysely } from 'kysely';
import { parsePeriod } from '../../../domain/periods/period.js';
import type { AggregationAcross, AggregationOverTime } from '../../../domain/plan/format.js';
import type { ApprovalStatus, Database, OrgUnitsTable, Provenance } from '../../db/schema.js';
import { periodColumns } from '../data/period-columns.js';

/** Test data written straight to the tables, for the aggregation, scorecard and evaluation tests. */

export interface UnitSpec {
  code: string;
  level: OrgUnitsTable['level'];
  parent?: string;
}

/** Adds org units (parents first) and returns their ids by code. */
export async function addOrgUnits(db: Kysely<Database>, units: UnitSpec[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  const paths = new Map<string, string>();
  for (const u of units) {
    const parentId = u.parent ? ids.get(u.parent) : undefined;
    const path = u.parent ? `${paths.get(u.parent)}${parentId}/` : '/';
    const row = await db
      .insertInto('org_units')
      .values({ code: u.code, name: u.code, level: u.level, depth: path.split('/').length - 1, parent_id: parentId ?? null, path })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.set(u.code, row.id);
    paths.set(u.code, path);
  }
  return ids;
}

export interface ElementSpec {
  code: string;
  name?: string;
  across: AggregationAcross;
  overTime: AggregationOverTime;
  /** The categoryOptionCombo codes the import path accepts for the element. */
  disaggregations?: string[];
}

export async function addDataElements(db: Kysely<Database>, elements: ElementSpec[]): Promise<void> {
  await db
    .insertInto('data_elements')
    .values(
      elements.map((e) => ({ code: e.code, name: e.name ?? e.code, aggregation_across: e.across, aggregation_over_time: e.overTime, disaggregations: JSON.stringify(e.disaggregations ?? []) })),
    )
    .execute();
}

export interface ValueSpec {
  element: string;
  unit: string;
  period: string;
  value: number;
  disaggregation?: string;
  provenance?: Provenance;
  status?: ApprovalStatus;
  source?: object;
}

export async function addDataValues(db: Kysely<Database>, values: ValueSpec[]): Promise<void> {
  const elements = new Map((await db.selectFrom('data_elements').select(['id', 'code']).execute()).map((e) => [e.code, e.id]));
  const units = new Map((await db.selectFrom('org_units').select(['id', 'code']).execute()).map((u) => [u.code, u.id]));
  await db
    .insertInto('data_values')
    .values(
      values.map((v) => ({
        data_element_id: elements.get(v.element)!,
        org_unit_id: units.get(v.unit)!,
        ...periodColumns(parsePeriod(v.period)),
        disaggregation: v.disaggregation ?? '',
        value: v.value,
        provenance: v.provenance ?? 'entry',
        status: v.status ?? 'approved',
        source: v.source ? JSON.stringify(v.source) : null,
      })),
    )
    .execute();
}
