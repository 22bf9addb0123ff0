import type { Kysely } from 'kysely';
import { EVALUATION_SNAPSHOT_FORMAT, type EvaluationKind, type EvaluationSnapshot, type EvaluationSummary, type ProjectStage, type TaskStatus } from '../../../domain/evaluation/snapshot.js';
import { countBy, countStatuses } from '../../../domain/evaluation/summary.js';
import type { Database } from '../../db/schema.js';
import { assessPlan, thresholdsOf } from '../indicators/assessment.js';
import { seriesYears, type PlanRow } from '../indicators/plan-scope.js';
import { findOrgUnitById, planIndicators } from '../indicators/repository.js';
import { freezeFindings } from './findings.js';
import { projectStates, taskStates } from './repository.js';

const TASK_STATUSES: TaskStatus[] = ['not_started', 'in_progress', 'completed', 'delayed', 'suspended'];
const PROJECT_STAGES: (ProjectStage | 'unknown')[] = ['preparation', 'started', 'structure_done', 'completed', 'in_use', 'unknown'];

/**
 * Freezes what an evaluation judges: every indicator at the plan's region with the values of each
 * year (from approved data only, since an evaluation may be published), their inputs and
 * provenance, baseline, targets, method, thresholds and results; the state of tasks and projects; and
 * the consistency and data-quality findings about those figures.
 */
export async function buildSnapshot(
  db: Kysely<Database>,
  plan: PlanRow,
  evaluation: { kind: EvaluationKind; year: number; createdAt: Date; createdBy: string | null },
): Promise<EvaluationSnapshot> {
  const region = await findOrgUnitById(db, plan.region_org_unit_id);
  const indicators = await planIndicators(db, plan.id);
  const years = seriesYears(plan.period_start - 1, evaluation.year, indicators.flatMap((i) => i.baselines.map((b) => b.year)));
  const data = { approvedOnly: true, excludeSamples: false };
  const { byOrgUnit, elements } = await assessPlan(db, plan, indicators, { orgUnits: [region], year: evaluation.year, years, ...data, detailed: true });
  const assessed = byOrgUnit.get(region.id)!;
  const tasks = await taskStates(db, plan.id);
  const projects = await projectStates(db, plan.id);
  const findings = await freezeFindings(db, plan.id, region, evaluation.year, assessed);
  const usesSamples = assessed.some((i) => i.usesSamples);
  const summary: EvaluationSummary = {
    indicators: countStatuses(assessed.map((i) => i.status)),
    tasks: { total: tasks.length, byStatus: countBy(TASK_STATUSES, tasks.map((t) => t.status)) },
    projects: { total: projects.length, byStage: countBy(PROJECT_STAGES, projects.map((p) => p.stage ?? 'unknown')) },
    usesSamples,
  };
  return {
    format: EVALUATION_SNAPSHOT_FORMAT,
    kind: evaluation.kind,
    year: evaluation.year,
    createdAt: evaluation.createdAt.toISOString(),
    createdBy: evaluation.createdBy,
    plan: {
      code: plan.code,
      title: plan.title,
      region: { code: plan.region_code, name: plan.region_name },
      periodStart: plan.period_start,
      periodEnd: plan.period_end,
      issuer: plan.issuer,
      documentNumber: plan.document_number,
      approvalDate: plan.approval_date,
      status: plan.status,
      version: plan.version,
    },
    orgUnit: { code: region.code, name: region.name },
    method: plan.progress_method,
    thresholds: thresholdsOf(plan),
    years,
    data,
    dataElements: [...elements.values()].sort((a, b) => a.code.localeCompare(b.code)),
    usesSamples,
    summary,
    indicators: assessed,
    tasks,
    projects,
    findings,
  };
}
