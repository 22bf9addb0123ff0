import { dataItemKey, type BinaryNode, type CallNode, type Expression, type ExpressionNode, type UnaryNode } from './ast.js';
import { compare, equal, toBoolean, toNumber, type Fail, type Value } from './coerce.js';
import { ExpressionEvaluationError, issueAt } from './errors.js';
import { FUNCTIONS } from './functions.js';

/** DHIS2's rules for an expression whose data items are missing. */
export type MissingValueStrategy = 'SKIP_IF_ALL_VALUES_MISSING' | 'SKIP_IF_ANY_VALUE_MISSING' | 'NEVER_SKIP';

export interface EvaluationContext {
  /** Data item values by `CODE` or `CODE.DISAGG`; an absent key or null is a missing value. */
  values: ReadonlyMap<string, number | null>;
  /** Values of `C{CODE}`. */
  constants?: ReadonlyMap<string, number>;
  /** Values of `OUG{CODE}`: how many org units of each group are in scope. */
  orgUnitGroupCounts?: ReadonlyMap<string, number>;
  /** Value of `[days]`: the number of days of the period. */
  days?: number | null;
  /**
   * Default SKIP_IF_ALL_VALUES_MISSING, the rule for each side of an indicator: a missing item
   * counts as 0 unless every item is missing, then the expression has no value.
   */
  missingValueStrategy?: MissingValueStrategy;
}

type Run = (context: EvaluationContext) => Value;

interface Program {
  /** Distinct data item keys, for the missing-value rule. */
  keys: string[];
  run: Run;
}

const programs = new WeakMap<Expression, Program>();

/**
 * Computes an expression. Parsing is done once by `parse`; the expression is compiled on first use
 * and the compiled form is kept with it, so evaluating it again for other values is cheap.
 */
export function evaluate(expression: Expression, context: EvaluationContext): Value {
  let program = programs.get(expression);
  if (program === undefined) {
    program = compile(expression);
    programs.set(expression, program);
  }
  const strategy = context.missingValueStrategy ?? 'SKIP_IF_ALL_VALUES_MISSING';
  if (strategy !== 'NEVER_SKIP' && program.keys.length > 0) {
    let found = 0;
    for (const key of program.keys) if (context.values.get(key) != null) found++;
    if (found === 0 || (strategy === 'SKIP_IF_ANY_VALUE_MISSING' && found < program.keys.length)) return null;
  }
  return program.run(context);
}

function compile(expression: Expression): Program {
  const keys = new Set<string>();
  const failAt =
    (node: ExpressionNode): Fail =>
    (code, zh, en) => {
      throw new ExpressionEvaluationError(issueAt(expression.source, node, code, zh, en));
    };

  const node = (n: ExpressionNode, seesMissing: boolean): Run => {
    switch (n.type) {
      case 'number':
      case 'string':
      case 'boolean': {
        const value = n.value;
        return () => value;
      }
      case 'dataItem': {
        const key = dataItemKey(n.code, n.disaggregation);
        keys.add(key);
        return seesMissing ? (c) => c.values.get(key) ?? null : (c) => c.values.get(key) ?? 0;
      }
      case 'constant': {
        const { code } = n;
        const fail = failAt(n);
        return (c) =>
          c.constants?.get(code) ??
          fail('EXPR_UNKNOWN_CONSTANT', `没有常量 C{${code}} 的值`, `no value is given for the constant C{${code}}`);
      }
      case 'orgUnitGroup': {
        const { code } = n;
        const fail = failAt(n);
        return (c) =>
          c.orgUnitGroupCounts?.get(code) ??
          fail('EXPR_UNKNOWN_ORG_UNIT_GROUP', `没有机构组 OUG{${code}} 的机构数`, `no org unit count is given for the group OUG{${code}}`);
      }
      case 'days': {
        const fail = failAt(n);
        return (c) => c.days ?? fail('EXPR_NO_DAYS', '没有给出期间的天数 [days]', 'the number of days of the period, [days], is not given');
      }
      case 'unary':
        return unary(n, node(n.operand, seesMissing), failAt(n.operand));
      case 'binary':
        return binary(n, node(n.left, seesMissing), node(n.right, seesMissing), failAt(n.left), failAt(n.right));
      case 'call': {
        const sees = seesMissing || FUNCTIONS[n.name].seesMissingValues;
        return call(
          n,
          n.args.map((arg) => node(arg, sees)),
          n.args.map((arg) => failAt(arg)),
        );
      }
    }
  };

  const run = node(expression.root, false);
  return { keys: [...keys], run };
}

