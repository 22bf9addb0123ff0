import type { EChartsCoreOption } from 'echarts/core';
import type { ComparisonItem } from './types.js';

/**
 * One bar per linked indicator: its latest value, with the plan's own first target beside it, so
 * that regions can be read side by side. Each bar is named by region and plan period.
 */
export function comparisonOption(items: readonly ComparisonItem[], labels: { latest: string; target: string }, unit: string | null): EChartsCoreOption {
  const names = items.map((i) => `${i.region.name} ${i.plan.periodStart}–${i.plan.periodEnd}`);
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 56, right: 24, top: 40, bottom: 56 },
    xAxis: { type: 'category', data: names, axisLabel: { interval: 0 } },
    yAxis: { type: 'value', scale: true, name: unit ?? '' },
    series: [
      { name: labels.latest, type: 'bar', data: items.map((i) => i.latest?.roundedValue ?? null), label: { show: true, position: 'top' } },
      { name: labels.target, type: 'scatter', symbol: 'triangle', symbolSize: 14, data: items.map((i) => i.targets.find((x) => x.value !== null)?.value ?? null) },
    ],
  };
}
