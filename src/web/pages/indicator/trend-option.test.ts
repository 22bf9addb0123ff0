import { describe, expect, it } from 'vitest';
import { trendOption } from './trend-option.js';
import type { IndicatorPage } from './types.js';

const labels = { value: '数值', baseline: '基期值', target: '目标值', expected: '时间进度', projection: '预测' };

// 西城区 人均期望寿命: baseline 84.26 岁 (2020), target ≥84 岁 in 2025, engine projection 84.74.
const page = {
  indicator: { unit: '岁' },
  baseline: { year: 2020, value: 84.26, text: '84.26 岁' },
  primaryTarget: 0,
  targets: [
    {
      text: '≥84 岁',
      year: 2025,
      value: 84,
      source: 'plan',
      result: { status: 'achieved', projection: { year: 2025, value: 84.74, achieved: true }, inputs: { aim: null, baseline: { year: 2020, value: 84.26, roundedValue: 84.26 } } },
      explanation: { zh: '', en: '' },
    },
  ],
  series: [
    { year: 2020, roundedValue: 84.26 },
    { year: 2023, roundedValue: 84.52 },
    { year: 2024, roundedValue: null },
  ],
} as unknown as IndicatorPage;

type Series = { name: string; data: unknown[]; markLine?: { data: unknown[] } };

describe('indicator trend chart', () => {
  const series = trendOption(page, labels).series as Series[];
  const byName = (name: string) => series.find((s) => s.name === name)!;

  it('plots the years that have a value, the baseline and the target line', () => {
    expect(byName('数值').data).toEqual([[2020, 84.26], [2023, 84.52]]);
    expect(byName('基期值').data).toEqual([[2020, 84.26]]);
    expect(byName('目标值').markLine!.data).toEqual([{ yAxis: 84 }]);
  });

  it('draws the time-progress line from baseline to target and the projection from the latest value', () => {
    expect(byName('时间进度').data).toEqual([[2020, 84.26], [2025, 84]]);
    expect(byName('预测').data).toEqual([[2023, 84.52], [2025, 84.74]]);
  });

  it('draws no projection once the latest value is from the target year', () => {
    const final = { ...page, series: [...page.series, { year: 2025, roundedValue: 85.05 }] } as IndicatorPage;
    expect((trendOption(final, labels).series as Series[]).map((s) => s.name)).not.toContain('预测');
  });

  it('leaves out target, trajectory and projection when the indicator has no target', () => {
    const names = (trendOption({ ...page, primaryTarget: null }, labels).series as Series[]).map((s) => s.name);
    expect(names).toEqual(['数值', '基期值']);
  });
});