function unary(n: UnaryNode, operand: Run, fail: Fail): Run {
  switch (n.operator) {
    case '-':
      return (c) => {
        const v = toNumber(operand(c), fail);
        return v === null ? null : -v;
      };
    case '+':
      return (c) => toNumber(operand(c), fail);
    case '!':
      return (c) => {
        const v = toBoolean(operand(c), fail);
        return v === null ? null : !v;
      };
  }
}

function binary(n: BinaryNode, left: Run, right: Run, failLeft: Fail, failRight: Fail): Run {
  const numbers =
    (op: (a: number, b: number) => number): Run =>
    (c) => {
      const l = left(c);
      const r = right(c);
      const a = typeof l === 'number' ? l : toNumber(l, failLeft);
      const b = typeof r === 'number' ? r : toNumber(r, failRight);
      return a === null || b === null ? null : op(a, b);
    };
  switch (n.operator) {
    case '+':
      return numbers((a, b) => a + b);
    case '-':
      return numbers((a, b) => a - b);
    case '*':
      return numbers((a, b) => a * b);
    // IEEE division gives DHIS2's results: x/0 = ±Infinity, 0/0 = NaN, x%0 = NaN.
    case '/':
      return numbers((a, b) => a / b);
    case '%':
      return numbers((a, b) => a % b);
    case '^':
      return numbers(Math.pow);
    case '==':
      return (c) => equal(left(c), right(c));
    case '!=':
      return (c) => !equal(left(c), right(c));
    case '<':
    case '<=':
    case '>':
    case '>=': {
      const operator = n.operator;
      return (c) => compare(operator, left(c), right(c), failLeft, failRight);
    }
    // Three-valued logic as DHIS2: null && x is null; false && x is false without looking at x.
    case '&&':
      return (c) => {
        const a = toBoolean(left(c), failLeft);
        if (a === false) return false;
        const b = toBoolean(right(c), failRight);
        return a === null || b === null ? null : b;
      };
    case '||':
      return (c) => {
        const a = toBoolean(left(c), failLeft);
        if (a === true) return true;
        const b = toBoolean(right(c), failRight);
        if (b === true) return true;
        return a === null || b === null ? null : false;
      };
  }
}

function call(n: CallNode, args: Run[], fails: Fail[]): Run {
  const [first, second, third] = args;
  switch (n.name) {
    case 'if':
      return (c) => (toBoolean(first(c), fails[0]) === true ? second(c) : third(c));
    case 'isNull':
      return (c) => first(c) === null;
    case 'isNotNull':
      return (c) => first(c) !== null;
    case 'firstNonNull':
      return (c) => {
        for (const arg of args) {
          const v = arg(c);
          if (v !== null) return v;
        }
        return null;
      };
    case 'greatest':
      return extreme(args, fails, (best, v) => best < v);
    case 'least':
      return extreme(args, fails, (best, v) => best > v);
    case 'log':
      if (second === undefined) return (c) => ln(toNumber(first(c), fails[0]));
      return (c) => ln(toNumber(first(c), fails[0])) / ln(toNumber(second(c), fails[1]));
    case 'log10':
      return (c) => {
        const v = toNumber(first(c), fails[0]);
        return v === null ? NaN : Math.log10(v);
      };
    case 'removeZeros':
      return (c) => {
        const v = toNumber(first(c), fails[0]);
        return v === 0 ? null : v;
      };
  }
}

/** greatest / least: missing arguments are ignored; no value when all are missing. */
function extreme(args: Run[], fails: Fail[], better: (best: number, v: number) => boolean): Run {
  return (c) => {
    let best: number | null = null;
    for (let i = 0; i < args.length; i++) {
      const v = toNumber(args[i](c), fails[i]);
      if (v !== null && (best === null || better(best, v))) best = v;
    }
    return best;
  };
}

/** DHIS2 takes the logarithm of a missing value as NaN. */
function ln(v: number | null): number {
  return v === null ? NaN : Math.log(v);
}
