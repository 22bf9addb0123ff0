import { describe, expect, it } from 'vitest';
import type { Value } from './coerce.js';
import { ExpressionEvaluationError, type ExpressionIssue } from './errors.js';
import { evaluate, type EvaluationContext } from './evaluate.js';
import { parse } from './parser.js';

function run(source: string, values: Record<string, number | null> = {}, extra: Omit<EvaluationContext, 'values'> = {}): Value {
  return evaluate(parse(source), { values: new Map(Object.entries(values)), ...extra });
}

function failure(source: string, values: Record<string, number | null> = {}, extra: Omit<EvaluationContext, 'values'> = {}): ExpressionIssue {
  try {
    run(source, values, extra);
  } catch (error) {
    if (error instanceof ExpressionEvaluationError) return error.issue;
    throw error;
  }
  throw new Error(`expected an evaluation error for ${source}`);
}

// 西城区“十四五”规划: population targets are computed for 1 077 000 residents in 2025.
const XICHENG_2025 = { BEDS: 15692, POP_RES: 1077000, CDC_STAFF: 340 };

describe('evaluate: indicator formulas from the plans', () => {
  it('千人医疗卫生机构床位数: 15 692 beds for 1.077 million residents is 14.57 per 1 000 (target ≥14.57)', () => {
    expect(run('#{BEDS} * 1000 / #{POP_RES}', XICHENG_2025)).toBeCloseTo(14.5701, 4);
  });

  it('每万名常住人口疾控力量配比: 340 staff is 3.1569 per 10 000, short of ≥3.16', () => {
    expect(run('#{CDC_STAFF} * 10000 / #{POP_RES}', XICHENG_2025)).toBeCloseTo(3.1569, 4);
  });

  it('evaluates operators left to right within a level, as written', () => {
    expect(run('#{BEDS} / #{POP_RES} * 1000', XICHENG_2025)).toBeCloseTo(14.5701, 4);
    expect(run('10 - 4 + 3')).toBe(9);
    expect(run('8 / 2 * 2')).toBe(8);
  });

  it('reads disaggregations, constants, org unit group counts and days', () => {
    const extra = { constants: new Map([['GROWTH', 1.5]]), orgUnitGroupCounts: new Map([['CHC', 15]]), days: 31 };
    expect(run('#{DOCTORS} + #{DOCTORS.ASSISTANT}', { DOCTORS: 9800, 'DOCTORS.ASSISTANT': 420 })).toBe(10220);
    expect(run('C{GROWTH} * 2 + OUG{CHC} + [days]', {}, extra)).toBe(49);
  });

  it('reuses the compiled expression for other values', () => {
    const expression = parse('#{A} * 2');
    expect(evaluate(expression, { values: new Map([['A', 2]]) })).toBe(4);
    expect(evaluate(expression, { values: new Map([['A', 5]]) })).toBe(10);
  });
});

describe('evaluate: arithmetic edge cases follow DHIS2', () => {
  it.each<[string, Value]>([
    ['-2^2', -4],
    ['2^3^2', 512],
    ['2^-1', 0.5],
    ['2^0.5', Math.SQRT2],
    ['1 / 0', Infinity],
    ['-1 / 0', -Infinity],
    ['0 / 0', NaN],
    ['5 % 0', NaN],
    ['0 % 0', NaN],
    ['-7 % 3', -1],
    ['7 % -3', 1],
    ['1 / 0 - 1 / 0', NaN],
    ['1e308 * 10', Infinity],
    ['true + 1', 2],
    ['"3" * 2', 6],
  ])('%s = %s', (source, expected) => {
    expect(run(source)).toBe(expected);
  });
});

