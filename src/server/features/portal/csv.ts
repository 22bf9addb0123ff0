import { formatFixed } from '../../../domain/rounding.js';
import type { PublicIndicator } from './public-view.js';

function field(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const HEADER = ['plan', 'indicator_code', 'indicator', 'category', 'unit', 'attribute', 'baseline_year', 'baseline', 'target', 'year', 'value'];

/** The published values of indicators, one row per indicator and year (UTF-8 with BOM so that Excel reads the Chinese). */
export function indicatorsCsv(planCode: string, indicators: PublicIndicator[]): string {
  const rows = [HEADER];
  for (const p of indicators) {
    const i = p.indicator;
    const common = [planCode, i.code, i.name, i.category ?? '', i.unit ?? '', i.attribute ?? ''];
    const baseline = [i.baseline ? String(i.baseline.year) : '', i.baseline ? String(i.baseline.value) : ''];
    const target = i.targets.map((t) => t.text).join('；');
    if (p.values.length === 0) rows.push([...common, ...baseline, target, '', '']);
    for (const v of p.values) rows.push([...common, ...baseline, target, String(v.year), formatFixed(v.roundedValue!, p.decimals)]);
  }
  return '\ufeff' + rows.map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}
