import type { IndicatorAttribute } from '../../api/types.js';
import type { ProgressStatus, ScorecardRow } from './types.js';

export interface ScorecardFilter {
  category: string | null;
  status: ProgressStatus | null;
  attribute: IndicatorAttribute | null;
}

export const NO_FILTER: ScorecardFilter = { category: null, status: null, attribute: null };

/** The rows a reader asked for, in the plan's order; an unset filter lets every row through. */
export function filterRows(rows: readonly ScorecardRow[], filter: ScorecardFilter): ScorecardRow[] {
  return rows.filter(
    (row) =>
      (filter.category === null || row.category === filter.category) &&
      (filter.status === null || row.status === filter.status) &&
      (filter.attribute === null || row.attribute === filter.attribute),
  );
}

/** The categories in the order the plan's table first uses them. */
export function categoriesOf(rows: readonly ScorecardRow[]): string[] {
  return [...new Set(rows.flatMap((row) => (row.category === null ? [] : [row.category])))];
}
