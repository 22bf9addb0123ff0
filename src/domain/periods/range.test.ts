import { describe, expect, it } from 'vitest';
import { periodRange } from './range.js';

describe('periodRange', () => {
  it('runs across the turn of a year in each period type', () => {
    expect(periodRange('2023Q3', '2024Q2')).toEqual(['2023Q3', '2023Q4', '2024Q1', '2024Q2']);
    expect(periodRange('202311', '202402')).toEqual(['202311', '202312', '202401', '202402']);
    expect(periodRange('2024S2', '2025S1')).toEqual(['2024S2', '2025S1']);
    expect(periodRange('2021', '2025')).toEqual(['2021', '2022', '2023', '2024', '2025']);
  });

  it('is one period when both ends are the same', () => {
    expect(periodRange('202403', '202403')).toEqual(['202403']);
  });

  it('refuses mixed types and a range that ends before it starts', () => {
    expect(periodRange('2024', '2024Q4')).toBeNull();
    expect(periodRange('2025', '2021')).toBeNull();
  });
});
