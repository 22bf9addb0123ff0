import { parsePeriod, periodId, type Period } from './period.js';

/**
 * The periods from `from` to `to`, both included, of one type: periodRange('2023Q3', '2024Q2') →
 * 2023Q3, 2023Q4, 2024Q1, 2024Q2. Null when the two are of different types or `to` comes first.
 */
export function periodRange(from: string, to: string): string[] | null {
  const a = parsePeriod(from);
  const b = parsePeriod(to);
  if (a.type !== b.type) return null;
  const ordinal = (p: Period) => p.year * perYear(p) + (p.index - 1);
  const count = ordinal(b) - ordinal(a) + 1;
  if (count < 1) return null;
  return Array.from({ length: count }, (_, i) => {
    const n = ordinal(a) + i;
    return periodId(a.type, Math.floor(n / perYear(a)), (n % perYear(a)) + 1);
  });
}

function perYear(p: Period): number {
  return 12 / p.months;
}
