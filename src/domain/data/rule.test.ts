import { describe, expect, it } from 'vitest';
import { checkRule, compileRule } from './rule.js';
import { isOutlyingChange, relativeChange } from './change.js';
import { isWindowOpen } from './window.js';

describe('validation rules', () => {
  const beds = compileRule({
    code: 'BEDS_TOTAL',
    name: '医院床位 + 基层床位 = 床位总数',
    leftSide: '#{HOSPITAL_BEDS} + #{PRIMARY_BEDS}',
    operator: '==',
    rightSide: '#{BEDS}',
  });

  it('lists the elements both sides read', () => {
    expect(beds.dataElements).toEqual(['HOSPITAL_BEDS', 'PRIMARY_BEDS', 'BEDS']);
  });

  it('passes when the parts add up and fails when they do not', () => {
    expect(checkRule(beds, new Map([['HOSPITAL_BEDS', 15000], ['PRIMARY_BEDS', 1018], ['BEDS', 16018]]))).toEqual({ left: 16018, right: 16018, passed: true });
    expect(checkRule(beds, new Map([['HOSPITAL_BEDS', 15000], ['PRIMARY_BEDS', 1000], ['BEDS', 16018]]))?.passed).toBe(false);
  });

  it('skips a rule whose side has no data at all', () => {
    expect(checkRule(beds, new Map([['BEDS', 16018]]))).toBeNull();
  });

  it('compares with the operator: deaths of mothers cannot exceed live births', () => {
    const deaths = compileRule({ code: 'MM', name: '孕产妇死亡 ≤ 活产', leftSide: '#{MATERNAL_DEATHS}', operator: '<=', rightSide: '#{LIVE_BIRTHS}' });
    expect(checkRule(deaths, new Map([['MATERNAL_DEATHS', 2], ['LIVE_BIRTHS', 9000]]))?.passed).toBe(true);
    expect(checkRule(deaths, new Map([['MATERNAL_DEATHS', 9001], ['LIVE_BIRTHS', 9000]]))?.passed).toBe(false);
  });
});

describe('year-on-year change', () => {
  it('measures the change against the previous year', () => {
    expect(relativeChange(200, 250)).toBe(0.25);
    expect(isOutlyingChange(200, 250, 0.5)).toBe(false);
    expect(isOutlyingChange(200, 320, 0.5)).toBe(true);
    expect(isOutlyingChange(200, 90, 0.5)).toBe(true);
  });

  it('flags a value appearing from zero', () => {
    expect(isOutlyingChange(0, 5, 0.5)).toBe(true);
    expect(isOutlyingChange(0, 0, 0.5)).toBe(false);
  });
});

describe('input window', () => {
  it('includes both ends and treats a missing end as open', () => {
    const window = { openFrom: '2025-01-01', openUntil: '2025-03-31' };
    expect(isWindowOpen(window, '2025-03-31')).toBe(true);
    expect(isWindowOpen(window, '2025-04-01')).toBe(false);
    expect(isWindowOpen(window, '2024-12-31')).toBe(false);
    expect(isWindowOpen({ openFrom: null, openUntil: null }, '2030-01-01')).toBe(true);
  });
});
