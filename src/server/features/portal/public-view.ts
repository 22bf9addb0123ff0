import type { EvaluationSnapshot, IndicatorYearValue, SnapshotIndicator } from '../../../domain/evaluation/snapshot.js';
import type { ProgressStatus } from '../../../domain/progress/index.js';
import type { ProjectStage, TaskStatus } from '../../../domain/evaluation/snapshot.js';
import { decimalsOf } from '../reports/model.js';

/**
 * What of a published snapshot the public sees. A value is shown only when every stored value
 * behind it was approved and none was a sample; an indicator that used a sample value shows no
 * status, since the status was judged on it.
 */
export function isPublicValue(v: IndicatorYearValue): boolean {
  if (v.roundedValue === null || v.usesSamples) return false;
  return v.inputs.every((input) => input.samples === 0 && !input.provenance.includes('sample') && input.status.every((s) => s === 'approved'));
}

export interface PublicIndicator {
  indicator: SnapshotIndicator;
  values: IndicatorYearValue[];
  latest: { year: number; value: number } | null;
  status: ProgressStatus | null;
  decimals: number;
}

export function publicIndicator(indicator: SnapshotIndicator): PublicIndicator {
  const values = indicator.values.filter(isPublicValue);
  const last = values.at(-1);
  const clean = !indicator.usesSamples;
  return {
    indicator,
    values,
    latest: last && last.roundedValue !== null ? { year: last.year, value: last.roundedValue } : null,
    status: clean ? indicator.status : null,
    decimals: decimalsOf(indicator),
  };
}

export interface PublicOverview {
  year: number;
  kind: EvaluationSnapshot['kind'];
  indicators: PublicIndicator[];
  byStatus: Partial<Record<ProgressStatus, number>>;
  binding: PublicIndicator[];
  tasks: Record<TaskStatus, number> & { total: number };
  projects: Record<ProjectStage | 'unknown', number> & { total: number };
}

export function publicOverview(snapshot: EvaluationSnapshot): PublicOverview {
  const indicators = snapshot.indicators.map(publicIndicator);
  const byStatus: Partial<Record<ProgressStatus, number>> = {};
  for (const i of indicators) if (i.status) byStatus[i.status] = (byStatus[i.status] ?? 0) + 1;
  return {
    year: snapshot.year,
    kind: snapshot.kind,
    indicators,
    byStatus,
    binding: indicators.filter((i) => i.indicator.attribute === 'binding'),
    tasks: { ...snapshot.summary.tasks.byStatus, total: snapshot.summary.tasks.total },
    projects: { ...snapshot.summary.projects.byStage, total: snapshot.summary.projects.total },
  };
}
