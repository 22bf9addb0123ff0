import { describe, expect, it } from 'vitest';
import { comparisonOption } from './comparison-option.js';
import type { ComparisonItem } from './types.js';

// 每千常住人口医疗卫生机构床位数 in two plans: 朝阳区 target 7.5, 门头沟区 two readings of 左右.
const items = [
  { plan: { periodStart: 2021, periodEnd: 2025 }, region: { name: '朝阳区' }, targets: [{ text: '7.5', value: 7.5 }], latest: { year: 2025, roundedValue: 7.07 } },
  { plan: { periodStart: 2021, periodEnd: 2025 }, region: { name: '门头沟区' }, targets: [{ text: '7.6 左右', value: 7.6 }, { text: '6.5 左右', value: 6.5 }], latest: null },
] as unknown as ComparisonItem[];

describe('comparison chart', () => {
  const option = comparisonOption(items, { latest: '最新值', target: '目标值' }, '张') as { xAxis: { data: string[] }; series: Array<{ data: unknown[] }> };

  it('names one bar per plan by region and period', () => {
    expect(option.xAxis.data).toEqual(['朝阳区 2021–2025', '门头沟区 2021–2025']);
  });

  it('puts each latest value beside the first target, leaving a gap where there is no value', () => {
    expect(option.series[0].data).toEqual([7.07, null]);
    expect(option.series[1].data).toEqual([7.5, 7.6]);
  });
});
