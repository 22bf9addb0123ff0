import { sql, type Kysely, type RawBuilder } from 'kysely';
import { parsePeriod } from '../../../domain/periods/period.js';
import type { ApprovalStatus, Database, Provenance } from '../../db/schema.js';

export const PROVENANCES: readonly Provenance[] = ['entry', 'import', 'document', 'published', 'sample'];
export const APPROVAL_STATUSES: readonly ApprovalStatus[] = ['draft', 'submitted', 'approved'];

export interface AggregationQuery {
  /** Data element codes; every disaggregation of each comes back, plus nothing for codes that do not exist. */
  elements: readonly string[];
  /** Org units to aggregate at; each one covers its whole subtree. */
  orgUnitIds: readonly number[];
  /** ISO period ids: 2024, 2024S1, 2024Q3, 202403. */
  periods: readonly string[];
  /** Only approved values (what published evaluations are computed from). */
  approvedOnly?: boolean;
  /** Leave out values whose provenance is 'sample'. */
  excludeSamples?: boolean;
  /** Collect the distinct `source` of the values used (for provenance pages and snapshots). */
  withSources?: boolean;
}

/** One data element (one disaggregation of it) aggregated at one org unit for one period. */
export interface AggregatedValue {
  orgUnitId: number;
  period: string;
  element: string;
  /** '' for values stored without a disaggregation. */
  disaggregation: string;
  value: number;
  /** How many stored values went into it, by provenance and by approval status. */
  count: number;
  provenance: Partial<Record<Provenance, number>>;
  status: Partial<Record<ApprovalStatus, number>>;
  /** Distinct sources of those values; empty unless asked for. */
  sources: unknown[];
}

/**
 * Aggregates data values in the database with each element's two rules, in one statement for any
 * number of org units and periods.
 *
 * Over time, per stored org unit: `sum` adds the values whose period lies inside the query period;
 * `average` weights every value overlapping the query period by the days of the overlap (a yearly
 * population stands for each of its months); `last` takes the value with the latest period end
 * inside the query period (the shorter period when two end together).
 * Across org units, the per-unit results of the subtree are added (`sum`) or averaged (`average`);
 * `none` keeps only a value stored at the unit itself.
 *
 * Time is aggregated once per stored unit and only the small per-unit results are rolled up to
 * every query unit whose subtree holds them, so a district and its streets cost one scan.
 */
