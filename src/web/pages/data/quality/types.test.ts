import { describe, expect, it } from 'vitest';
import { entryLink } from './types.js';

describe('entryLink', () => {
  it('opens the entry grid on the form of the finding’s org unit and period', () => {
    expect(entryLink('HEALTH_RESOURCES', { orgUnit: '110109-S03', period: '2024' })).toBe('/data/entry?dataSet=HEALTH_RESOURCES&orgUnit=110109-S03&period=2024');
    expect(entryLink('妇幼 年报', { orgUnit: 'a&b', period: '2024Q1' })).toBe('/data/entry?dataSet=%E5%A6%87%E5%B9%BC+%E5%B9%B4%E6%8A%A5&orgUnit=a%26b&period=2024Q1');
  });
});
