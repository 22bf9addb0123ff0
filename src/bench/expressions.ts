/**
 * Expression engine benchmark: healthplan's evaluator against DHIS2's own expression library
 * (@dhis2/expression-parser, a development dependency), on the same indicator expressions and
 * the same values. This module also adapts the DHIS2 library for the conformance tests.
 *
 * Fairness: each engine parses every expression once, outside the timing. The inputs of every
 * evaluation are built before timing, in each engine's own form (for healthplan an EvaluationContext
 * of Maps, for DHIS2 an ExpressionDataJs keyed by its data items), so the timed loop only calls
 * `evaluate`. Before timing, both engines' results are checked to agree on every input.
 */
import { evaluate, parse, type EvaluationContext, type Value } from '../domain/expressions/index.js';
import { tokenize } from '../domain/expressions/lexer.js';

/** Values for one evaluation, keyed by healthplan codes. */
export interface Inputs {
  /** By `CODE` or `CODE.DISAGG`; absent or null is missing. */
  values?: Readonly<Record<string, number | null>>;
  constants?: Readonly<Record<string, number>>;
  orgUnitGroupCounts?: Readonly<Record<string, number>>;
  days?: number;
}

/** One expression compiled by the DHIS2 library. */
export interface Dhis2Expression {
  /** The expression as DHIS2 reads it: codes replaced by 11-character UIDs. */
  text: string;
  /** Builds the library's input object for these values. */
  data(inputs: Inputs): unknown;
  /** Evaluates with an input object from `data`. */
  evaluate(data: unknown): Value;
}

export interface Dhis2Engine {
  /** Parses with the DHIS2 library; throws its error when the library rejects the expression. */
  compile(source: string): Dhis2Expression;
}

/** The parts of the library used here; the package declares no types for its ES module. */
interface Dhis2Library {
  ExpressionJs: new (expression: string, mode: unknown) => Dhis2ExpressionJs;
  ExpressionMode: { INDICATOR_EXPRESSION: unknown };
  ExpressionDataJs: new (
    programRuleVariableValues: Map<string, unknown>,
    programVariableValues: Map<string, unknown>,
    supplementaryValues: Map<string, unknown>,
    dataItemValues: Map<unknown, unknown>,
    namedValues: Map<string, unknown>,
  ) => unknown;
}

interface Dhis2ExpressionJs {
  collectDataItems(): Dhis2DataItem[];
  evaluate(unsupported: (name: string) => unknown, data: unknown): unknown;
}

interface Dhis2DataItem {
  type: { name: string };
  uid0: { value: string };
  uid1: { value: string }[];
}

const DHIS2_PACKAGE = '@dhis2/expression-parser';

/** Loads the DHIS2 library; codes are given stable synthetic UIDs, since DHIS2 identifies items by UID. */
export async function loadDhis2(): Promise<Dhis2Engine> {
  const library = (await import(DHIS2_PACKAGE)) as Dhis2Library;
  const uids = new Map<string, string>();
  const codes = new Map<string, string>();
  const uidOf = (code: string): string => {
    let uid = uids.get(code);
    if (uid === undefined) {
      uid = `H${String(uids.size).padStart(10, '0')}`;
      uids.set(code, uid);
      codes.set(uid, code);
    }
    return uid;
  };
  const codeOf = (uid: string): string => codes.get(uid) ?? uid;

  return {
    compile(source) {
      const text = toDhis2Text(source, uidOf);
      const compiled = new library.ExpressionJs(text, library.ExpressionMode.INDICATOR_EXPRESSION);
      const items = compiled.collectDataItems();
      const unsupported = (name: string): never => {
        throw new Error(`DHIS2 library: unsupported ${name}`);
      };
      return {
        text,
        data(inputs) {
          const values = new Map<unknown, unknown>();
          for (const item of items) {
            const code = codeOf(item.uid0.value);
            const value =
              item.type.name === 'CONSTANT'
                ? inputs.constants?.[code]
                : item.type.name === 'ORG_UNIT_GROUP'
                  ? inputs.orgUnitGroupCounts?.[code]
                  : inputs.values?.[item.uid1.length === 0 ? code : `${code}.${codeOf(item.uid1[0].value)}`];
            if (value !== undefined && value !== null) values.set(item, value);
          }
          const named = new Map<string, unknown>(inputs.days === undefined ? [] : [['days', inputs.days]]);
          return new library.ExpressionDataJs(new Map(), new Map(), new Map(), values, named);
        },
        evaluate(data) {
          const result = compiled.evaluate(unsupported, data);
          return result === undefined ? null : (result as Value);
        },
      };
    },
  };
}

/** Rewrites codes as UIDs; text healthplan cannot read is passed on as it is, for DHIS2 to judge. */
function toDhis2Text(source: string, uidOf: (code: string) => string): string {
  let tokens;
  try {
    tokens = tokenize(source);
  } catch {
    return source;
  }
  let text = '';
  let at = 0;
  for (const token of tokens) {
    let replacement: string | null = null;
    if (token.kind === 'dataItem') {
      replacement = `#{${uidOf(token.code)}${token.disaggregation === null ? '' : `.${uidOf(token.disaggregation)}`}}`;
    } else if (token.kind === 'constant') {
      replacement = `C{${uidOf(token.code)}}`;
    } else if (token.kind === 'orgUnitGroup') {
      replacement = `OUG{${uidOf(token.code)}}`;
    }
    if (replacement === null) continue;
    text += source.slice(at, token.start) + replacement;
    at = token.end;
  }
  return text + source.slice(at);
}

