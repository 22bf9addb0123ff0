import type { Comparator } from '../plan/format.js';
import { decimalsOf, reportingDecimals, roundHalfUp } from '../rounding.js';
import {
  increaseByThreshold,
  isYearOnYear,
  maintainedBound,
  meetsTarget,
  meetsTargetOverYears,
  type JudgementContext,
} from '../targets/index.js';
import { projectLinear } from './projection.js';
import { classifyRatio, closingShare, DEFAULT_THRESHOLDS, growthRatio, progressShare, RATIO_DECIMALS, timeShare } from './trajectory.js';
import type { Observation, ProgressInput, ProgressInputs, ProgressResult, ProgressStatus, ProgressTarget, RuleId } from './types.js';

const BASELINE_RELATIVE = new Set<Comparator>(['increase_by', 'increase', 'decrease', 'stable']);
const DIRECTION_ONLY = new Set<Comparator>(['increase', 'decrease', 'stable']);

/**
 * Judges the progress of one indicator towards one target at an evaluation year (product
 * brief, "Progress"): achievement, then the trajectory by 时间进度法 or the growth method,
 * or the rule of a maintain, direction-only or qualitative target. Values are rounded to the
 * reporting precision before any comparison; raw and rounded values are both returned.
 */
export function evaluateProgress(input: ProgressInput): ProgressResult {
  const { target } = input;
  const decimals = reportingDecimals(input.decimals, targetDecimals(target));
  const round = (x: number) => roundHalfUp(x, decimals);
  const baseline = input.baseline ?? null;
  const observations = observe(input, round);
  const latest = observations.at(-1) ?? null;
  const context: JudgementContext = { direction: input.direction, baseline: baseline ? round(baseline.value) : null };
  const inputs: ProgressInputs = {
    method: input.method ?? 'time',
    direction: input.direction ?? null,
    year: input.year,
    decimals,
    thresholds: { ...DEFAULT_THRESHOLDS, ...input.thresholds },
    baseline: baseline ? { year: baseline.year, value: baseline.value, roundedValue: round(baseline.value) } : null,
    target: {
      text: target.text ?? null,
      comparator: target.comparator,
      value: target.value,
      valueHigh: target.valueHigh ?? null,
      bound: target.bound ?? null,
      tolerance: target.tolerance ?? null,
      year: target.year,
    },
    aim: null,
    observations,
  };

  const finish = (status: ProgressStatus, rule: RuleId, achieved: boolean | null, figures: Partial<ProgressResult> = {}): ProgressResult => {
    const line = status === 'qualitative' ? null : projectLinear(observations, target.year);
    const projected = line === null ? null : round(line);
    return {
      status,
      achieved,
      ratio: null,
      progressShare: null,
      timeShare: null,
      value: latest?.value ?? null,
      roundedValue: latest?.roundedValue ?? null,
      valueYear: latest?.year ?? null,
      projection: projected === null ? null : { year: target.year, value: projected, achieved: meetsTarget(projected, target, context) },
      rule,
      inputs,
      ...figures,
    };
  };

  if (target.comparator === 'qualitative') return finish('qualitative', 'qualitative-manual', null);
  if (target.comparator === 'reach' && !input.direction) return finish('qualitative', 'reach-direction-unknown', null);
  if (target.comparator === 'maintain' && !maintainedBound(target, input.direction)) return finish('qualitative', 'maintain-bound-unknown', null);
  if (!latest) return finish('no_data', 'no-data', null);
  if (BASELINE_RELATIVE.has(target.comparator) && !baseline) return finish('no_data', 'baseline-needed', null);

  const afterBaseline = baseline ? observations.filter((o) => o.year > baseline.year) : observations;
  const finalYear = input.year >= target.year || latest.year >= target.year;
  const y = latest.roundedValue;

  if (target.comparator === 'maintain') {
    if (afterBaseline.length === 0) return finish('no_data', 'no-data-after-baseline', null);
    for (const o of afterBaseline) o.met = meetsTarget(o.roundedValue, target, context);
    const held = afterBaseline.every((o) => o.met);
    return finish(held ? 'maintained' : 'not_maintained', 'maintain-every-year', held);
  }

  if (DIRECTION_ONLY.has(target.comparator)) {
    if (afterBaseline.length === 0) return finish('no_data', 'no-data-after-baseline', null);
    const rule: RuleId = isYearOnYear(target) ? 'direction-every-year' : 'direction-vs-baseline';
    const met = meetsTargetOverYears(
      afterBaseline.map((o) => ({ year: o.year, value: o.roundedValue })),
      target,
      context,
    );
    if (met) return finish('achieved', rule, true);
    if (finalYear) return finish('not_achieved', rule, false);
    const y0 = context.baseline as number;
    const wrongWay = target.comparator === 'stable' || (target.comparator === 'increase' ? y < y0 : y > y0);
    return finish(wrongWay ? 'deterioration' : 'limited', rule, false);
  }

  const achieved = meetsTarget(y, target, context);
  if (achieved) return finish('achieved', 'achieved-at-year', true);
  if (afterBaseline.length === 0) return finish('no_data', 'no-data-after-baseline', achieved);
  if (finalYear) return finish('not_achieved', 'final-year-not-met', false);
  if (!baseline) return finish('not_achieved', 'achievement-only-no-baseline', false);
  if (baseline.year >= target.year) return finish('not_achieved', 'achievement-only-baseline-not-before-target', false);

  const y0 = context.baseline as number;
  if (meetsTarget(y0, target, context)) return finish('deterioration', 'lost-since-baseline', false);
  const aim = aimOf(target, y0);
  inputs.aim = aim;
  if (aim === y0) return finish(y === y0 ? 'limited' : 'deterioration', 'target-equals-baseline', false);

  const points = { baselineYear: baseline.year, baseline: y0, year: latest.year, value: y, targetYear: target.year, aim };
  const twoSided = isTwoSided(target.comparator, input);
  const distance = (x: number) => distanceToTarget(x, target, aim);
  const share = twoSided ? closingShare(distance(y0), distance(y)) : progressShare(points);
  const elapsed = timeShare(points);
  let ratio = share / elapsed;
  let rule: RuleId = 'time-progress';
  if (inputs.method === 'growth') {
    if (twoSided) inputs.fallbackReason = 'two-sided-target';
    else if (y0 <= 0 || y <= 0 || aim <= 0) inputs.fallbackReason = 'non-positive-values';
    if (inputs.fallbackReason) {
      rule = 'growth-fallback-time';
    } else {
      const growth = growthRatio(points);
      inputs.growth = { actualRate: growth.actualRate, requiredRate: growth.requiredRate, sign: growth.sign };
      ratio = growth.ratio;
      rule = 'growth-cagr';
    }
  }
  const r = roundHalfUp(ratio, RATIO_DECIMALS);
  return finish(classifyRatio(r, inputs.thresholds), rule, false, {
    ratio: r,
    progressShare: roundHalfUp(share, RATIO_DECIMALS),
    timeShare: roundHalfUp(elapsed, RATIO_DECIMALS),
  });
}

