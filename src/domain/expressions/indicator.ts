import type { Expression } from './ast.js';
import { toNumber, type Value } from './coerce.js';
import { ExpressionEvaluationError, issueAt } from './errors.js';
import { evaluate, type EvaluationContext } from './evaluate.js';
import { parse } from './parser.js';

/** How an indicator is computed: numerator × factor ÷ denominator. */
export interface IndicatorFormula {
  numerator: Expression;
  /** Null for indicators measured directly (life expectancy, survey rates): the numerator is the value. */
  denominator: Expression | null;
  /** 1, 100, 1000, 10000, 100000 … */
  factor: number;
}

/** Why an indicator has no value. */
export type NoValueReason = 'numerator_missing' | 'denominator_missing' | 'denominator_zero' | 'not_finite';

export interface IndicatorValue {
  /** Unrounded; null when there is no value. */
  value: number | null;
  numerator: number | null;
  /** 1 when the formula has no denominator. */
  denominator: number | null;
  reason: NoValueReason | null;
}

/** Reads a formula from its texts; an empty or absent denominator means the indicator is measured directly. */
export function indicatorFormula(numerator: string, denominator?: string | null, factor = 1): IndicatorFormula {
  const hasDenominator = denominator !== undefined && denominator !== null && denominator.trim() !== '';
  return { numerator: parse(numerator), denominator: hasDenominator ? parse(denominator) : null, factor };
}

/**
 * The indicator's value for one org unit and period. Each side follows the missing-value rule of
 * `evaluate`; there is no value when the numerator is missing, or the denominator is missing or 0.
 */
export function indicatorValue(formula: IndicatorFormula, context: EvaluationContext): IndicatorValue {
  const numerator = side(formula.numerator, context);
  const denominator = formula.denominator === null ? 1 : side(formula.denominator, context);
  const none = (reason: NoValueReason): IndicatorValue => ({ value: null, numerator, denominator, reason });
  if (numerator === null) return none('numerator_missing');
  if (denominator === null) return none('denominator_missing');
  if (denominator === 0) return none('denominator_zero');
  const value = (numerator * formula.factor) / denominator;
  if (!Number.isFinite(value)) return none('not_finite');
  return { value, numerator, denominator, reason: null };
}

function side(expression: Expression, context: EvaluationContext): number | null {
  const value: Value = evaluate(expression, context);
  return toNumber(value, (code, zh, en) => {
    throw new ExpressionEvaluationError(issueAt(expression.source, expression.root, code, zh, en));
  });
}
