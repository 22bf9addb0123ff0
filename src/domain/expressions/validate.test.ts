import { describe, expect, it } from 'vitest';
import { validate, type KnownCodes } from './validate.js';

const KNOWN: KnownCodes = {
  dataElements: new Set(['BEDS', 'POP_RES', 'DOCTORS', 'CDC_STAFF']),
  disaggregations: new Map([['DOCTORS', new Set(['ASSISTANT', 'TCM'])]]),
  constants: new Set(['GROWTH']),
  orgUnitGroups: new Set(['CHC']),
};

describe('validate', () => {
  it('accepts an expression whose codes are all known', () => {
    const result = validate('(#{DOCTORS} + #{DOCTORS.TCM}) * C{GROWTH} / #{POP_RES} + OUG{CHC}', KNOWN);
    expect(result.issues).toEqual([]);
    expect(result.expression?.source).toContain('#{DOCTORS.TCM}');
  });

  it('reports every unknown code with its position and a suggestion', () => {
    const { issues } = validate('#{BED} * 1000 / #{POP_RES} + #{DOCTORS.NURSE} + C{GROWHT} + OUG{CHS}', KNOWN);
    expect(issues.map((issue) => [issue.code, issue.column])).toEqual([
      ['EXPR_UNKNOWN_DATA_ELEMENT', 1],
      ['EXPR_UNKNOWN_DISAGGREGATION', 30],
      ['EXPR_UNKNOWN_CONSTANT', 49],
      ['EXPR_UNKNOWN_ORG_UNIT_GROUP', 61],
    ]);
    expect(issues[0].en).toBe("there is no data element with code 'BED'; did you mean 'BEDS'?");
    expect(issues[0].zh).toBe('没有代码为“BED”的数据项，是否应为“BEDS”？');
    expect(issues[0].message.split('\n').slice(2)).toEqual(['#{BED} * 1000 / #{POP_RES} + #{DOCTORS.NURSE} + C{GROWHT} + OUG{CHS}', '^^^^^^']);
    expect(issues[1].en).toBe("data element 'DOCTORS' has no disaggregation 'NURSE'");
    expect(issues[2].en).toBe("there is no constant with code 'GROWHT'; did you mean 'GROWTH'?");
  });

  it('rejects a disaggregation of a data element that has none, when disaggregations are given', () => {
    expect(validate('#{BEDS.PUBLIC}', KNOWN).issues[0].code).toBe('EXPR_UNKNOWN_DISAGGREGATION');
    expect(validate('#{BEDS.PUBLIC}', { dataElements: KNOWN.dataElements }).issues).toEqual([]);
  });

  it('returns the syntax error as its only issue', () => {
    const result = validate('#{BEDS} * / #{POP_RES}', KNOWN);
    expect(result.expression).toBeNull();
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ code: 'EXPR_UNEXPECTED_TOKEN', column: 11 });
  });
});
