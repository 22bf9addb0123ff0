/**
 * Conformance with DHIS2: every expression is evaluated by healthplan and by DHIS2's own library
 * (@dhis2/expression-parser), and the results must be the same, except where healthplan differs on
 * purpose; each such difference is documented in docs/expressions.md under its id.
 */
// eslint-disable-next-line no-restricted-imports -- the test reads the documentation; the domain code does no I/O
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDhis2, sameValue, type Dhis2Engine, type Inputs } from '../../bench/expressions.js';
import type { Value } from './coerce.js';
import { ExpressionError } from './errors.js';
import { evaluate } from './evaluate.js';
import { collectItems } from './items.js';
import { parse } from './parser.js';

type Outcome = Value | 'error';

interface Case {
  expression: string;
  inputs?: Inputs;
  /** Missing items reach DHIS2 as missing instead of 0 (items read by isNull, isNotNull, firstNonNull). */
  raw?: boolean;
  /** A documented difference: what each engine gives. */
  differs?: { id: string; ours: Outcome; dhis2: Outcome };
}

// 西城区“十四五”规划 computes its 2025 targets for 1.077 million residents.
const XICHENG: Inputs = {
  values: { BEDS: 15692, POP_RES: 1077000, CDC_STAFF: 340, DOCTORS: 13600, 'DOCTORS.ASSISTANT': 358, GP: 571, ZERO: 0 },
  constants: { GROWTH: 0.98 },
  orgUnitGroupCounts: { CHC: 15, CHS: 61 },
  days: 365,
};

