/** The canonical indicator library and one entry across plans, as the comparison API returns them. */
import type { Direction, IndicatorAttribute } from '../../api/types.js';

export interface CanonicalEntry {
  code: string;
  name: string;
  nameEn: string | null;
  unit: string | null;
  direction: Direction | null;
  plans: number;
  indicators: number;
}

export interface ComparisonItem {
  plan: { code: string; title: string; periodStart: number; periodEnd: number };
  region: { code: string; name: string };
  indicator: { code: string; name: string; unit: string | null; attribute: IndicatorAttribute | null };
  baselines: Array<{ year: number; value: number | null; text: string | null; note: string | null }>;
  targets: Array<{ text: string; comparator: string; value: number | null; year: number; source: string | null }>;
  latest: { year: number; roundedValue: number | null } | null;
}

export interface Comparison {
  canonical: { code: string; name: string; nameEn: string | null; unit: string | null; direction: Direction | null; definition: string | null };
  items: ComparisonItem[];
}
