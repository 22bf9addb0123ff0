import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../../domain/periods/period.js';
import { enclosingPeriods } from './period-keys.js';

describe('enclosing periods', () => {
  it('lists the quarter, half and year around a month, the half and year around a quarter, nothing around a year', () => {
    expect(enclosingPeriods(parsePeriod('202408'))).toEqual(['2024Q3', '2024S2', '2024']);
    expect(enclosingPeriods(parsePeriod('2024Q2'))).toEqual(['2024S1', '2024']);
    expect(enclosingPeriods(parsePeriod('2024S2'))).toEqual(['2024']);
    expect(enclosingPeriods(parsePeriod('2024'))).toEqual([]);
  });
});
