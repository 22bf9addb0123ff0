/** The scorecard as GET /api/plans/:code/scorecard returns it. */
import type { ProgressStatus, RuleId } from '../../../domain/progress/index.js';
import type { LocalizedText } from '../../api/client.js';
import type { IndicatorView } from '../../api/types.js';

export type { ProgressStatus };

export interface ScopeUnit {
  code: string;
  name: string;
  level: string;
}

export interface PlanScope {
  code: string;
  title: string;
  periodStart: number;
  periodEnd: number;
  progressMethod: string;
}

export interface YearValue {
  year: number;
  value: number | null;
  roundedValue: number | null;
}

export interface ScorecardTarget {
  text: string;
  comparator: string;
  value: number | null;
  valueHigh: number | null;
  year: number;
  scope: string | null;
  source: string | null;
  status: ProgressStatus | null;
}

export interface ScorecardRow extends Pick<IndicatorView, 'code' | 'name' | 'category' | 'seq' | 'unit' | 'attribute' | 'direction' | 'parent'> {
  baseline: { year: number; value: number | null; text: string | null; note: string | null } | null;
  targets: ScorecardTarget[];
  latest: (YearValue & { basis: string }) | null;
  previous: YearValue | null;
  change: 'up' | 'down' | 'flat' | null;
  improving: boolean | null;
  status: ProgressStatus | null;
  statusLabel: LocalizedText | null;
  rule: RuleId | null;
  usesSamples: boolean;
}

export interface Scorecard {
  plan: PlanScope;
  orgUnit: ScopeUnit;
  year: number;
  years: number[];
  summary: { total: number; byStatus: Record<ProgressStatus, number>; noTarget: number };
  usesSamples: boolean;
  rows: ScorecardRow[];
}
