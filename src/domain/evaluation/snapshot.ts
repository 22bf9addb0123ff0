/**
 * The evaluation snapshot (评估快照): everything an annual monitoring, mid-term or final evaluation
 * judged, frozen when the evaluation was created. Reports and the public portal are built from it
 * alone, so that a report can be reproduced years later whatever happened to the data since.
 * Pure types; the server writes it to evaluations.snapshot as JSON.
 */
import type { NoValueReason } from '../expressions/index.js';
import type { AggregationAcross, AggregationOverTime, Comparator, Direction, IndicatorAttribute, PopulationBasis, ProgressMethod } from '../plan/format.js';
import type { Message } from '../plan/problem.js';
import type { ProgressResult, ProgressStatus, RuleId, Thresholds } from '../progress/index.js';
import type { SnapshotFindings } from './findings.js';

export const EVALUATION_SNAPSHOT_FORMAT = 'healthplan.evaluation/1';

export type EvaluationKind = 'annual' | 'midterm' | 'final';
export type DataProvenance = 'entry' | 'import' | 'document' | 'published' | 'sample';
export type DataApprovalStatus = 'draft' | 'submitted' | 'approved';
export type TaskStatus = 'not_started' | 'in_progress' | 'completed' | 'delayed' | 'suspended';
export type ProjectStage = 'preparation' | 'started' | 'structure_done' | 'completed' | 'in_use';

/** Where an indicator value comes from: numerator × factor ÷ denominator, or the value reported for the indicator itself. */
export type ValueBasis = 'computed' | 'reported';

/** Counts of indicators by progress status; `noTarget` counts indicators that have no target to judge against. */
export interface StatusCounts {
  total: number;
  byStatus: Record<ProgressStatus, number>;
  noTarget: number;
}

/** One data item of a formula (`#{CODE}` or `#{CODE.DISAGG}`) aggregated at the org unit for one year. */
export interface InputValue {
  /** As written in the formula: CODE or CODE.DISAGG. */
  item: string;
  element: string;
  disaggregation: string | null;
  name: string | null;
  /** Null when no value was stored for it. */
  value: number | null;
  /** Stored values that went into it, and how many of those are sample (demonstration) values. */
  count: number;
  samples: number;
  /** Distinct provenances and approval statuses of those values (snapshots and indicator pages; empty on scorecards). */
  provenance: DataProvenance[];
  status: DataApprovalStatus[];
  /** Distinct sources recorded with those values (document, table, line …). */
  sources: unknown[];
}

/** An indicator's value at the org unit for one year, with what it was computed from. */
export interface IndicatorYearValue {
  year: number;
  /** Unrounded; null when there is no value. */
  value: number | null;
  /** At the indicator's reporting precision, rounded half up. */
  roundedValue: number | null;
  basis: ValueBasis | null;
  numerator: number | null;
  denominator: number | null;
  /** Why the formula gave no value (then the reported value was looked for). */
  reason: NoValueReason | null;
  usesSamples: boolean;
  /** The formula's items, then the indicator's own reported element. */
  inputs: InputValue[];
}

export interface FormulaSide {
  expression: string;
  /** The expression with every code replaced by its name. */
  description: string;
}

export interface SnapshotBaseline {
  year: number;
  value: number;
  text: string | null;
  note: string | null;
}

export interface SnapshotTarget {
  /** Exactly as written in the plan. */
  text: string;
  comparator: Comparator;
  value: number | null;
  valueHigh: number | null;
  bound: '>=' | '<=' | null;
  year: number;
  scope: 'region' | 'each-street' | 'each-institution';
  /** 'plan', or the higher-level issuer (北京市). */
  source: string;
  fromProse: boolean;
  tolerance: number | null;
  unit: string | null;
  /** Digits after the decimal point the text states (≥1.70 → 2), which the stored number loses; null when it states none. */
  decimals: number | null;
  /** The judgement against this target, with every input it used (method, thresholds, raw and rounded values). */
  result: ProgressResult;
}