/** Digits the target is written with: given, or counted from its numbers. */
function targetDecimals(target: ProgressTarget): number | null {
  if (target.decimals !== undefined && target.decimals !== null) return target.decimals;
  if (target.value === null) return null;
  return Math.max(decimalsOf(target.value), decimalsOf(target.valueHigh ?? 0));
}

/** Values up to the evaluation year, one per year (the last given wins), with the baseline. */
function observe(input: ProgressInput, round: (x: number) => number): Observation[] {
  const byYear = new Map<number, number>();
  if (input.baseline && input.baseline.year <= input.year) byYear.set(input.baseline.year, input.baseline.value);
  for (const v of input.values) if (v.year <= input.year) byYear.set(v.year, v.value);
  return [...byYear.entries()].sort((a, b) => a[0] - b[0]).map(([year, value]) => ({ year, value, roundedValue: round(value) }));
}

function isTwoSided(comparator: Comparator, input: ProgressInput): boolean {
  return comparator === 'about' || comparator === 'range' || (comparator === 'reach' && input.direction === 'target');
}

/** The value a trajectory heads for: the target value, the near end of a range, or baseline + gain. */
function aimOf(target: ProgressTarget, baseline: number): number {
  const v = target.value as number;
  if (target.comparator === 'increase_by') return increaseByThreshold(baseline, v);
  if (target.comparator === 'range') return baseline < v ? v : (target.valueHigh as number);
  return v;
}

/** How far a value is from a two-sided target: from the band of a range, else from its centre. */
function distanceToTarget(x: number, target: ProgressTarget, aim: number): number {
  if (target.comparator === 'range') {
    const low = target.value as number;
    const high = target.valueHigh as number;
    return x < low ? low - x : x > high ? x - high : 0;
  }
  return Math.abs(x - aim);
}
