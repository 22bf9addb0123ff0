import type { Kysely } from 'kysely';
import { parsePeriod } from '../../../domain/periods/period.js';
import type { Database, Provenance } from '../../db/schema.js';
import { periodColumns } from '../data/period-columns.js';

export interface ContentValue {
  elementId: number;
  orgUnitId: number;
  period: string;
  value: number;
  disaggregation?: string | null;
  comment: string | null;
  source: unknown;
}

/**
 * Writes values that come with content (plan documents, published statistics, samples) as approved values of one
 * provenance. A cell that holds a value of another provenance is left as it is; a cell of the same
 * provenance is updated when `update` is set. Returns how many rows were written.
 */
export async function writeContentValues(db: Kysely<Database>, provenance: Provenance, values: ContentValue[], { update }: { update: boolean }): Promise<number> {
  const rows = values.map((v) => ({
    data_element_id: v.elementId,
    org_unit_id: v.orgUnitId,
    ...periodColumns(parsePeriod(v.period)),
    disaggregation: v.disaggregation ?? '',
    value: v.value,
    comment: v.comment,
    provenance,
    source: JSON.stringify(v.source),
    status: 'approved' as const,
  }));
  let written = 0;
  for (let i = 0; i < rows.length; i += 500) {
    const result = await db
      .insertInto('data_values')
      .values(rows.slice(i, i + 500))
      .onConflict((oc) => {
        const cell = oc.columns(['data_element_id', 'org_unit_id', 'period', 'disaggregation']);
        return update
          ? cell
              .doUpdateSet((eb) => ({ value: eb.ref('excluded.value'), source: eb.ref('excluded.source'), comment: eb.ref('excluded.comment') }))
              .where('data_values.provenance', '=', provenance)
          : cell.doNothing();
      })
      .returning('id')
      .execute();
    written += result.length;
  }
  return written;
}

/** Ids of rows by their codes, in batches (a plan names thousands of codes at most). */
export async function idsByCode(db: Kysely<Database>, table: 'org_units' | 'data_elements' | 'departments', codes: string[]): Promise<Map<string, number>> {
  const unique = [...new Set(codes)];
  const map = new Map<string, number>();
  for (let i = 0; i < unique.length; i += 1000) {
    const rows = await db.selectFrom(table).select(['id', 'code']).where('code', 'in', unique.slice(i, i + 1000)).execute();
    for (const r of rows) map.set(r.code, r.id);
  }
  return map;
}
