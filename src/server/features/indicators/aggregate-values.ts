import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Period } from '../../../domain/periods/period.js';
import type { Database } from '../../db/schema.js';
import type { AggregateRow, AggregationQuery, ElementRules } from './aggregate-rows.js';
import { containingPeriod, enclosingPeriods } from './period-keys.js';

/**
 * The aggregation straight from the stored values, for any periods and with the details of what
 * went in. Each rule over time is one index range scan over all its elements and the whole time
 * span, with values matched to periods by hashed equality (period-keys.ts). Time is aggregated once
 * per stored unit, and only these per-unit results are rolled up to every query unit whose subtree
 * holds them, so a district and its streets cost one scan. Values are added as numeric, exactly, as
 * the yearly summaries are: both paths give the same number to the last digit.
 */
export async function aggregateFromValues(
  db: Kysely<Database>,
  query: AggregationQuery,
  elements: readonly ElementRules[],
  periods: readonly Period[],
): Promise<AggregateRow[]> {
  const rollup = await rollupPairs(db, query.orgUnitIds);
  if (rollup.length === 0) return [];

  const first = periods.reduce((a, p) => (p.start < a ? p.start : a), periods[0].start);
  const last = periods.reduce((a, p) => (p.end > a ? p.end : a), periods[0].end);
  const enclosing = periods.flatMap((p) => enclosingPeriods(p).map((id) => ({ id, period: p.id, days: p.days })));
  const idsOf = (rule: string) => elements.filter((e) => e.aggregation_over_time === rule).map((e) => e.id);
  // Constant arrays, seen by the planner: elements and stored units are checked inside the index scan.
  const where = (rule: string, from: RawBuilder<unknown>) => sql`
    dv.data_element_id = ANY(${idsOf(rule)}::int[]) AND dv.period_start BETWEEN ${from} AND ${last}::date
    AND dv.org_unit_id = ANY(${[...new Set(rollup.map((r) => r.source))]}::int[])
    ${query.approvedOnly ? sql`AND dv.status = 'approved'` : sql``} ${query.excludeSamples ? sql`AND dv.provenance <> 'sample'` : sql``}`;
  const { join, key } = containingPeriod(periods);
  const detail = query.detailed ? DETAIL : LEAN;
  const noneIds = elements.filter((e) => e.aggregation_across === 'none').map((e) => e.id);

  const statement = sql<AggregateRow>`
    WITH per_unit AS (
      SELECT dv.data_element_id AS element_id, ${key} AS period, dv.org_unit_id, dv.disaggregation, sum(dv.value::numeric) AS value, ${detail.group}
      FROM data_values dv ${join}
      WHERE ${where('sum', sql`${first}::date`)}
      GROUP BY 1, 2, 3, 4
      UNION ALL
      SELECT data_element_id, period, org_unit_id, disaggregation, sum(value::numeric * days) / sum(days), ${detail.group}
      FROM (
        SELECT dv.data_element_id, dv.org_unit_id, dv.disaggregation, dv.value, dv.provenance, dv.status, dv.source,
          ${key} AS period, dv.period_end - dv.period_start + 1 AS days
        FROM data_values dv ${join}
        WHERE ${where('average', sql`${first}::date`)}
        UNION ALL
        -- A longer value stands for every day of a query period inside it.
        SELECT dv.data_element_id, dv.org_unit_id, dv.disaggregation, dv.value, dv.provenance, dv.status, dv.source, e.period, e.days
        FROM data_values dv
        JOIN unnest(${enclosing.map((e) => e.id)}::text[], ${enclosing.map((e) => e.period)}::text[], ${enclosing.map((e) => e.days)}::int[])
          AS e(enclosing, period, days) ON e.enclosing = dv.period
        WHERE ${where('average', sql`${first}::date - 366`)}
      ) AS overlapping
      GROUP BY 1, 2, 3, 4
      UNION ALL
      ${detail.latest(key, join, where('last', sql`${first}::date`))}
    )
    SELECT r.target AS org_unit_id, p.period, p.element_id, p.disaggregation,
      sum(p.value) AS total, max(p.value) AS top, count(*) AS units, ${detail.rollup}
    FROM per_unit p
    JOIN unnest(${rollup.map((r) => r.source)}::int[], ${rollup.map((r) => r.target)}::int[]) AS r(source, target)
      ON r.source = p.org_unit_id AND (r.target = r.source OR p.element_id <> ALL(${noneIds}::int[]))
    WHERE p.period = ANY(${periods.map((x) => x.id)}::text[])
    GROUP BY r.target, p.period, p.element_id, p.disaggregation
  `;
  const result = await withSettings(db, STATEMENT_SETTINGS, (trx) => statement.execute(trx));
  return result.rows;
}