const CASES: Case[] = [
  // arithmetic and precedence
  { expression: '1 + 2' },
  { expression: '7 - 10' },
  { expression: '6 * 7' },
  { expression: '7 / 2' },
  { expression: '7 % 3' },
  { expression: '2 ^ 10' },
  { expression: '1 + 2 * 3' },
  { expression: '(1 + 2) * 3' },
  { expression: '10 - 4 - 3' },
  { expression: '8 / 4 / 2' },
  { expression: '2 * 3 ^ 2' },
  { expression: '-2 ^ 2' },
  { expression: '(-2) ^ 2' },
  { expression: '2 ^ -1' },
  { expression: '2 ^ -2 ^ 2' },
  { expression: '- 3 * 2' },
  { expression: '--2' },
  { expression: '2 - -2' },
  { expression: '+2' },
  { expression: '1 ++ 2' },
  { expression: '1.5e3 + .5' },
  { expression: '5.' },
  { expression: '1 / 3' },
  { expression: '2 / 3' },
  { expression: '0.1 + 0.2' },
  { expression: '1e308 * 10' },
  // division by zero
  { expression: '1 / 0' },
  { expression: '-1 / 0' },
  { expression: '0 / 0' },
  { expression: '5 % 0' },
  { expression: '0 % 0' },
  { expression: '1 / 0 - 1 / 0' },
  { expression: '#{BEDS} / #{ZERO}', inputs: XICHENG },
  // comparisons
  { expression: '1 < 2' },
  { expression: '2 <= 2' },
  { expression: '3 > 4' },
  { expression: '3 >= 4' },
  { expression: '1 == 1.0' },
  { expression: '1 != 2' },
  { expression: '1 + 1 == 2' },
  { expression: '1 < 2 == true' },
  { expression: '"a" < "b"' },
  { expression: '"10" > "9"' },
  { expression: '"10" > 9' },
  { expression: 'true > false' },
  { expression: 'true == 1' },
  { expression: '"1" == 1' },
  { expression: 'true == "TRUE"' },
  { expression: '#{BEDS} >= 14.57 * #{POP_RES} / 1000', inputs: XICHENG },
  // logic
  { expression: 'true && false' },
  { expression: 'true || false' },
  { expression: '!true' },
  { expression: 'not false' },
  { expression: '1 and 0' },
  { expression: '0 or 2' },
  { expression: '!1 < 2' },
  { expression: 'not 1 < 2' },
  { expression: 'true or false and false' },
  { expression: '1 < 2 && 2 < 3' },
  { expression: '!!1' },
  { expression: 'true + 1' },
  { expression: 'false + 1' },
  { expression: 'removeZeros(0) && true' },
  { expression: 'removeZeros(0) || true' },
  { expression: 'removeZeros(0) || false' },
  // functions
  { expression: 'if(1 > 2, 3, 4)' },
  { expression: 'if(true, "yes", "no")' },
  { expression: 'if(0, 2, 3)' },
  { expression: 'if(2, 1, 0)' },
  { expression: 'if("x", 2, 3)' },
  { expression: 'if(removeZeros(0), 1, 2)' },
  { expression: 'if(isNull(#{GP}), 0, 1) + #{BEDS}', inputs: { values: { BEDS: 15692 } }, raw: true },
  { expression: 'isNotNull(#{GP}) == false && #{BEDS} > 0', inputs: { values: { BEDS: 15692 } }, raw: true },
  { expression: 'firstNonNull(#{GP}, #{BEDS})', inputs: { values: { BEDS: 15692 } }, raw: true },
  { expression: 'firstNonNull("a", 1)' },
  { expression: 'greatest(1, 3, 2)' },
  { expression: 'least(1, 3, 2)' },
  { expression: 'greatest(-1, -5)' },
  { expression: 'greatest(1, "3")' },
  { expression: 'least(true, 2)' },
  { expression: 'log(8, 2)' },
  { expression: 'log(100, 10)' },
  { expression: 'log(8)' },
  { expression: 'log(0)' },
  { expression: 'log(-1)' },
  { expression: 'log(1, 1)' },
  { expression: 'log10(1000)' },
  { expression: 'log10(-1)' },
  { expression: 'log(removeZeros(0))' },
  { expression: 'removeZeros(0)' },
  { expression: 'removeZeros(5)' },
  { expression: 'removeZeros(#{BEDS} - #{BEDS})', inputs: XICHENG },
  { expression: 'isNull(removeZeros(0))' },
  // data items, constants, groups, days: the plans' formulas
  { expression: '#{BEDS} * 1000 / #{POP_RES}', inputs: XICHENG },
  { expression: '#{CDC_STAFF} * 10000 / #{POP_RES}', inputs: XICHENG },
  { expression: '(#{DOCTORS} + #{DOCTORS.ASSISTANT}) * 1000 / #{POP_RES}', inputs: XICHENG },
  { expression: 'C{GROWTH} * #{POP_RES}', inputs: XICHENG },
  { expression: 'OUG{CHC} * 2 + OUG{CHS}', inputs: XICHENG },
  { expression: '#{GP} * [days] / 365', inputs: XICHENG },
  // missing values: DHIS2's SKIP_IF_ALL_VALUES_MISSING is applied around the library as the DHIS2 server does
  { expression: '#{BEDS} + #{NURSES}', inputs: XICHENG },
  { expression: '(#{NURSES} + #{DOCTORS}) * 1000 / #{POP_RES}', inputs: XICHENG },
  { expression: '#{NURSES} + #{MIDWIVES}', inputs: XICHENG },
  { expression: '#{NURSES} * 1000', inputs: XICHENG },
  { expression: 'C{GROWTH} * #{NURSES}', inputs: XICHENG },
  // errors in both
  { expression: '1 + * 2' },
  { expression: '(1' },
  { expression: '1)' },
  { expression: '1 2' },
  { expression: 'foo(1)' },
  { expression: 'IF(1, 2, 3)' },
  { expression: 'if (1, 2, 3)' },
  { expression: 'if(1, 2)' },
  { expression: 'if(1, 2,)' },
  { expression: 'log(1, 2, 3)' },
  { expression: 'isNull()' },
  { expression: '1 = 1' },
  { expression: '1 & 1' },
  { expression: '#{BEDS' },
  { expression: '[foo]' },
  { expression: '"x' },
  { expression: '' },
  { expression: '"abc" + 1' },
  { expression: 'if(1.5, 1, 0)' },
  // documented differences
  { expression: '8 / 2 * 2', differs: { id: 'D1', ours: 8, dhis2: 2 } },
  { expression: '10 - 4 + 3', differs: { id: 'D1', ours: 9, dhis2: 3 } },
  { expression: '1 / 0 * 0', differs: { id: 'D1', ours: NaN, dhis2: Infinity } },
  { expression: '#{BEDS} / #{POP_RES} * 1000', inputs: XICHENG, differs: { id: 'D1', ours: 15692 / 1077, dhis2: 15692 / 1077000000 } },
  { expression: '2 ^ 3 ^ 2', differs: { id: 'D2', ours: 512, dhis2: 64 } },
  { expression: '2 ^ 0.5', differs: { id: 'D3', ours: Math.SQRT2, dhis2: 1 } },
  { expression: '-7 % 3', differs: { id: 'D4', ours: -1, dhis2: 2 } },
  { expression: '7 % -3', differs: { id: 'D4', ours: 1, dhis2: -2 } },
  { expression: 'removeZeros(0) + 1', differs: { id: 'D6', ours: null, dhis2: 'error' } },
  { expression: '-removeZeros(0)', differs: { id: 'D6', ours: null, dhis2: 'error' } },
  { expression: 'removeZeros(0) < 1', differs: { id: 'D6', ours: null, dhis2: 'error' } },
  { expression: 'true || 1 / 0', differs: { id: 'D7', ours: true, dhis2: 'error' } },
  { expression: 'false && removeZeros(0)', differs: { id: 'D7', ours: false, dhis2: null } },
  { expression: 'if(true, 1, "a" + 1)', differs: { id: 'D8', ours: 1, dhis2: 'error' } },
  { expression: 'greatest()', differs: { id: 'D9', ours: 'error', dhis2: null } },
  { expression: '"abc" == 1', differs: { id: 'D10', ours: false, dhis2: 'error' } },
  { expression: '+-2', differs: { id: 'D11', ours: -2, dhis2: 'error' } },
  { expression: 'isNull(null)', differs: { id: 'D13', ours: 'error', dhis2: true } },
  { expression: '[days]', differs: { id: 'D14', ours: 'error', dhis2: null } },
  { expression: '1 /* open', differs: { id: 'D18', ours: 'error', dhis2: 1 } },
];

