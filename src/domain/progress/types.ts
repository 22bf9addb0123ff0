import type { Direction, ProgressMethod } from '../plan/format.js';
import type { TargetRule, YearValue } from '../targets/index.js';

export type ProgressStatus =
  | 'achieved'
  | 'on_track'
  | 'acceleration_needed'
  | 'limited'
  | 'deterioration'
  | 'maintained'
  | 'not_maintained'
  | 'not_achieved'
  | 'no_data'
  | 'qualitative';

/** Stable ids of the rules that produce a result; rules.ts explains each in words. */
export type RuleId =
  | 'qualitative-manual'
  | 'reach-direction-unknown'
  | 'maintain-bound-unknown'
  | 'no-data'
  | 'baseline-needed'
  | 'no-data-after-baseline'
  | 'achieved-at-year'
  | 'final-year-not-met'
  | 'achievement-only-no-baseline'
  | 'achievement-only-baseline-not-before-target'
  | 'lost-since-baseline'
  | 'target-equals-baseline'
  | 'time-progress'
  | 'growth-cagr'
  | 'growth-fallback-time'
  | 'maintain-every-year'
  | 'direction-vs-baseline'
  | 'direction-every-year';

/** Lower limits of the ratio R for each trajectory status (settings). */
export interface Thresholds {
  /** R at or above: on track (进度正常). */
  onTrack: number;
  /** R at or above, below onTrack: acceleration needed (需加快). */
  accelerate: number;
  /** R at or above, below accelerate: limited (进展缓慢); below: moving away (逆向变化). */
  limited: number;
}

export interface ProgressTarget extends TargetRule {
  /** Deadline year T. */
  year: number;
  /** Digits written in the target (≥1.70 → 2); counted from the value when absent. */
  decimals?: number | null;
}

export interface ProgressInput {
  /** 时间进度法 (time, default) or the growth (CAGR) method. */
  method?: ProgressMethod;
  direction?: Direction;
  baseline?: YearValue | null;
  target: ProgressTarget;
  /** Observed values by year; values after the evaluation year are ignored. */
  values: YearValue[];
  /** Evaluation year t. */
  year: number;
  /** The indicator's reporting precision; default 2, or the target's digits when more. */
  decimals?: number | null;
  thresholds?: Partial<Thresholds>;
}

export interface Projection {
  year: number;
  /** Least-squares line through the observed years, at the target year, rounded. */
  value: number;
  /** Whether the projected value meets the target; null when that cannot be told. */
  achieved: boolean | null;
}

export interface Observation {
  year: number;
  value: number;
  roundedValue: number;
  /** Whether this year's value meets the target (for maintain and 逐年 targets). */
  met?: boolean | null;
}

/** Everything the result was computed from, so that it can be explained and reproduced. */
export interface ProgressInputs {
  method: ProgressMethod;
  direction: Direction | null;
  year: number;
  decimals: number;
  thresholds: Thresholds;
  baseline: { year: number; value: number; roundedValue: number } | null;
  target: {
    text: string | null;
    comparator: TargetRule['comparator'];
    value: number | null;
    valueHigh: number | null;
    bound: '>=' | '<=' | null;
    tolerance: number | null;
    year: number;
  };
  /** The value the trajectory aims at: the target value, the near end of a range, or baseline + gain. */
  aim: number | null;
  /** Observed values up to the evaluation year, the baseline included, oldest first. */
  observations: Observation[];
  /** Yearly growth rates of the growth method. */
  growth?: { actualRate: number; requiredRate: number; sign: 1 | -1 };
  /** Why the growth method was replaced by time progress. */
  fallbackReason?: 'two-sided-target' | 'non-positive-values';
}

export interface ProgressResult {
  status: ProgressStatus;
  /** Whether the latest value meets the target; null when that cannot be told. */
  achieved: boolean | null;
  /** R, rounded to 4 decimals; null when no trajectory was computed. */
  ratio: number | null;
  /** P = (y_t − y₀) / (v − y₀), rounded to 4 decimals. */
  progressShare: number | null;
  /** E = (t − t₀) / (T − t₀), rounded to 4 decimals. */
  timeShare: number | null;
  /** The latest value up to the evaluation year, as observed. */
  value: number | null;
  /** The same at the reporting precision: the value that was compared. */
  roundedValue: number | null;
  /** Year of that value (may be before the evaluation year). */
  valueYear: number | null;
  projection: Projection | null;
  rule: RuleId;
  inputs: ProgressInputs;
}