/**
 * Whether two results are the same. Numbers may differ in the last binary digits: DHIS2's library
 * computes + − × ÷ in 16-digit decimals, healthplan in IEEE doubles (docs/expressions.md, D5).
 */
export function sameValue(a: Value, b: Value): boolean {
  if (typeof a === 'number' && typeof b === 'number') {
    if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
    if (a === b) return true;
    return Number.isFinite(a) && Number.isFinite(b) && Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));
  }
  return a === b;
}

/** Indicator expressions in the shape the plans use, written so that both engines read them alike. */
const BENCH_EXPRESSIONS = [
  '#{BEDS} * 1000 / #{POP_RES}',
  '#{CDC_STAFF} * 10000 / #{POP_RES}',
  '(#{DOCTORS} + #{DOCTORS.ASSISTANT}) * 1000 / #{POP_RES}',
  '#{TCM_VISITS} * 100 / #{VISITS}',
  'if(#{BIRTHS} > 0, #{INFANT_DEATHS} * 1000 / #{BIRTHS}, 0)',
  'greatest(#{BEDS.PUBLIC}, #{BEDS.PRIVATE}) * 100 / #{BEDS}',
  '#{POP_RES} * C{GROWTH} * [days] / 365',
  'removeZeros(#{GP}) * 10000 / #{POP_RES}',
  'OUG{CHC} + OUG{CHS}',
  'isNotNull(#{GP}) && #{GP} * 10000 / #{POP_RES} >= 5.3',
];

/** Deterministic pseudo-random values in the ranges of a district's statistics. */
function inputSets(count: number): Inputs[] {
  let seed = 20210101;
  const random = (low: number, high: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return low + Math.floor((seed / 2147483648) * (high - low));
  };
  return Array.from({ length: count }, () => ({
    values: {
      BEDS: random(5000, 20000),
      'BEDS.PUBLIC': random(3000, 12000),
      'BEDS.PRIVATE': random(500, 4000),
      POP_RES: random(300000, 1400000),
      CDC_STAFF: random(50, 400),
      DOCTORS: random(2000, 14000),
      'DOCTORS.ASSISTANT': random(100, 900),
      TCM_VISITS: random(100000, 900000),
      VISITS: random(1000000, 4000000),
      BIRTHS: random(0, 12000),
      INFANT_DEATHS: random(0, 30),
      GP: random(0, 700),
    },
    constants: { GROWTH: random(990, 1020) / 1000 },
    orgUnitGroupCounts: { CHC: random(5, 20), CHS: random(20, 80) },
    days: random(28, 32),
  }));
}

function contextOf(inputs: Inputs): EvaluationContext {
  return {
    values: new Map(Object.entries(inputs.values ?? {})),
    constants: new Map(Object.entries(inputs.constants ?? {})),
    orgUnitGroupCounts: new Map(Object.entries(inputs.orgUnitGroupCounts ?? {})),
    days: inputs.days,
  };
}

/** Evaluations per second of `round`, which performs `evaluations` evaluations, after a warm-up. */
function rate(round: () => void, evaluations: number, milliseconds: number): number {
  const warmUpEnd = performance.now() + milliseconds / 4;
  while (performance.now() < warmUpEnd) round();
  let rounds = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < milliseconds) {
    round();
    rounds++;
    elapsed = performance.now() - start;
  }
  return (rounds * evaluations * 1000) / elapsed;
}

/**
 * Evaluations per second of both engines on the same expressions and values, and how many times
 * faster healthplan is (`ratio` = ours ÷ dhis2).
 */
export async function benchExpressions(): Promise<{ ours: number; dhis2: number; ratio: number }> {
  const dhis2 = await loadDhis2();
  const inputs = inputSets(64);
  const ours = BENCH_EXPRESSIONS.map((source) => ({ expression: parse(source), contexts: inputs.map(contextOf) }));
  const theirs = BENCH_EXPRESSIONS.map((source) => {
    const compiled = dhis2.compile(source);
    return { compiled, data: inputs.map((set) => compiled.data(set)) };
  });

  for (const [i, { expression, contexts }] of ours.entries()) {
    for (const [j, context] of contexts.entries()) {
      const a = evaluate(expression, context);
      const b = theirs[i].compiled.evaluate(theirs[i].data[j]);
      if (!sameValue(a, b)) {
        throw new Error(`engines disagree on ${BENCH_EXPRESSIONS[i]} for input ${j}: healthplan ${String(a)}, DHIS2 ${String(b)}`);
      }
    }
  }

  const evaluations = BENCH_EXPRESSIONS.length * inputs.length;
  let sink = 0;
  const keep = (value: Value): void => {
    if (value !== null) sink++;
  };
  const oursRate = rate(
    () => {
      for (const { expression, contexts } of ours) for (const context of contexts) keep(evaluate(expression, context));
    },
    evaluations,
    600,
  );
  const dhis2Rate = rate(
    () => {
      for (const { compiled, data } of theirs) for (const d of data) keep(compiled.evaluate(d));
    },
    evaluations,
    600,
  );
  if (sink === 0) throw new Error('benchmark produced no values');
  return {
    ours: Math.round(oursRate),
    dhis2: Math.round(dhis2Rate),
    ratio: Math.round((oursRate / dhis2Rate) * 10) / 10,
  };
}
