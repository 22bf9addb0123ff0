import { describe, expect, it } from 'vitest';
import { trendOption } from './trend-option.js';
import type { IndicatorPage } from './types.js';

const labels = { value: '数值', baseline: '基期值', target: '目标值', expected: '时间进度', projection: '预测', sample: '示例数据' };

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
    { year: 2020, roundedValue: 84.26, usesSamples: false },
    { year: 2023, roundedValue: 84.52, usesSamples: true },
    { year: 2024, roundedValue: null, usesSamples: false },
  ],
  // 北京市 published 82.43 岁 (2020) and 83.93 岁 (2024).
  reference: {
    orgUnit: { code: '110000', name: '北京市' },
    values: [
      { year: 2020, value: 82.43, provenance: 'published', source: null },
      { year: 2024, value: 83.93, provenance: 'published', source: null },
    ],
  },
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
    const final = { ...page, series: [...page.series, { year: 2025, roundedValue: 85.05, usesSamples: false }] } as IndicatorPage;
    expect((trendOption(final, labels).series as Series[]).map((s) => s.name)).not.toContain('预测');
  });

  it('rings the years resting on sample data as their own legend entry', () => {
    expect(byName('示例数据').data).toEqual([[2023, 84.52]]);
  });

  it('draws the 北京市 values as a dashed reference line', () => {
    const beijing = series.find((s) => s.name === '北京市') as Series & { lineStyle: { type: string } };
    expect(beijing.data).toEqual([[2020, 82.43], [2024, 83.93]]);
    expect(beijing.lineStyle.type).toBe('dashed');
  });

  it('leaves out target, trajectory and projection when the indicator has no target', () => {
    const names = (trendOption({ ...page, primaryTarget: null, reference: null }, labels).series as Series[]).map((s) => s.name);
    expect(names).toEqual(['数值', '示例数据', '基期值']);
  });
});
