import { describe, expect, it } from 'vitest';
import { decimalsOf, formatFixed, reportingDecimals, roundHalfUp } from './rounding.js';

describe('roundHalfUp', () => {
  it.each([
    // 3.1569 per 10 000 (疾控力量配比) is shown as 3.16 and meets ≥3.16.
    [3.1569, 2, 3.16],
    [96.6, 2, 96.6],
    // Values whose binary form lies just below the half: plain Math.round gets them wrong.
    [2.675, 2, 2.68],
    [1.005, 2, 1.01],
    [1.045, 2, 1.05],
    [8.345, 2, 8.35],
    [0.285, 2, 0.29],
    [84.255, 2, 84.26],
    [2.5, 0, 3],
    [0.5, 0, 1],
    [1.4999, 0, 1],
    [12.45, 1, 12.5],
    [0.0000125, 5, 0.00001],
    [0.0000155, 6, 0.000016],
    [123456789.125, 2, 123456789.13],
    [5, 2, 5],
    [1e21, 2, 1e21],
  ])('%d at %d decimals → %d', (value, decimals, expected) => {
    expect(roundHalfUp(value, decimals)).toBe(expected);
  });

  it('rounds negative halves away from zero, like positive ones', () => {
    expect(roundHalfUp(-2.675, 2)).toBe(-2.68);
    expect(roundHalfUp(-0.5, 0)).toBe(-1);
    expect(Object.is(roundHalfUp(-0.001, 2), 0)).toBe(true);
  });

  it('repairs sums that binary floating point leaves just under the half', () => {
    // 0.1 + 0.2 = 0.30000000000000004 and 1.1 * 1.1 = 1.2100000000000002
    expect(roundHalfUp(0.1 + 0.2, 2)).toBe(0.3);
    expect(roundHalfUp(1.1 * 1.1, 2)).toBe(1.21);
    // 1.005 * 100 = 100.49999999999999: scaling first, as Math.round(x * 100) / 100 does, loses the half
    expect(roundHalfUp(1.005 * 100, 0)).toBe(101);
  });

  it('leaves non-finite values alone and rejects a bad precision', () => {
    expect(roundHalfUp(Number.POSITIVE_INFINITY, 2)).toBe(Number.POSITIVE_INFINITY);
    expect(Number.isNaN(roundHalfUp(Number.NaN, 2))).toBe(true);
    expect(() => roundHalfUp(1.5, -1)).toThrow(/小数位数无效 \/ invalid number of decimals: -1/);
    expect(() => roundHalfUp(1.5, 1.5)).toThrow(/invalid number of decimals/);
  });
});

describe('formatFixed', () => {
  it('writes the rounded value with all its decimals', () => {
    expect(formatFixed(96.6, 2)).toBe('96.60');
    expect(formatFixed(3.1569, 2)).toBe('3.16');
    expect(formatFixed(2.675, 2)).toBe('2.68');
    expect(formatFixed(83, 1)).toBe('83.0');
    expect(formatFixed(-1.005, 2)).toBe('-1.01');
    expect(formatFixed(0.5, 0)).toBe('1');
  });
});

describe('decimalsOf', () => {
  it('counts the digits after the decimal point of a number', () => {
    expect(decimalsOf(14.57)).toBe(2);
    expect(decimalsOf(4.5)).toBe(1);
    expect(decimalsOf(97)).toBe(0);
    expect(decimalsOf(0.1 + 0.2)).toBe(1);
    expect(decimalsOf(0.00001)).toBe(5);
  });
});

describe('reportingDecimals', () => {
  it('uses 2 decimals by default, more when the target is written with more, the plan setting when given', () => {
    expect(reportingDecimals(null, 0)).toBe(2);
    expect(reportingDecimals(undefined, 1)).toBe(2);
    expect(reportingDecimals(null, 3)).toBe(3);
    expect(reportingDecimals(1, 3)).toBe(1);
    expect(reportingDecimals(0, null)).toBe(0);
  });
});
