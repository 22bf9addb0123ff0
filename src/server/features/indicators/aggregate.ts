import { sql, type Kysely } from 'kysely';
import { parsePeriod } from '../../../domain/periods/period.js';
import type { ApprovalStatus, Database, Provenance } from '../../db/schema.js';

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
  /**
   * Also collect the provenances, approval statuses and sources of the values used (for indicator
   * pages and snapshots); a scorecard does without, which keeps the aggregation lean.
   */
  detailed?: boolean;
}

/** One data element (one disaggregation of it) aggregated at one org unit for one period. */
export interface AggregatedValue {
  orgUnitId: number;
  period: string;
  element: string;
  /** '' for values stored without a disaggregation. */
  disaggregation: string;
  value: number;
  /** How many stored values went into it, and how many of those are sample values. */
  count: number;
  samples: number;
  /** Distinct provenances, approval statuses and sources of those values; empty unless detailed. */
  provenance: Provenance[];
  status: ApprovalStatus[];
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
  const units = [...query.orgUnitIds];
  const filters = sql.join(
    [query.approvedOnly ? sql`AND dv.status = 'approved'` : sql``, query.excludeSamples ? sql`AND dv.provenance <> 'sample'` : sql``],
    sql` `,
  );
  const detail = query.detailed ? DETAIL : LEAN;
  const result = await sql<AggregateRow>`
    WITH query_periods AS (
      SELECT * FROM unnest(${periods.map((p) => p.id)}::text[], ${periods.map((p) => p.start)}::date[], ${periods.map((p) => p.end)}::date[])
        AS p(period, p_start, p_end)
    ),
    query_units AS (
      SELECT id, path || id || '/' AS prefix FROM org_units WHERE id = ANY(${units}::int[])
    ),
    -- Every unit whose values count: the query units and their subtrees.
    scope AS (
      SELECT DISTINCT s.id, s.path FROM query_units q JOIN org_units s ON s.id = q.id OR s.path LIKE q.prefix || '%'
    ),
    elements AS (
      SELECT id, code, aggregation_across AS across, aggregation_over_time AS over_time
      FROM data_elements WHERE code = ANY(${[...query.elements]}::text[])
    ),
    per_unit AS (
      SELECT v.*, e.code, e.across, qp.period
      FROM elements e CROSS JOIN query_periods qp CROSS JOIN LATERAL (
        SELECT org_unit_id, path, disaggregation, sum(value) AS value, ${detail.group}
        FROM data_values dv JOIN scope ON scope.id = dv.org_unit_id
        WHERE dv.data_element_id = e.id AND dv.period_start BETWEEN qp.p_start AND qp.p_end AND dv.period_end <= qp.p_end
          ${filters}
        GROUP BY org_unit_id, path, disaggregation
      ) v
      WHERE e.over_time = 'sum'
      UNION ALL
      SELECT v.*, e.code, e.across, qp.period
      FROM elements e CROSS JOIN query_periods qp CROSS JOIN LATERAL (
        SELECT org_unit_id, path, disaggregation, sum(value * overlap) / sum(overlap), ${detail.group}
        FROM (
          SELECT dv.*, scope.path, LEAST(dv.period_end, qp.p_end) - GREATEST(dv.period_start, qp.p_start) + 1 AS overlap
          FROM data_values dv JOIN scope ON scope.id = dv.org_unit_id
          -- No stored period is longer than a year, so the search can start a year before the query period.
          WHERE dv.data_element_id = e.id AND dv.period_start BETWEEN qp.p_start - 366 AND qp.p_end AND dv.period_end >= qp.p_start
            ${filters}
        ) AS overlapping
        GROUP BY org_unit_id, path, disaggregation
      ) v
      WHERE e.over_time = 'average'
      UNION ALL
      SELECT v.*, e.code, e.across, qp.period
      FROM elements e CROSS JOIN query_periods qp CROSS JOIN LATERAL (
        SELECT DISTINCT ON (org_unit_id, disaggregation) org_unit_id, path, disaggregation, value, ${detail.row}
        FROM data_values dv JOIN scope ON scope.id = dv.org_unit_id
        WHERE dv.data_element_id = e.id AND dv.period_start BETWEEN qp.p_start AND qp.p_end AND dv.period_end <= qp.p_end
          ${filters}
        ORDER BY org_unit_id, disaggregation, period_end DESC, period_start DESC
      ) v
      WHERE e.over_time = 'last'
    )
    -- Each per-unit result counts for the query units among its ancestors (itself only for "none").
    SELECT a.id AS org_unit_id, p.period, p.code AS element, p.disaggregation,
      CASE p.across WHEN 'sum' THEN sum(p.value) WHEN 'average' THEN avg(p.value) ELSE max(p.value) END AS value,
      ${detail.rollup}
    FROM per_unit p
    CROSS JOIN LATERAL unnest(
      CASE WHEN p.across = 'none' THEN ARRAY[p.org_unit_id] ELSE string_to_array(ltrim(p.path, '/') || p.org_unit_id, '/')::int[] END
    ) AS a(id)
    WHERE a.id = ANY(${units}::int[])
    GROUP BY a.id, p.period, p.code, p.across, p.disaggregation
  `.execute(db);
  return result.rows.map(toAggregatedValue);
}

