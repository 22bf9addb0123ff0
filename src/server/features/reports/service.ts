import type { ServiceContext } from '../../context.js';
import { getEvaluation, listEvaluations } from '../evaluations/service.js';
import { REPORT_CONTENT_TYPES, renderReport, reportFileName, type ReportFormat } from './render.js';
import { notFound } from '../../errors.js';

export interface ReportFile {
  body: Buffer;
  fileName: string;
  contentType: string;
}

/** The report of an evaluation, for whoever may read its plan. */
export async function evaluationReport(ctx: ServiceContext, id: number, format: ReportFormat): Promise<ReportFile> {
  const { snapshot } = await getEvaluation(ctx, id);
  return { body: await renderReport(snapshot, format), fileName: reportFileName(snapshot, format), contentType: REPORT_CONTENT_TYPES[format] };
}

/** The id of a plan's most recent evaluation: the latest year, then the latest created. */
export async function latestEvaluationId(ctx: ServiceContext, planCode: string): Promise<number> {
  const [latest] = await listEvaluations(ctx, planCode);
  if (!latest) throw notFound({ zh: `规划 ${planCode} 的评估`, en: `An evaluation of plan ${planCode}` }, { field: 'evaluation' });
  return latest.id;
}
