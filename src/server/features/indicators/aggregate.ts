import type { Kysely } from 'kysely';
import { parsePeriod } from '../../../domain/periods/period.js';
import type { Database } from '../../db/schema.js';
import { toAggregatedValues, type AggregatedValue, type AggregationQuery, type ElementRules } from './aggregate-rows.js';
import { aggregateFromSummary } from './aggregate-summary.js';
import { aggregateFromValues } from './aggregate-values.js';

export type { AggregatedValue, AggregationQuery } from './aggregate-rows.js';

/**
 * Aggregates data values in the database with each element's two rules, for any number of org
 * units and periods.
 *
 * Over time, per stored org unit: `sum` adds the values whose period lies inside the query period;
 * `average` weights every value overlapping the query period by the days of the overlap (a yearly
 * population stands for each of its months); `last` takes the value with the latest period end
 * inside the query period (the shorter period when two end together).
 * Across org units, the per-unit results of the subtree are added (`sum`) or averaged (`average`);
 * `none` keeps only a value stored at the unit itself.
 *
 * Whole years without details come from the yearly summaries (aggregate-summary.ts): a full plan
 * scorecard over a district's millions of values has to answer in a few hundred milliseconds on the
 * embedded database, and reading every value cannot, however well indexed. Shorter periods and
 * detailed queries (which sources, statuses, provenances went in) read the values themselves
 * (aggregate-values.ts). Both add exactly, so the two agree to the last digit whichever is used.
 */
export async function aggregateDataValues(db: Kysely<Database>, query: AggregationQuery): Promise<AggregatedValue[]> {
  if (query.elements.length === 0 || query.orgUnitIds.length === 0 || query.periods.length === 0) return [];
  const elements = await elementRules(db, query.elements);
  if (elements.length === 0) return [];
  const periods = query.periods.map((id) => parsePeriod(id));
  const years = query.detailed ? [] : periods.filter((p) => p.type === 'yearly');
  const others = periods.filter((p) => !years.includes(p));
  const rows = [
    ...(years.length ? await aggregateFromSummary(db, query, elements, years) : []),
    ...(others.length ? await aggregateFromValues(db, query, elements, others) : []),
  ];
  return toAggregatedValues(rows, elements);
}

export async function elementRules(db: Kysely<Database>, codes: readonly string[]): Promise<ElementRules[]> {
  return db.selectFrom('data_elements').select(['id', 'code', 'aggregation_across', 'aggregation_over_time']).where('code', 'in', [...codes]).execute();
}