export async function aggregateDataValues(db: Kysely<Database>, query: AggregationQuery): Promise<AggregatedValue[]> {
  if (query.elements.length === 0 || query.orgUnitIds.length === 0 || query.periods.length === 0) return [];
  const periods = query.periods.map((id) => parsePeriod(id));
  const filters = [
    query.approvedOnly ? sql`AND dv.status = 'approved'` : sql``,
    query.excludeSamples ? sql`AND dv.provenance <> 'sample'` : sql``,
  ];
  const groupSources = query.withSources ? sql`jsonb_agg(DISTINCT source) FILTER (WHERE source IS NOT NULL)` : sql`NULL::jsonb`;
  const rowSources = query.withSources ? sql`CASE WHEN source IS NULL THEN NULL ELSE jsonb_build_array(source) END` : sql`NULL::jsonb`;
  const result = await sql<AggregateRow>`
    WITH query_periods AS (
      SELECT * FROM unnest(${periods.map((p) => p.id)}::text[], ${periods.map((p) => p.start)}::date[], ${periods.map((p) => p.end)}::date[])
        AS p(period, p_start, p_end)
    ),
    query_units AS (
      SELECT id, path || id || '/' AS prefix FROM org_units WHERE id = ANY(${[...query.orgUnitIds]}::int[])
    ),
    unit_map AS (
      SELECT id AS query_unit, id AS source_unit FROM query_units
      UNION ALL
      SELECT q.id, s.id FROM query_units q JOIN org_units s ON s.path LIKE q.prefix || '%'
    ),
    elements AS (
      SELECT id, code, aggregation_across AS across, aggregation_over_time AS over_time
      FROM data_elements WHERE code = ANY(${[...query.elements]}::text[])
    ),
    matched AS NOT MATERIALIZED (
      SELECT dv.org_unit_id, qp.period, dv.data_element_id AS element_id, e.over_time, dv.disaggregation, dv.value,
        dv.period_start, dv.period_end, dv.provenance, dv.status, dv.source,
        LEAST(dv.period_end, qp.p_end) - GREATEST(dv.period_start, qp.p_start) + 1 AS overlap
      FROM elements e
      JOIN data_values dv ON dv.data_element_id = e.id
      JOIN query_periods qp ON dv.period_start <= qp.p_end AND dv.period_end >= qp.p_start
      WHERE dv.org_unit_id IN (SELECT source_unit FROM unit_map)
        AND (e.over_time = 'average' OR (dv.period_start >= qp.p_start AND dv.period_end <= qp.p_end))
        ${filters[0]} ${filters[1]}
    ),
    per_unit AS (
      SELECT org_unit_id, period, element_id, disaggregation, sum(value) AS value, ${groupCounts()}, ${groupSources} AS sources
      FROM matched WHERE over_time = 'sum'
      GROUP BY org_unit_id, period, element_id, disaggregation
      UNION ALL
      SELECT org_unit_id, period, element_id, disaggregation, sum(value * overlap) / sum(overlap), ${groupCounts()}, ${groupSources}
      FROM matched WHERE over_time = 'average'
      GROUP BY org_unit_id, period, element_id, disaggregation
      UNION ALL
      SELECT * FROM (
        SELECT DISTINCT ON (org_unit_id, period, element_id, disaggregation)
          org_unit_id, period, element_id, disaggregation, value, ${rowCounts()}, ${rowSources}
        FROM matched WHERE over_time = 'last'
        ORDER BY org_unit_id, period, element_id, disaggregation, period_end DESC, period_start DESC
      ) AS latest
    )
    SELECT m.query_unit AS org_unit_id, p.period, e.code AS element, p.disaggregation,
      CASE e.across WHEN 'sum' THEN sum(p.value) WHEN 'average' THEN avg(p.value) ELSE max(p.value) END AS value,
      ${sumCounts()},
      jsonb_agg(p.sources) FILTER (WHERE p.sources IS NOT NULL) AS sources
    FROM per_unit p
    JOIN elements e ON e.id = p.element_id
    JOIN unit_map m ON m.source_unit = p.org_unit_id AND (e.across <> 'none' OR m.query_unit = m.source_unit)
    GROUP BY m.query_unit, p.period, e.code, e.across, p.disaggregation
  `.execute(db);
  return result.rows.map(toAggregatedValue);
}

type AggregateRow = {
  org_unit_id: number;
  period: string;
  element: string;
  disaggregation: string;
  value: number;
  n: number;
  sources: unknown[][] | null;
} & Record<`p_${Provenance}` | `s_${ApprovalStatus}`, number>;

/** Count columns: all values, then one per provenance and per approval status. */
const COUNTED: { column: string; condition: RawBuilder<unknown> }[] = [
  ...PROVENANCES.map((p) => ({ column: `p_${p}`, condition: sql`provenance = ${sql.lit(p)}` })),
  ...APPROVAL_STATUSES.map((s) => ({ column: `s_${s}`, condition: sql`status = ${sql.lit(s)}` })),
];

function groupCounts(): RawBuilder<unknown> {
  return sql.join([sql`count(*) AS n`, ...COUNTED.map((c) => sql`count(*) FILTER (WHERE ${c.condition}) AS ${sql.ref(c.column)}`)]);
}

function rowCounts(): RawBuilder<unknown> {
  return sql.join([sql`1 AS n`, ...COUNTED.map((c) => sql`(${c.condition})::int AS ${sql.ref(c.column)}`)]);
}

function sumCounts(): RawBuilder<unknown> {
  return sql.join(['n', ...COUNTED.map((c) => c.column)].map((column) => sql`sum(p.${sql.ref(column)}) AS ${sql.ref(column)}`));
}

function toAggregatedValue(row: AggregateRow): AggregatedValue {
  const provenance: Partial<Record<Provenance, number>> = {};
  for (const p of PROVENANCES) if (Number(row[`p_${p}`]) > 0) provenance[p] = Number(row[`p_${p}`]);
  const status: Partial<Record<ApprovalStatus, number>> = {};
  for (const s of APPROVAL_STATUSES) if (Number(row[`s_${s}`]) > 0) status[s] = Number(row[`s_${s}`]);
  const sources = new Map<string, unknown>();
  for (const group of row.sources ?? []) for (const source of group) sources.set(JSON.stringify(source), source);
  return {
    orgUnitId: row.org_unit_id,
    period: row.period,
    element: row.element,
    disaggregation: row.disaggregation,
    value: Number(row.value),
    count: Number(row.n),
    provenance,
    status,
    sources: [...sources.values()],
  };
}
