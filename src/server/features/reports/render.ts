import type { EvaluationSnapshot } from '../../../domain/evaluation/snapshot.js';
import { chartPngs } from './chart-png.js';
import { buildDocx } from './docx.js';
import { indicatorChartInput } from './indicator-chart.js';
import { buildReportModel } from './model.js';
import { reproducible } from './package.js';
import { buildXlsx } from './xlsx.js';

export type ReportFormat = 'docx' | 'xlsx';

export const REPORT_CONTENT_TYPES: Record<ReportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The report of a snapshot; the same snapshot always gives the same bytes. */
export async function renderReport(snapshot: EvaluationSnapshot, format: ReportFormat): Promise<Buffer> {
  const model = buildReportModel(snapshot);
  if (format === 'xlsx') return reproducible(await buildXlsx(model), model.createdAt);
  const indicators = model.charted.map((code) => snapshot.indicators.find((i) => i.code === code)!);
  const pngs = await chartPngs(indicators.map((indicator) => indicatorChartInput(indicator)));
  const charts = indicators.map((indicator, k) => ({ code: indicator.code, name: indicator.name, png: pngs[k] }));
  return reproducible(await buildDocx(model, charts), model.createdAt);
}

/** A file name people can recognise: plan, year and kind. */
export function reportFileName(snapshot: EvaluationSnapshot, format: ReportFormat): string {
  return `${snapshot.plan.code}-${snapshot.year}-${snapshot.kind}.${format}`;
}
