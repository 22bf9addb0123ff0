import type { Direction } from '../plan/format.js';
import { decimalsOf, roundHalfUp } from '../rounding.js';
import type { TargetRule } from './types.js';

/** Share of the reference value allowed as deviation when a target gives no tolerance (about, stable). */
export const DEFAULT_TOLERANCE_SHARE = 0.05;

/** What besides the target a judgement may need. */
export interface JudgementContext {
  /** Higher is better, lower is better, or closest to the target: decides a bare number (reach). */
  direction?: Direction;
  /** Baseline value: increase_by, increase, decrease and stable are judged against it. */
  baseline?: number | null;
}

export interface YearValue {
  year: number;
  value: number;
}

/**
 * Whether one value meets a target: true, false, or null when that cannot be told (a
 * qualitative target, a bare number without a direction, a baseline-relative target without
 * a baseline). The value is compared as given: round it to the reporting precision first.
 */
export function meetsTarget(value: number, target: TargetRule, context: JudgementContext = {}): boolean | null {
  const v = target.value;
  const baseline = context.baseline ?? null;
  switch (target.comparator) {
    case '>=':
      return v === null ? null : value >= v;
    case '<=':
      return v === null ? null : value <= v;
    case '>':
      return v === null ? null : value > v;
    case '<':
      return v === null ? null : value < v;
    case 'reach':
      if (v === null) return null;
      if (context.direction === 'up') return value >= v;
      if (context.direction === 'down') return value <= v;
      if (context.direction === 'target') return within(value, v, tolerance(target, v));
      return null;
    case 'about':
      return v === null ? null : within(value, v, tolerance(target, v));
    case 'range':
      return v === null || target.valueHigh === null || target.valueHigh === undefined ? null : value >= v && value <= target.valueHigh;
    case 'maintain': {
      const bound = maintainedBound(target, context.direction);
      if (v === null || bound === null) return null;
      return bound === '>=' ? value >= v : value <= v;
    }
    case 'increase_by':
      return v === null || baseline === null ? null : value >= increaseByThreshold(baseline, v);
    case 'increase':
      return baseline === null ? null : value > baseline;
    case 'decrease':
      return baseline === null ? null : value < baseline;
    case 'stable':
      return baseline === null ? null : within(value, baseline, tolerance(target, baseline));
    case 'qualitative':
      return null;
  }
}

/**
 * Whether a run of yearly values meets a target over time: `maintain` must hold in every year,
 * 逐年 increase/decrease must never go back from one year to the next (starting from the
 * baseline), every other target is judged on the last value.
 */
export function meetsTargetOverYears(values: YearValue[], target: TargetRule, context: JudgementContext = {}): boolean | null {
  if (values.length === 0) return null;
  const ordered = [...values].sort((a, b) => a.year - b.year);
  if (target.comparator === 'maintain') {
    const each = ordered.map((o) => meetsTarget(o.value, target, context));
    if (each.includes(false)) return false;
    return each.includes(null) ? null : true;
  }
  const last = meetsTarget(ordered[ordered.length - 1].value, target, context);
  if (!isYearOnYear(target) || last !== true) return last;
  const series = [context.baseline, ...ordered.map((o) => o.value)].filter((x): x is number => x !== null && x !== undefined);
  for (let i = 1; i < series.length; i++) {
    if (target.comparator === 'increase' ? series[i] < series[i - 1] : series[i] > series[i - 1]) return false;
  }
  return true;
}

/** Whether an increase/decrease target says 逐年 (every year). */
export function isYearOnYear(target: TargetRule): boolean {
  if (target.comparator !== 'increase' && target.comparator !== 'decrease') return false;
  return target.yearOnYear ?? target.text?.includes('逐年') ?? false;
}

/** The side a maintain target holds: its own, or the indicator's direction. */
export function maintainedBound(target: TargetRule, direction?: Direction): '>=' | '<=' | null {
  if (target.bound) return target.bound;
  if (direction === 'up') return '>=';
  if (direction === 'down') return '<=';
  return null;
}

/** Baseline plus the required gain, rounded to the digits of both so that 81.65 + 0.5 is 82.15. */
export function increaseByThreshold(baseline: number, gain: number): number {
  return roundHalfUp(baseline + gain, Math.max(decimalsOf(baseline), decimalsOf(gain)));
}

/** The absolute tolerance around a reference value: the target's own, or 5 % of the reference. */
export function tolerance(target: TargetRule, reference: number): number {
  return target.tolerance ?? Math.abs(reference) * DEFAULT_TOLERANCE_SHARE;
}

function within(value: number, reference: number, allowed: number): boolean {
  // Differences such as 7.98 − 7.6 carry binary noise; 10 decimals is far below any reported precision.
  return roundHalfUp(Math.abs(value - reference), 10) <= roundHalfUp(allowed, 10);
}
