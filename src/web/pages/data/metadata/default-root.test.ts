import { describe, expect, it } from 'vitest';
import { defaultRoot } from './default-root.js';
import type { DataSet, OrgUnitItem } from './types.js';

const UNITS: OrgUnitItem[] = [
  { code: '110102', name: '西城区', level: 'district', parent: '110000' },
  { code: '110102-S01', name: '月坛街道', level: 'street', parent: '110102' },
  { code: '110102-S02', name: '牛街街道', level: 'street', parent: '110102' },
];
const set = (orgUnits: string[]): DataSet => ({ code: 'XC', name: '年报', periodType: 'yearly', openFrom: null, openUntil: null, version: 1, elements: [], orgUnits });

describe('defaultRoot', () => {
  it('starts from the district when several of its streets report', () => {
    expect(defaultRoot(set(['110102-S01', '110102-S02']), UNITS, null)).toBe('110102');
  });

  it('starts from the one reporting unit, or the user’s own unit', () => {
    expect(defaultRoot(set(['110102-S02']), UNITS, null)).toBe('110102-S02');
    expect(defaultRoot(set(['110102-S01', '110102-S02']), UNITS, '110102-S01')).toBe('110102-S01');
  });

  it('has nothing to start from without a set or reporting units', () => {
    expect(defaultRoot(undefined, UNITS, null)).toBeUndefined();
    expect(defaultRoot(set([]), UNITS, null)).toBeUndefined();
  });
});