export interface Trend {
  previous: { year: number; value: number; roundedValue: number };
  change: 'up' | 'down' | 'flat';
  /** Whether the change is for the better given the indicator's direction; null when that cannot be told. */
  improving: boolean | null;
}

export interface SnapshotIndicator {
  code: string;
  name: string;
  category: string | null;
  seq: string | null;
  unit: string | null;
  attribute: IndicatorAttribute | null;
  direction: Direction;
  factor: number;
  decimals: number | null;
  definition: string | null;
  populationBasis: PopulationBasis | null;
  parent: string | null;
  canonical: string | null;
  numerator: FormulaSide;
  denominator: FormulaSide | null;
  baselines: SnapshotBaseline[];
  /** The baseline the progress was measured from. */
  baseline: SnapshotBaseline | null;
  targets: SnapshotTarget[];
  /** Index in `targets` of the target that decides the status; null without targets. */
  primaryTarget: number | null;
  /** Values by year, oldest first. */
  values: IndicatorYearValue[];
  latest: { year: number; value: number; roundedValue: number; basis: ValueBasis } | null;
  trend: Trend | null;
  /** The primary target's status and rule; null without targets. */
  status: ProgressStatus | null;
  rule: RuleId | null;
  explanation: Message | null;
  usesSamples: boolean;
  /** A formula that cannot be read or computed. */
  error: Message | null;
}

export interface SnapshotTask {
  path: string;
  title: string;
  summary: string | null;
  deadline: string | null;
  status: TaskStatus;
  percent: number;
  lastUpdateAt: string | null;
  leadDepartments: string[];
  cooperatingDepartments: string[];
  indicators: string[];
  latestUpdate: { reportedOn: string; status: TaskStatus; percent: number; narrative: string } | null;
}

export interface SnapshotProject {
  code: string | null;
  name: string;
  kind: string | null;
  location: string | null;
  content: string | null;
  beds: number | null;
  floorArea: number | null;
  investment: number | null;
  investmentText: string | null;
  plannedStart: string | null;
  plannedCompletion: string | null;
  stage: ProjectStage | null;
  percent: number;
  lastUpdateAt: string | null;
  latestUpdate: { reportedOn: string; stage: ProjectStage | null; percent: number; narrative: string } | null;
}

export interface DataElementRule {
  code: string;
  name: string;
  unit: string | null;
  aggregationAcross: AggregationAcross;
  aggregationOverTime: AggregationOverTime;
}

export interface EvaluationSummary {
  indicators: StatusCounts;
  tasks: { total: number; byStatus: Record<TaskStatus, number> };
  projects: { total: number; byStage: Record<ProjectStage | 'unknown', number> };
  usesSamples: boolean;
}

export interface EvaluationSnapshot {
  format: typeof EVALUATION_SNAPSHOT_FORMAT;
  kind: EvaluationKind;
  /** The evaluation year: values after it are not used. */
  year: number;
  createdAt: string;
  createdBy: string | null;
  plan: {
    code: string;
    title: string;
    region: { code: string; name: string };
    periodStart: number;
    periodEnd: number;
    issuer: string | null;
    documentNumber: string | null;
    approvalDate: string | null;
    status: 'draft' | 'active' | 'closed';
    version: number;
  };
  /** The org unit the values were aggregated at (the plan's region). */
  orgUnit: { code: string; name: string };
  method: ProgressMethod;
  thresholds: Thresholds;
  /** Years whose values were computed. */
  years: number[];
  /** Which stored values were used. */
  data: { approvedOnly: boolean; excludeSamples: boolean };
  /** The aggregation rules of every data element the formulas use, as they were. */
  dataElements: DataElementRule[];
  usesSamples: boolean;
  summary: EvaluationSummary;
  indicators: SnapshotIndicator[];
  tasks: SnapshotTask[];
  projects: SnapshotProject[];
  /** The plan's consistency findings and the data-quality violations of the data used; absent from snapshots stored before they were frozen. */
  findings?: SnapshotFindings;
}