interface AggregateRow {
  org_unit_id: number;
  period: string;
  element: string;
  disaggregation: string;
  value: number;
  n: number;
  samples: number;
  provenances: Provenance[][] | null;
  statuses: ApprovalStatus[][] | null;
  sources: unknown[][] | null;
}

/** The columns that say what went into a value: per group of values, per single value (last), and rolled up. */
const LEAN = {
  group: sql`count(*) AS n, count(*) FILTER (WHERE provenance = 'sample') AS samples, NULL::text[] AS provenances, NULL::text[] AS statuses, NULL::jsonb AS sources`,
  row: sql`1 AS n, (provenance = 'sample')::int AS samples, NULL::text[] AS provenances, NULL::text[] AS statuses, NULL::jsonb AS sources`,
  rollup: sql`sum(p.n) AS n, sum(p.samples) AS samples, NULL::jsonb AS provenances, NULL::jsonb AS statuses, NULL::jsonb AS sources`,
};
const DETAIL = {
  group: sql`count(*) AS n, count(*) FILTER (WHERE provenance = 'sample') AS samples,
    array_agg(DISTINCT provenance) AS provenances, array_agg(DISTINCT status) AS statuses,
    jsonb_agg(DISTINCT source) FILTER (WHERE source IS NOT NULL) AS sources`,
  row: sql`1 AS n, (provenance = 'sample')::int AS samples, ARRAY[provenance] AS provenances, ARRAY[status] AS statuses,
    CASE WHEN source IS NULL THEN NULL ELSE jsonb_build_array(source) END AS sources`,
  rollup: sql`sum(p.n) AS n, sum(p.samples) AS samples, jsonb_agg(p.provenances) AS provenances, jsonb_agg(p.statuses) AS statuses,
    jsonb_agg(p.sources) FILTER (WHERE p.sources IS NOT NULL) AS sources`,
};

/** The distinct members of nested lists, in order of first appearance. */
function distinct<T>(groups: T[][] | null): T[] {
  const seen = new Map<string, T>();
  for (const group of groups ?? []) for (const item of group) seen.set(JSON.stringify(item), item);
  return [...seen.values()];
}

function toAggregatedValue(row: AggregateRow): AggregatedValue {
  return {
    orgUnitId: row.org_unit_id,
    period: row.period,
    element: row.element,
    disaggregation: row.disaggregation,
    value: Number(row.value),
    count: Number(row.n),
    samples: Number(row.samples),
    provenance: distinct(row.provenances),
    status: distinct(row.statuses),
    sources: distinct(row.sources),
  };
}
