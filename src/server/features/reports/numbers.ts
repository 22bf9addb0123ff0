/** A number as people write it in a report: no float noise, no trailing zeros. */
export function formatNumber(value: number): string {
  return String(Number(value.toPrecision(12)));
}
