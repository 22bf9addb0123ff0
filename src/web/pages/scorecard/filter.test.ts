import { describe, expect, it } from 'vitest';
import { categoriesOf, filterRows, NO_FILTER } from './filter.js';
import type { ScorecardRow } from './types.js';

// Three rows of the 西城区“十四五” indicator table, judged as the engine judges them for 2025.
function row(code: string, name: string, category: string, attribute: ScorecardRow['attribute'], status: ScorecardRow['status']): ScorecardRow {
  return {
    code,
    name,
    category,
    seq: null,
    unit: null,
    attribute,
    direction: 'up',
    parent: null,
    baseline: null,
    targets: [],
    latest: null,
    previous: null,
    change: null,
    improving: null,
    status,
    statusLabel: null,
    rule: null,
    usesSamples: false,
  };
}

const rows = [
  row('XC21-01', '孕产妇系统服务率', '健康服务', 'binding', 'not_achieved'),
  row('XC21-03', '老年人健康服务率', '健康服务', 'expected', 'achieved'),
  row('XC21-07', '人均期望寿命', '健康水平', 'expected', 'achieved'),
];

describe('scorecard filters', () => {
  it('keeps every row without a filter', () => {
    expect(filterRows(rows, NO_FILTER).map((r) => r.code)).toEqual(['XC21-01', 'XC21-03', 'XC21-07']);
  });

  it('combines category, status and attribute', () => {
    expect(filterRows(rows, { ...NO_FILTER, status: 'achieved' }).map((r) => r.name)).toEqual(['老年人健康服务率', '人均期望寿命']);
    expect(filterRows(rows, { category: '健康服务', status: 'achieved', attribute: null }).map((r) => r.name)).toEqual(['老年人健康服务率']);
    expect(filterRows(rows, { ...NO_FILTER, attribute: 'binding' }).map((r) => r.name)).toEqual(['孕产妇系统服务率']);
    expect(filterRows(rows, { ...NO_FILTER, category: '健康水平', attribute: 'binding' })).toEqual([]);
  });

  it('lists categories in the order of the table', () => {
    expect(categoriesOf(rows)).toEqual(['健康服务', '健康水平']);
  });
});
