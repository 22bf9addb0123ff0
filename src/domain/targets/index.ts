export { parseTarget } from './parse.js';
export { meetsTarget, meetsTargetOverYears, isYearOnYear, maintainedBound, increaseByThreshold, tolerance, DEFAULT_TOLERANCE_SHARE } from './compare.js';
export type { JudgementContext, YearValue } from './compare.js';
export type { ParsedTarget, TargetContext, TargetRule } from './types.js';
