import type { AggregationAcross, AggregationOverTime, Direction, PopulationBasis } from '../plan/format.js';

export const CANONICAL_FORMAT_VERSION = 'healthplan.canonical/1';

/** A data element of the global vocabulary, the same in every plan (POP_RESIDENT, BEDS …). */
export interface CanonicalDataElement {
  code: string;
  name: string;
  nameEn: string;
  unit: string | null;
  aggregationAcross: AggregationAcross;
  aggregationOverTime: AggregationOverTime;
  valueType?: 'number' | 'integer' | 'percentage';
  description?: string;
}

/**
 * An indicator as health statistics define it, independent of any plan; plan indicators
 * link to it (IndicatorDef.canonical) so that the same indicator can be compared across plans.
 */
export interface CanonicalIndicator {
  code: string;
  name: string;
  nameEn: string;
  /** The other names the indicator goes by in plan documents. */
  aliases: string[];
  category: string;
  unit: string | null;
  factor: 1 | 100 | 1000 | 10000 | 100000;
  direction: Direction;
  /** Over the library's data elements; a directly measured indicator uses the element bearing its own code. */
  numerator: string;
  denominator: string | null;
  populationBasis?: PopulationBasis;
  definition: string;
  definitionEn: string;
}

/** The library as shipped in content/canonical/indicators.json. */
export interface CanonicalLibrary {
  format: typeof CANONICAL_FORMAT_VERSION;
  description?: string;
  dataElements: CanonicalDataElement[];
  indicators: CanonicalIndicator[];
}
