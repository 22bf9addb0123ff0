import type { YearValue } from '../targets/index.js';

/**
 * The ordinary least-squares line through yearly values, evaluated at `year`; null with fewer
 * than two distinct years, where no line is determined.
 */
export function projectLinear(points: YearValue[], year: number): number | null {
  if (new Set(points.map((p) => p.year)).size < 2) return null;
  const n = points.length;
  const meanYear = points.reduce((s, p) => s + p.year, 0) / n;
  const meanValue = points.reduce((s, p) => s + p.value, 0) / n;
  let covariance = 0;
  let variance = 0;
  for (const p of points) {
    covariance += (p.year - meanYear) * (p.value - meanValue);
    variance += (p.year - meanYear) ** 2;
  }
  return meanValue + (covariance / variance) * (year - meanYear);
}
