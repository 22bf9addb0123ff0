import type { EChartsCoreOption } from 'echarts/core';

export interface ChartProps {
  option: EChartsCoreOption;
  /** What the chart shows, read by screen readers in place of the picture. */
  label: string;
  height?: number;
}
