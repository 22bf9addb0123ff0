import { init, type EChartsOption } from 'echarts';
import type { Lang } from './labels.js';

/** What an indicator chart draws: the observed values, the baseline, the target and the straight path between them. */
export interface ChartInput {
  title: string;
  unit: string | null;
  values: { year: number; value: number | null }[];
  baseline: { year: number; value: number } | null;
  target: { year: number; value: number } | null;
  /** Draw the straight path from baseline to target: only where progress was measured against it. */
  trajectory: boolean;
  decimals: number;
}

const SERIES_NAMES = {
  zh: { actual: '实际值', baseline: '基期值', target: '目标值', trajectory: '目标路径' },
  en: { actual: 'Actual', baseline: 'Baseline', target: 'Target', trajectory: 'Path to target' },
};

/** Dark enough on white for WCAG AA (each ≥ 4.5:1). */
const COLOURS = { actual: '#1f4e9c', baseline: '#5c5c5c', target: '#a3361f', trajectory: '#2e6b30' };

function yearsOf(input: ChartInput): number[] {
  const known = [...input.values.map((v) => v.year), ...(input.baseline ? [input.baseline.year] : []), ...(input.target ? [input.target.year] : [])];
  if (known.length === 0) return [];
  const first = Math.min(...known);
  const last = Math.max(...known);
  return Array.from({ length: last - first + 1 }, (_, k) => first + k);
}

export function chartOption(input: ChartInput, lang: Lang): EChartsOption {
  const names = SERIES_NAMES[lang];
  const years = yearsOf(input);
  const at = (year: number) => input.values.find((v) => v.year === year)?.value ?? null;
  const { baseline, target } = input;
  const trajectory =
    input.trajectory && baseline && target && target.year > baseline.year
      ? years.map((y) => (y < baseline.year || y > target.year ? null : baseline.value + ((target.value - baseline.value) * (y - baseline.year)) / (target.year - baseline.year)))
      : null;
  const round = (v: number | null) => (v === null ? null : Number(v.toFixed(input.decimals)));
  const series: EChartsOption['series'] = [
    { name: names.actual, type: 'line', data: years.map((y) => round(at(y))), connectNulls: true, color: COLOURS.actual, symbolSize: 8, label: { show: true, fontSize: 12 } },
  ];
  if (baseline) series.push({ name: names.baseline, type: 'line', data: years.map(() => baseline.value), color: COLOURS.baseline, symbol: 'none', lineStyle: { type: 'dotted' } });
  if (target) series.push({ name: names.target, type: 'line', data: years.map(() => target.value), color: COLOURS.target, symbol: 'none', lineStyle: { type: 'dashed' } });
  if (trajectory) series.push({ name: names.trajectory, type: 'line', data: trajectory.map(round), color: COLOURS.trajectory, symbol: 'none', lineStyle: { type: 'dashed', width: 1 } });
  return {
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: 'Noto Sans SC, sans-serif' },
    title: { text: input.unit ? `${input.title}（${input.unit}）` : input.title, left: 'center', textStyle: { fontSize: 15, color: '#1a1a1a' } },
    legend: { bottom: 0, textStyle: { color: '#1a1a1a' } },
    grid: { left: 56, right: 24, top: 48, bottom: 56 },
    xAxis: { type: 'category', data: years.map(String), axisLabel: { color: '#1a1a1a' } },
    yAxis: { type: 'value', scale: true, axisLabel: { color: '#1a1a1a' } },
    series,
  };
}

/** The chart as an SVG document, rendered on the server without a browser. */
export function chartSvg(input: ChartInput, lang: Lang, size = { width: 640, height: 360 }): string {
  const chart = init(null, null, { renderer: 'svg', ssr: true, ...size });
  try {
    chart.setOption(chartOption(input, lang));
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
