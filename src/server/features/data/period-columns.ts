import type { Period } from '../../../domain/periods/period.js';

/**
 * The period columns of a stored data value: the ISO id with its type and first and last days,
 * which the aggregation and the yearly summaries read instead of parsing ids in SQL.
 */
export function periodColumns(period: Period) {
  return { period: period.id, period_type: period.type, period_start: period.start, period_end: period.end };
}
