export { evaluateProgress } from './evaluate.js';
export { readProgressInput, ProgressInputError } from './input.js';
export { projectLinear } from './projection.js';
export { explainProgress, RULE_TEXTS, STATUS_LABELS } from './rules.js';
export { cagr, classifyRatio, DEFAULT_THRESHOLDS, RATIO_DECIMALS } from './trajectory.js';
export type * from './types.js';
