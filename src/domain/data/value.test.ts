import { describe, expect, it } from 'vitest';
import { checkValue, type ElementRules } from './value.js';

const cell = { dataElement: 'DE_BEDS', orgUnit: 'xicheng', period: '2020' };
const beds: ElementRules = { code: 'DE_BEDS', valueType: 'integer', min: 0, max: null };
const rate: ElementRules = { code: 'DE_RATE', valueType: 'percentage', min: null, max: null };

describe('checkValue', () => {
  it('reads numbers written as text, with thousands separators', () => {
    expect(checkValue(beds, '16,018', cell)).toEqual({ ok: true, value: 16018 });
    expect(checkValue(rate, 79.06, cell)).toEqual({ ok: true, value: 79.06 });
  });

  it('refuses text that is not a number, naming the cell in both languages', () => {
    const result = checkValue(beds, '约一万', cell);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.zh).toContain('DE_BEDS / xicheng / 2020');
    expect(result.problem.en).toContain('is not a number');
  });

  it('refuses a fraction for an integer element and a percentage above 100', () => {
    expect(checkValue(beds, '12.5', cell).ok).toBe(false);
    const result = checkValue(rate, 104, cell);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.en).toContain('from 0 to 100');
  });

  it('applies the element bounds', () => {
    const result = checkValue(beds, -3, cell);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.zh).toContain('小于下限 0');
    expect(checkValue({ ...rate, max: 80 }, 80.5, cell).ok).toBe(false);
    expect(checkValue({ ...rate, max: 80 }, 80, cell).ok).toBe(true);
  });

  it('refuses an empty value', () => {
    expect(checkValue(beds, '', cell).ok).toBe(false);
    expect(checkValue(beds, null, cell).ok).toBe(false);
  });
});
