import type { SnapshotIndicator } from '../../../domain/evaluation/snapshot.js';
import { countStatuses } from '../../../domain/evaluation/summary.js';
import { STATUS_LABELS } from '../../../domain/progress/index.js';
import type { ServiceContext } from '../../context.js';
import { assessPlan, thresholdsOf } from './assessment.js';
import { defaultYear, orgUnitFor, planFor, seriesYears } from './plan-scope.js';
import { planIndicators } from './repository.js';

export interface ScorecardQuery {
  orgUnit?: string;
  year?: number;
  approvedOnly?: boolean;
  excludeSamples?: boolean;
}

/**
 * A plan's scorecard at an org unit and evaluation year: every indicator with its baseline,
 * targets as written, latest value and the change from the year before, and its progress status.
 */
export async function scorecard(ctx: ServiceContext, planCode: string, query: ScorecardQuery) {
  const plan = await planFor(ctx, planCode, 'plan:read');
  const unit = await orgUnitFor(ctx.db, plan, query.orgUnit);
  const year = query.year ?? defaultYear(plan);
  const indicators = await planIndicators(ctx.db, plan.id);
  const years = seriesYears(
    plan.period_start - 1,
    year,
    indicators.flatMap((i) => i.baselines.map((b) => b.year)),
  );
  const { byOrgUnit } = await assessPlan(ctx.db, plan, indicators, {
    orgUnits: [unit],
    year,
    years,
    approvedOnly: query.approvedOnly,
    excludeSamples: query.excludeSamples,
  });
  const rows = byOrgUnit.get(unit.id)!;
  return {
    plan: { code: plan.code, title: plan.title, periodStart: plan.period_start, periodEnd: plan.period_end, progressMethod: plan.progress_method, thresholds: thresholdsOf(plan) },
    orgUnit: { code: unit.code, name: unit.name, level: unit.level },
    year,
    years,
    data: { approvedOnly: Boolean(query.approvedOnly), excludeSamples: Boolean(query.excludeSamples) },
    summary: countStatuses(rows.map((r) => r.status)),
    usesSamples: rows.some((r) => r.usesSamples),
    rows: rows.map(scorecardRow),
  };
}

export function scorecardRow(i: SnapshotIndicator) {
  const primary = i.primaryTarget === null ? null : i.targets[i.primaryTarget].result;
  return {
    code: i.code,
    name: i.name,
    category: i.category,
    seq: i.seq,
    unit: i.unit,
    attribute: i.attribute,
    direction: i.direction,
    parent: i.parent,
    baseline: i.baseline,
    targets: i.targets.map((t) => ({ text: t.text, comparator: t.comparator, value: t.value, valueHigh: t.valueHigh, year: t.year, scope: t.scope, source: t.source, status: t.result.status })),
    primaryTarget: i.primaryTarget,
    latest: i.latest,
    previous: i.trend?.previous ?? null,
    change: i.trend?.change ?? null,
    improving: i.trend?.improving ?? null,
    status: i.status,
    statusLabel: i.status ? STATUS_LABELS[i.status] : null,
    rule: i.rule,
    ratio: primary?.ratio ?? null,
    projection: primary?.projection ?? null,
    usesSamples: i.usesSamples,
    error: i.error,
  };
}
