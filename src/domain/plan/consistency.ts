import type { CanonicalLibrary } from '../canonical/library.js';
import { dataValueConflicts, figureConflicts } from './consistency/conflicts.js';
import { PlanFigures } from './consistency/figures.js';
import type { Finding } from './consistency/finding.js';
import { impliedDenominatorConflicts, rateMismatches } from './consistency/rates.js';
import { disaggregationSums, subRowSums } from './consistency/sums.js';
import { definitionFactorMismatches, factorsWithoutDenominator } from './consistency/factors.js';
import { targetsMetAtBaseline, targetYearsOutsidePeriod } from './consistency/targets.js';
import type { PlanDocument } from './format.js';

export type { Finding, Severity } from './consistency/finding.js';

export interface ConsistencyOptions {
  /**
   * The canonical library. With it, rows that link to the same canonical indicator are
   * compared with each other, and rows without a formula of their own are checked with the
   * canonical formula (基层诊疗人次占总诊疗人次比例 = 基层诊疗人次 ÷ 总诊疗人次).
   */
  library?: CanonicalLibrary;
}

/**
 * The contradictions in a plan's own figures: rates that do not match their numerator and
 * denominator or each other, sub-rows that do not add up, one figure stated twice with
 * different values, targets already met at the baseline or due outside the plan period,
 * multipliers that contradict the definition or apply to a value measured directly.
 * Expects a valid plan document (see validatePlanDocument).
 */
export function checkPlanConsistency(plan: PlanDocument, options: ConsistencyOptions = {}): Finding[] {
  const figures = new PlanFigures(plan, options.library);
  return [
    ...rateMismatches(figures),
    ...impliedDenominatorConflicts(figures),
    ...subRowSums(figures),
    ...disaggregationSums(figures),
    ...figureConflicts(figures),
    ...dataValueConflicts(figures),
    ...targetsMetAtBaseline(figures),
    ...targetYearsOutsidePeriod(figures),
    ...factorsWithoutDenominator(figures),
    ...definitionFactorMismatches(figures),
  ];
}
