import type { IndicatorView, TargetView } from '../api/types.js';

/**
 * Row spans for the category column: consecutive rows of one category share one cell, as in the
 * printed table. A category that comes back later starts a new cell, so the plan's order is kept;
 * rows without a category keep a cell each.
 */
export function categorySpans(rows: Array<Pick<IndicatorView, 'category'>>): number[] {
  const spans = rows.map(() => 0);
  let start = 0;
  rows.forEach((row, i) => {
    if (i > 0 && (row.category === null || row.category !== rows[start].category)) start = i;
    spans[start] += 1;
  });
  return spans;
}

/** A target set by a higher level (e.g. 北京市目标值) rather than by the plan itself. */
export function higherLevelSource(target: Pick<TargetView, 'source'>): string | null {
  const source = target.source?.trim();
  return source && source !== 'plan' ? source : null;
}
