/** Evaluations as the evaluations API returns them. */
import type { SnapshotFindings } from '../../../domain/evaluation/findings.js';
import type { EvaluationKind, EvaluationSummary } from '../../../domain/evaluation/snapshot.js';
import type { ProgressStatus } from '../scorecard/types.js';

export type { EvaluationKind };

export interface EvaluationMeta {
  id: number;
  plan: string;
  kind: EvaluationKind;
  year: number;
  summary: EvaluationSummary;
  usesSamples: boolean;
  published: boolean;
  createdBy: string | null;
  createdAt: string;
}

export interface FrozenIndicator {
  code: string;
  name: string;
  category: string | null;
  unit: string | null;
  baseline: { year: number; value: number | null; text: string | null } | null;
  targets: Array<{ text: string; year: number }>;
  latest: { year: number; roundedValue: number | null } | null;
  /** Each year's value with whether sample data went into it. */
  values: Array<{ year: number; usesSamples: boolean }>;
  status: ProgressStatus | null;
  usesSamples: boolean;
}

export interface Evaluation extends EvaluationMeta {
  snapshot: { plan: { code: string; title: string }; orgUnit: { name: string }; indicators: FrozenIndicator[]; findings?: SnapshotFindings };
}
