import type { Direction, ProgressMethod } from '../plan/format.js';
import { evaluateProgress, explainProgress, type ProgressResult, type Thresholds } from '../progress/index.js';
import { reportingDecimals, roundHalfUp } from '../rounding.js';
import { parseTarget, type YearValue } from '../targets/index.js';
import type { SnapshotBaseline, SnapshotIndicator, SnapshotTarget, Trend } from './snapshot.js';

/** A target as the plan states it; `decimals` is read from its text when not given. */
export type TargetFacts = Omit<SnapshotTarget, 'result' | 'decimals'> & { decimals?: number | null };

export interface AssessmentInput {
  direction: Direction;
  unit: string | null;
  /** The indicator's own reporting precision, when the plan sets one. */
  decimals: number | null;
  method: ProgressMethod;
  thresholds: Partial<Thresholds>;
  /** First year of the plan: the baseline is the latest one before it. */
  periodStart: number;
  /** Evaluation year. */
  year: number;
  /** Which targets apply at the org unit assessed: the region's, or those every street must meet. */
  scope: TargetFacts['scope'];
  baselines: SnapshotBaseline[];
  targets: TargetFacts[];
  /** Observed values by year. */
  values: YearValue[];
}

export type Assessment = Pick<SnapshotIndicator, 'baseline' | 'targets' | 'primaryTarget' | 'trend' | 'status' | 'rule' | 'explanation'> & {
  /** Precision the values are shown and compared at. */
  decimals: number;
  latest: { year: number; value: number; roundedValue: number } | null;
};

/**
 * Judges one indicator at one org unit: every target by the progress rules, the primary target
 * deciding the status, the latest value and its change from the year before.
 */
export function assessIndicator(input: AssessmentInput): Assessment {
  const baseline = chooseBaseline(input.baselines, input.periodStart);
  const targets: SnapshotTarget[] = input.targets.map((t) => {
    const written = { ...t, decimals: t.decimals === undefined ? writtenDecimals(t, input) : t.decimals };
    return { ...written, result: judge(input, baseline, written) };
  });
  const primaryTarget = choosePrimaryTarget(input.targets, input.year, input.scope);
  const primary: ProgressResult | null = primaryTarget === null ? null : targets[primaryTarget].result;
  const decimals = primary?.inputs.decimals ?? reportingDecimals(input.decimals, null);
  const observed = [...input.values].filter((v) => v.year <= input.year).sort((a, b) => a.year - b.year);
  const rounded = (v: YearValue) => ({ year: v.year, value: v.value, roundedValue: roundHalfUp(v.value, decimals) });
  const latest = observed.length ? rounded(observed[observed.length - 1]) : null;
  const previous = observed.length > 1 ? rounded(observed[observed.length - 2]) : null;
  return {
    baseline,
    targets,
    primaryTarget,
    decimals,
    latest,
    trend: latest && previous ? trendOf(latest.roundedValue, previous, input.direction, primary) : null,
    status: primary?.status ?? null,
    rule: primary?.rule ?? null,
    explanation: primary ? explainProgress(primary) : null,
  };
}

function judge(input: AssessmentInput, baseline: SnapshotBaseline | null, target: TargetFacts & { decimals: number | null }): ProgressResult {
  return evaluateProgress({
    method: input.method,
    direction: input.direction,
    baseline: baseline ? { year: baseline.year, value: baseline.value } : null,
    target,
    values: input.values,
    year: input.year,
    decimals: input.decimals,
    thresholds: input.thresholds,
  });
}

/** Digits the target text states (≥1.70 → 2), which the stored number has lost; null when the text says another number. */
export function writtenDecimals(target: Pick<TargetFacts, 'text' | 'value'>, indicator: { direction: Direction; unit: string | null }): number | null {
  const parsed = parseTarget(target.text, { direction: indicator.direction, unit: indicator.unit });
  return parsed.value !== null && parsed.value === target.value ? parsed.decimals : null;
}

/**
 * The baseline progress is measured from: the latest one before the plan's first year (the first
 * listed when two conflict), else the earliest one.
 */
export function chooseBaseline(baselines: SnapshotBaseline[], periodStart: number): SnapshotBaseline | null {
  let chosen: SnapshotBaseline | null = null;
  for (const b of baselines) {
    if (b.year < periodStart && (chosen === null || b.year > chosen.year)) chosen = b;
  }
  if (chosen) return chosen;
  for (const b of baselines) if (chosen === null || b.year < chosen.year) chosen = b;
  return chosen;
}

/**
 * The target that decides an indicator's status: among those for the scope (else all), the plan's
 * own (else the higher level's), the nearest deadline not yet passed at the evaluation year (else
 * the latest deadline); the first listed on a tie.
 */
export function choosePrimaryTarget(targets: Pick<TargetFacts, 'year' | 'scope' | 'source'>[], year: number, scope: TargetFacts['scope']): number | null {
  let candidates = targets.map((t, index) => ({ ...t, index }));
  const narrow = (keep: (t: (typeof candidates)[number]) => boolean) => {
    const kept = candidates.filter(keep);
    if (kept.length) candidates = kept;
  };
  narrow((t) => t.scope === scope);
  narrow((t) => t.source === 'plan');
  if (candidates.length === 0) return null;
  const ahead = candidates.filter((t) => t.year >= year);
  const pool = ahead.length ? ahead : candidates;
  const deadline = ahead.length ? Math.min(...pool.map((t) => t.year)) : Math.max(...pool.map((t) => t.year));
  return pool.find((t) => t.year === deadline)!.index;
}

function trendOf(latest: number, previous: Assessment['latest'] & object, direction: Direction, primary: ProgressResult | null): Trend {
  const change = latest > previous.roundedValue ? 'up' : latest < previous.roundedValue ? 'down' : 'flat';
  let improving: boolean | null = null;
  if (change !== 'flat') {
    if (direction === 'up') improving = change === 'up';
    else if (direction === 'down') improving = change === 'down';
    else if (primary?.inputs.target.value !== null && primary?.inputs.target.value !== undefined) {
      const aim = primary.inputs.target.value;
      improving = Math.abs(latest - aim) < Math.abs(previous.roundedValue - aim);
    }
  }
  return { previous, change, improving };
}
