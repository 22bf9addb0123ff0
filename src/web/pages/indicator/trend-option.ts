import type { EChartsCoreOption } from 'echarts/core';
import type { IndicatorPage } from './types.js';

export interface TrendLabels {
  value: string;
  baseline: string;
  target: string;
  expected: string;
  projection: string;
  sample: string;
}

/**
 * The trend chart: values by year, the baseline point, the target as a line, the 时间进度法
 * trajectory as the straight line from baseline to target the engine measures against, and the
 * engine's projection from the latest value. Years resting on sample data are ringed as their own
 * legend entry, and the parent region's values (北京市 for its districts) are a dashed reference line.
 */
export function trendOption(page: IndicatorPage, labels: TrendLabels): EChartsCoreOption {
  const primary = page.primaryTarget === null ? null : page.targets[page.primaryTarget];
  const observed = page.series.filter((p) => p.roundedValue !== null).map((p) => [p.year, p.roundedValue]);
  const baseline = primary?.result.inputs.baseline ?? (page.baseline?.value != null ? { year: page.baseline.year, roundedValue: page.baseline.value } : null);
  const aim = primary ? (primary.result.inputs.aim ?? primary.value) : null;
  const series: object[] = [{ name: labels.value, type: 'line', data: observed, symbolSize: 8 }];
  const samples = page.series.filter((p) => p.roundedValue !== null && p.usesSamples).map((p) => [p.year, p.roundedValue]);
  if (samples.length > 0) series.push({ name: labels.sample, type: 'scatter', symbol: 'emptyCircle', symbolSize: 14, itemStyle: { color: '#722ed1' }, data: samples });
  if (page.reference && page.reference.values.length > 0) {
    series.push({ name: page.reference.orgUnit.name, type: 'line', lineStyle: { type: 'dashed' }, symbol: 'rect', symbolSize: 6, data: page.reference.values.map((v) => [v.year, v.value]) });
  }
  if (baseline) series.push({ name: labels.baseline, type: 'scatter', symbol: 'diamond', symbolSize: 14, data: [[baseline.year, baseline.roundedValue]] });
  if (primary && aim !== null) {
    series.push({
      name: labels.target,
      type: 'line',
      symbol: 'triangle',
      symbolSize: 12,
      data: [[primary.year, aim]],
      markLine: { symbol: 'none', label: { formatter: `${labels.target} ${primary.text}` }, lineStyle: { type: 'dotted', width: 2 }, data: [{ yAxis: aim }] },
    });
    if (baseline) series.push({ name: labels.expected, type: 'line', lineStyle: { type: 'dashed' }, symbol: 'none', data: [[baseline.year, baseline.roundedValue], [primary.year, aim]] });
  }
  const projection = primary?.result.projection;
  const last = observed.at(-1);
  if (projection && last && projection.year > (last[0] as number)) {
    series.push({ name: labels.projection, type: 'line', lineStyle: { type: 'dashed', width: 1 }, symbol: 'circle', data: [last, [projection.year, projection.value]] });
  }
  const years = page.series.map((p) => p.year);
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 56, right: 32, top: 48, bottom: 32 },
    xAxis: { type: 'value', min: Math.min(...years), max: Math.max(...years, primary?.year ?? 0), interval: 1, axisLabel: { formatter: (y: number) => String(y) } },
    yAxis: { type: 'value', scale: true, name: page.indicator.unit ?? '' },
    series,
  };
}
