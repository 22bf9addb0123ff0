import type { IndicatorYearValue, SnapshotIndicator } from '../../../domain/evaluation/snapshot.js';
import type { ChartInput } from './chart.js';
import { decimalsOf } from './model.js';

/** The chart of an indicator from its snapshot; `values` narrows the years shown (the public portal drops what it may not show). */
export function indicatorChartInput(indicator: SnapshotIndicator, values: IndicatorYearValue[] = indicator.values): ChartInput {
  const primary = indicator.primaryTarget === null ? null : indicator.targets[indicator.primaryTarget];
  return {
    title: indicator.name,
    unit: indicator.unit,
    values: values.map((v) => ({ year: v.year, value: v.roundedValue })),
    baseline: indicator.baseline ? { year: indicator.baseline.year, value: indicator.baseline.value } : null,
    target: primary && primary.value !== null ? { year: primary.year, value: primary.value } : null,
    trajectory: primary !== null && primary.result.progressShare !== null,
    decimals: decimalsOf(indicator),
  };
}
