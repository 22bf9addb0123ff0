import { sql, type Kysely } from 'kysely';
import type { Period } from '../../../domain/periods/period.js';
import type { Database } from '../../db/schema.js';
import type { AggregateRow, AggregationQuery, ElementRules } from './aggregate-rows.js';

/**
 * Whole years from the yearly summaries that triggers keep current (migrations/0003): each query
 * unit's own yearly value, plus the pre-added values of the stored units below it, in the columns
 * of the filter variant the query asks for. A scorecard then reads one or two rows per element,
 * unit and year instead of every value of the district.
 */
export async function aggregateFromSummary(
  db: Kysely<Database>,
  query: AggregationQuery,
  elements: readonly ElementRules[],
  years: readonly Period[],
): Promise<AggregateRow[]> {
  const variant = 1 + (query.approvedOnly ? 1 : 0) + (query.excludeSamples ? 2 : 0);
  const column = (name: string) => sql.ref(`${name}${variant}`);
  // Variants 3 and 4 leave samples out, so none went in.
  const samples = (table: string) => (variant <= 2 ? sql.ref(`${table}.samples${variant}`) : sql`0`);
  const ids = elements.map((e) => e.id);
  // `none` across org units: a unit's own value only.
  const rolledUp = elements.filter((e) => e.aggregation_across !== 'none').map((e) => e.id);
  const units = [...query.orgUnitIds];
  const yearNumbers = [...new Set(years.map((y) => y.year))];
  // One JSON document rather than thousands of rows: on the embedded database, handing over each row
  // costs more than computing it. Numbers come back as numeric text, read as JavaScript reads it.
  const { rows } = await sql<{ result: [number, number, number, string, number, number, number, number][] }>`
    WITH own AS (
      SELECT y.data_element_id, y.org_unit_id, y.disaggregation, y.year, y.${column('value')} AS value, y.${column('n')} AS n, ${samples('y')} AS samples
      FROM data_value_years y
      WHERE y.data_element_id = ANY(${ids}::int[]) AND y.year = ANY(${yearNumbers}::int[]) AND y.org_unit_id = ANY(${units}::int[])
        AND y.${column('value')} IS NOT NULL
    ), below AS (
      SELECT r.data_element_id, r.org_unit_id, r.disaggregation, r.year, r.${column('total')} AS total, r.${column('units')} AS units, r.${column('n')} AS n, ${samples('r')} AS samples
      FROM data_value_rollups r
      WHERE r.data_element_id = ANY(${rolledUp}::int[]) AND r.year = ANY(${yearNumbers}::int[]) AND r.org_unit_id = ANY(${units}::int[])
        AND r.${column('units')} > 0
    )
    SELECT coalesce(json_agg(json_build_array(
      org_unit_id, year, data_element_id, disaggregation,
      coalesce(o.value, 0) + coalesce(b.total, 0), (o.value IS NOT NULL)::int + coalesce(b.units, 0),
      coalesce(o.n, 0) + coalesce(b.n, 0), coalesce(o.samples, 0) + coalesce(b.samples, 0))), '[]') AS result
    FROM own o FULL JOIN below b USING (data_element_id, org_unit_id, disaggregation, year)
  `.execute(db);
  // `none` reads the largest across units, here the unit's own value: the total.
  return rows[0].result.map(([org_unit_id, year, element_id, disaggregation, total, units, n, samples]) => ({
    org_unit_id,
    period: String(year),
    element_id,
    disaggregation,
    total,
    top: total,
    units,
    n,
    samples,
    provenances: null,
    statuses: null,
    sources: null,
  }));
}
