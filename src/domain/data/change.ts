/**
 * Year-on-year change check: a value that moved by more than `maxRatio` of the previous year's
 * value (0.5 = ±50 %) is flagged for a person to confirm; it is not refused, real changes happen.
 */
export function relativeChange(previous: number, current: number): number | null {
  if (previous === 0) return current === 0 ? 0 : null;
  return (current - previous) / Math.abs(previous);
}

export function isOutlyingChange(previous: number, current: number, maxRatio: number): boolean {
  const change = relativeChange(previous, current);
  return change === null ? current !== 0 : Math.abs(change) > maxRatio;
}
