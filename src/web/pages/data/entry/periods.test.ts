import { describe, expect, it } from 'vitest';
import { defaultPeriod, periodChoices } from './periods.js';

describe('entry periods', () => {
  it('offers the years that have begun, newest first, and defaults to the last finished one', () => {
    expect(periodChoices('yearly', '2026-11-22')).toEqual(['2026', '2025', '2024', '2023', '2022', '2021']);
    expect(defaultPeriod('yearly', '2026-11-22')).toBe('2025');
  });

  it('leaves out quarters and months that have not begun, and defaults to the previous one', () => {
    expect(periodChoices('quarterly', '2026-11-22', 1)).toEqual(['2026Q4', '2026Q3', '2026Q2', '2026Q1']);
    expect(defaultPeriod('quarterly', '2026-11-22')).toBe('2026Q3');
    expect(periodChoices('monthly', '2026-01-31', 2).slice(0, 3)).toEqual(['202601', '202512', '202511']);
    expect(defaultPeriod('monthly', '2026-01-31')).toBe('202512');
    expect(defaultPeriod('sixmonthly', '2026-07-01')).toBe('2026S1');
  });
});
