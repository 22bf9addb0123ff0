import { collectItems, evaluate, parse, type Expression } from '../expressions/index.js';

export type RuleOperator = '==' | '!=' | '<' | '<=' | '>' | '>=';

/** A validation rule between data elements: left side, operator, right side, each side an expression. */
export interface ValidationRule {
  code: string;
  name: string;
  leftSide: string;
  operator: RuleOperator;
  rightSide: string;
}

export interface CompiledRule {
  rule: ValidationRule;
  left: Expression;
  right: Expression;
  /** Data element codes either side reads. */
  dataElements: string[];
}

/** Parses both sides once; throws ExpressionSyntaxError naming the side's text. */
export function compileRule(rule: ValidationRule): CompiledRule {
  const left = parse(rule.leftSide);
  const right = parse(rule.rightSide);
  const dataElements = [...new Set([...collectItems(left).dataElements, ...collectItems(right).dataElements])];
  return { rule, left, right, dataElements };
}

export interface RuleOutcome {
  left: number;
  right: number;
  passed: boolean;
}

const COMPARE: Record<RuleOperator, (a: number, b: number) => boolean> = {
  '==': (a, b) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b)),
  '!=': (a, b) => Math.abs(a - b) > 1e-9 * Math.max(1, Math.abs(a), Math.abs(b)),
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b,
  '>': (a, b) => a > b,
  '>=': (a, b) => a >= b,
};

/**
 * Checks a rule on one org unit and period. As in DHIS2, a side whose data are all missing has no
 * value and the rule is skipped (null) rather than failed: an empty form is not a violation.
 */
export function checkRule(compiled: CompiledRule, values: ReadonlyMap<string, number | null>): RuleOutcome | null {
  const left = evaluate(compiled.left, { values });
  const right = evaluate(compiled.right, { values });
  if (typeof left !== 'number' || typeof right !== 'number') return null;
  return { left, right, passed: COMPARE[compiled.rule.operator](left, right) };
}