function ours(c: Case): Outcome {
  const { values = {}, constants = {}, orgUnitGroupCounts = {}, days } = c.inputs ?? {};
  try {
    return evaluate(parse(c.expression), {
      values: new Map(Object.entries(values)),
      constants: new Map(Object.entries(constants)),
      orgUnitGroupCounts: new Map(Object.entries(orgUnitGroupCounts)),
      days,
    });
  } catch (error) {
    if (error instanceof ExpressionError) return 'error';
    throw error;
  }
}

function theirs(engine: Dhis2Engine, c: Case): Outcome {
  const inputs = c.inputs ?? {};
  let keys: string[] = [];
  try {
    keys = collectItems(parse(c.expression)).dataItems.map((item) => item.key);
  } catch {
    // healthplan cannot read it: the library gets it as it is and has its own say.
  }
  const present = keys.filter((key) => inputs.values?.[key] != null);
  if (keys.length > 0 && present.length === 0) return null;
  const values = { ...inputs.values };
  if (!c.raw) for (const key of keys) values[key] ??= 0;
  try {
    const compiled = engine.compile(c.expression);
    return compiled.evaluate(compiled.data({ ...inputs, values }));
  } catch (error) {
    if (error instanceof TypeError) throw error;
    return 'error';
  }
}

function same(a: Outcome, b: Outcome): boolean {
  return a === 'error' || b === 'error' ? a === b : sameValue(a, b);
}

let engine: Dhis2Engine;
let documentation: string;

beforeAll(async () => {
  engine = await loadDhis2();
  documentation = readFileSync(new URL('../../../docs/expressions.md', import.meta.url), 'utf8');
});

describe('conformance with DHIS2 expression-parser 1.1.0', () => {
  const agreed = CASES.filter((c) => c.differs === undefined);

  it('covers at least 80 expressions on which both engines must agree', () => {
    expect(agreed.length).toBeGreaterThanOrEqual(80);
  });

  it.each(agreed)('$expression', (c) => {
    const expected = theirs(engine, c);
    const actual = ours(c);
    expect(same(actual, expected), `healthplan ${String(actual)}, DHIS2 ${String(expected)}`).toBe(true);
  });
});

describe('documented differences from DHIS2 expression-parser 1.1.0', () => {
  const differing = CASES.filter((c) => c.differs !== undefined);

  it.each(differing)('$expression ($differs.id)', (c) => {
    const { id, ours: expectedOurs, dhis2 } = c.differs!;
    expect(documentation).toMatch(new RegExp(`^### ${id} `, 'm'));
    expect(same(ours(c), expectedOurs), `healthplan gives ${String(ours(c))}`).toBe(true);
    expect(same(theirs(engine, c), dhis2), `DHIS2 gives ${String(theirs(engine, c))}`).toBe(true);
  });
});