/**
 * Planner settings for the aggregation: enough memory to hash a district's values without spilling
 * to disk; hashing rather than sorting, which the planner, misjudging how many values match the
 * unit and period conditions, otherwise prefers; no JIT compilation, which costs more than it saves
 * on a statement of a few hundred milliseconds.
 */
const STATEMENT_SETTINGS: Record<string, string> = { work_mem: '32MB', enable_sort: 'off', jit: 'off' };

/**
 * Runs `work` with settings local to a transaction (the caller's, or one of its own), and gives
 * the caller's transaction its settings back afterwards.
 */
async function withSettings<T>(db: Kysely<Database>, settings: Record<string, string>, work: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  const names = Object.keys(settings);
  const apply = (values: Record<string, string>) =>
    sql`SELECT ${sql.join(names.map((name) => sql`set_config(${name}, ${values[name]}, true)`))}`;
  const run = async (trx: Kysely<Database>) => {
    const previous = (await sql<Record<string, string>>`SELECT ${sql.join(names.map((name) => sql`current_setting(${name}) AS ${sql.ref(name)}`))}`.execute(trx)).rows[0];
    await apply(settings).execute(trx);
    const result = await work(trx);
    await apply(previous).execute(trx);
    return result;
  };
  return db.isTransaction ? run(db) : db.transaction().execute(run);
}

/** Each stored unit in the subtrees of the query units, with each query unit it counts for (itself included). */
async function rollupPairs(db: Kysely<Database>, orgUnitIds: readonly number[]): Promise<{ source: number; target: number }[]> {
  const result = await sql<{ source: number; target: number }>`
    SELECT s.id AS source, q.id AS target
    FROM org_units q JOIN org_units s ON s.id = q.id OR s.path LIKE q.path || q.id || '/%'
    WHERE q.id = ANY(${[...orgUnitIds]}::int[])
  `.execute(db);
  return result.rows;
}

type Clause = RawBuilder<unknown>;

/**
 * The columns that say what went into a value (per group of values, rolled up), and the `last`
 * rule. Lean: the latest value of each group by a hashed max() over (end, start, value, sample);
 * detailed: the latest row itself, to report its provenance, status and source.
 */
const LEAN = {
  group: sql`count(*) AS n, count(*) FILTER (WHERE provenance = 'sample') AS samples, NULL::text[] AS provenances, NULL::text[] AS statuses, NULL::jsonb AS sources`,
  rollup: sql`sum(p.n) AS n, sum(p.samples) AS samples, NULL::jsonb AS provenances, NULL::jsonb AS statuses, NULL::jsonb AS sources`,
  latest: (key: Clause, join: Clause, where: Clause) => sql`
    SELECT element_id, period, org_unit_id, disaggregation, latest[3]::numeric, 1, latest[4]::int, NULL::text[], NULL::text[], NULL::jsonb
    FROM (
      SELECT dv.data_element_id AS element_id, ${key} AS period, dv.org_unit_id, dv.disaggregation,
        max(ARRAY[(dv.period_end - DATE '2000-01-01')::float8, (dv.period_start - DATE '2000-01-01')::float8, dv.value, (dv.provenance = 'sample')::int::float8]) AS latest
      FROM data_values dv ${join}
      WHERE ${where}
      GROUP BY 1, 2, 3, 4
    ) AS latest`,
};
const DETAIL = {
  group: sql`count(*) AS n, count(*) FILTER (WHERE provenance = 'sample') AS samples,
    array_agg(DISTINCT provenance) AS provenances, array_agg(DISTINCT status) AS statuses,
    jsonb_agg(DISTINCT source) FILTER (WHERE source IS NOT NULL) AS sources`,
  rollup: sql`sum(p.n) AS n, sum(p.samples) AS samples, jsonb_agg(p.provenances) AS provenances, jsonb_agg(p.statuses) AS statuses,
    jsonb_agg(p.sources) FILTER (WHERE p.sources IS NOT NULL) AS sources`,
  latest: (key: Clause, join: Clause, where: Clause) => sql`
    SELECT * FROM (
      SELECT DISTINCT ON (dv.data_element_id, ${key}, dv.org_unit_id, dv.disaggregation)
        dv.data_element_id, ${key} AS period, dv.org_unit_id, dv.disaggregation, dv.value::numeric, 1, (dv.provenance = 'sample')::int,
        ARRAY[dv.provenance], ARRAY[dv.status], CASE WHEN dv.source IS NULL THEN NULL ELSE jsonb_build_array(dv.source) END
      FROM data_values dv ${join}
      WHERE ${where}
      ORDER BY dv.data_element_id, ${key}, dv.org_unit_id, dv.disaggregation, dv.period_end DESC, dv.period_start DESC
    ) AS latest`,
};
