import { describe, expect, it } from 'vitest';
import { contains, isPeriodId, monthsOf, parsePeriod, PeriodError, periodsOfYear } from './period.js';

describe('parsePeriod', () => {
  it('reads a year', () => {
    expect(parsePeriod('2024')).toEqual({
      id: '2024',
      type: 'yearly',
      year: 2024,
      index: 1,
      startMonth: 1,
      months: 12,
      start: '2024-01-01',
      end: '2024-12-31',
      days: 366,
    });
    expect(parsePeriod('2025').days).toBe(365);
  });

  it('reads half years, quarters and months with their dates and days', () => {
    expect(parsePeriod('2024S1')).toMatchObject({ type: 'sixmonthly', start: '2024-01-01', end: '2024-06-30', days: 182 });
    expect(parsePeriod('2023S2')).toMatchObject({ type: 'sixmonthly', start: '2023-07-01', end: '2023-12-31', days: 184 });
    expect(parsePeriod('2024Q3')).toMatchObject({ type: 'quarterly', index: 3, start: '2024-07-01', end: '2024-09-30', days: 92 });
    expect(parsePeriod('2023Q1').days).toBe(90);
    expect(parsePeriod('2024Q1').days).toBe(91);
    expect(parsePeriod('202403')).toMatchObject({ type: 'monthly', index: 3, start: '2024-03-01', end: '2024-03-31', days: 31 });
    expect(parsePeriod('202402').end).toBe('2024-02-29');
    expect(parsePeriod('190002').days).toBe(28);
    expect(parsePeriod('200002').days).toBe(29);
  });

  it.each([
    ['2024Q5', /季度应为 1–4 \/ the quarter must be 1–4/],
    ['2024Q0', /the quarter must be 1–4/],
    ['2024S3', /半年应为 1–2 \/ the half year must be 1–2/],
    ['202413', /月份应为 1–12 \/ the month must be 1–12/],
    ['202400', /the month must be 1–12/],
    ['2024W10', /expected the form 2024, 2024S1, 2024Q3 or 202403/],
    ['24', /expected the form/],
    ['2024-03', /expected the form/],
    [' 2024', /expected the form/],
    ['', /expected the form/],
    ['0999', /the year must have four digits/],
  ])('rejects %j with a message naming the fault', (id, message) => {
    expect(() => parsePeriod(id)).toThrow(PeriodError);
    expect(() => parsePeriod(id)).toThrow(message);
    expect(isPeriodId(id)).toBe(false);
  });

  it('names the id in the message', () => {
    expect(() => parsePeriod('2024Q5')).toThrow('期间标识无效 / invalid period id "2024Q5"');
  });
});

describe('periodsOfYear', () => {
  it('lists the periods of each type in a year', () => {
    expect(periodsOfYear(2024, 'yearly')).toEqual(['2024']);
    expect(periodsOfYear(2024, 'sixmonthly')).toEqual(['2024S1', '2024S2']);
    expect(periodsOfYear(2024, 'quarterly')).toEqual(['2024Q1', '2024Q2', '2024Q3', '2024Q4']);
    const months = periodsOfYear(2024, 'monthly');
    expect(months).toHaveLength(12);
    expect(months[0]).toBe('202401');
    expect(months[11]).toBe('202412');
    expect(months.every(isPeriodId)).toBe(true);
  });

  it('has as many days in its parts as in the year', () => {
    for (const type of ['sixmonthly', 'quarterly', 'monthly'] as const) {
      const days = periodsOfYear(2024, type).reduce((sum, id) => sum + parsePeriod(id).days, 0);
      expect(days).toBe(366);
    }
  });
});

describe('contains', () => {
  it('tells whether a period lies inside another', () => {
    expect(contains('2024', '202403')).toBe(true);
    expect(contains('2024', '202503')).toBe(false);
    expect(contains('2024Q1', '202403')).toBe(true);
    expect(contains('2024Q1', '202404')).toBe(false);
    expect(contains('2024S2', '2024Q3')).toBe(true);
    expect(contains('2024S2', '2024Q2')).toBe(false);
    expect(contains('2024Q3', '2024S2')).toBe(false);
    expect(contains('2024', '2024')).toBe(true);
    expect(contains('202403', '2024')).toBe(false);
  });

  it('rejects an invalid id', () => {
    expect(() => contains('2024', '202413')).toThrow(PeriodError);
  });
});

describe('monthsOf', () => {
  it('lists the months a period covers', () => {
    expect(monthsOf('2024Q3')).toEqual(['202407', '202408', '202409']);
    expect(monthsOf('202411')).toEqual(['202411']);
    expect(monthsOf('2023S2')).toEqual(['202307', '202308', '202309', '202310', '202311', '202312']);
  });
});