describe('evaluate: missing values', () => {
  const source = '(#{DOCTORS} + #{DOCTORS.ASSISTANT}) * 1000 / #{POP_RES}';

  it('counts a missing item as 0 when another item of the expression has a value', () => {
    expect(run(source, { DOCTORS: 3500, POP_RES: 1000000 })).toBe(3.5);
  });

  it('has no value when every item is missing, whether absent or null', () => {
    expect(run(source, {})).toBeNull();
    expect(run(source, { DOCTORS: null, 'DOCTORS.ASSISTANT': null, POP_RES: null })).toBeNull();
  });

  it('does not count constants, group counts or days as items', () => {
    expect(run('#{GP} * C{K}', {}, { constants: new Map([['K', 2]]) })).toBeNull();
  });

  it('follows the other DHIS2 strategies when asked', () => {
    expect(run(source, { DOCTORS: 3500, POP_RES: 1000000 }, { missingValueStrategy: 'SKIP_IF_ANY_VALUE_MISSING' })).toBeNull();
    expect(run('#{A} + 1', {}, { missingValueStrategy: 'NEVER_SKIP' })).toBe(1);
  });

  it('lets isNull, isNotNull and firstNonNull see that an item is missing', () => {
    expect(run('if(isNull(#{GP}), -1, #{GP}) + #{BEDS} * 0', { BEDS: 1 })).toBe(-1);
    expect(run('isNotNull(#{GP}) || #{BEDS} > 0', { BEDS: 1 })).toBe(true);
    expect(run('firstNonNull(#{GP}, #{BEDS})', { BEDS: 7 })).toBe(7);
    expect(run('isNull(#{GP} + 1) && #{BEDS} > 0', { BEDS: 1 })).toBe(true);
  });

  it('treats the missing item as 0 outside those functions', () => {
    expect(run('greatest(#{GP}, -5) + #{BEDS} * 0', { BEDS: 1 })).toBe(0);
  });
});

describe('evaluate: null, booleans and strings as DHIS2', () => {
  it.each<[string, Value]>([
    ['removeZeros(0)', null],
    ['removeZeros(5)', 5],
    ['removeZeros(0) + 1', null],
    ['-removeZeros(0)', null],
    ['!removeZeros(0)', null],
    ['removeZeros(0) < 1', null],
    ['removeZeros(0) == removeZeros(0)', true],
    ['removeZeros(0) == 0', false],
    ['removeZeros(0) && true', null],
    ['true && removeZeros(0)', null],
    ['false && removeZeros(0)', false],
    ['removeZeros(0) || true', true],
    ['removeZeros(0) || false', null],
    ['true || "a" * 1', true],
    ['if(removeZeros(0), 1, 2)', 2],
    ['if(true, 1, "a" * 1)', 1],
    ['1 && 2', true],
    ['0 || 0', false],
    ['"TRUE" && true', true],
    ['"yes" || false', false],
    ['1 == "1.0"', true],
    ['true == 1', true],
    ['true == "true"', true],
    ['"abc" == 1', false],
    ['"10" > "9"', false],
    ['"10" > 9', true],
    ['"a" < "b"', true],
    ['true > false', true],
    ['if(1 < 2, "是", "否")', '是'],
    ['firstNonNull(removeZeros(0), "a", 1)', 'a'],
    ['greatest(1, "3", removeZeros(0))', 3],
    ['least(true, 2)', 1],
    ['greatest(removeZeros(0))', null],
    ['log(8, 2)', 3],
    ['log(0)', -Infinity],
    ['log(-1)', NaN],
    ['log(removeZeros(0))', NaN],
    ['log10(1000)', 3],
    ['log10(removeZeros(0))', NaN],
  ])('%s = %s', (source, expected) => {
    expect(run(source)).toBe(expected);
  });
});

describe('evaluate: errors name the value and where it is', () => {
  it('rejects text that is not a number in arithmetic', () => {
    const issue = failure('#{A} + "abc"', { A: 1 });
    expect(issue).toMatchObject({ code: 'EXPR_NOT_A_NUMBER', column: 8, en: "'abc' is not a number and cannot be computed with" });
    expect(issue.message).toContain('#{A} + "abc"\n       ^^^^^');
  });

  it('rejects a fraction as a condition', () => {
    expect(failure('if(#{A} / 2, 1, 0)', { A: 3 })).toMatchObject({ code: 'EXPR_NOT_A_BOOLEAN', en: '1.5 is not a whole number and cannot be used as true or false' });
    expect(failure('1 / 0 || true').code).toBe('EXPR_NOT_A_BOOLEAN');
  });

  it('asks for constants, group counts and days it is not given', () => {
    expect(failure('C{GROWTH} * 2')).toMatchObject({ code: 'EXPR_UNKNOWN_CONSTANT', zh: '没有常量 C{GROWTH} 的值' });
    expect(failure('OUG{CHC}').code).toBe('EXPR_UNKNOWN_ORG_UNIT_GROUP');
    expect(failure('[days] * 2').code).toBe('EXPR_NO_DAYS');
  });
});
