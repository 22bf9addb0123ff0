import type { ProgressStatus, Thresholds } from './types.js';

/** 进度正常 from R ≥ 0.95, 需加快 from 0.60, 进展缓慢 from 0, 逆向变化 below. */
export const DEFAULT_THRESHOLDS: Thresholds = { onTrack: 0.95, accelerate: 0.6, limited: 0 };

/** Ratios and shares are reported, and classified, at 4 decimals. */
export const RATIO_DECIMALS = 4;

/** The trajectory status of a ratio R. */
export function classifyRatio(ratio: number, thresholds: Thresholds = DEFAULT_THRESHOLDS): ProgressStatus {
  if (ratio >= thresholds.onTrack) return 'on_track';
  if (ratio >= thresholds.accelerate) return 'acceleration_needed';
  if (ratio >= thresholds.limited) return 'limited';
  return 'deterioration';
}

/** Where the values stand: baseline (y₀ in t₀), latest (y in t), aim (v in T). */
export interface TrajectoryPoints {
  baselineYear: number;
  baseline: number;
  year: number;
  value: number;
  targetYear: number;
  aim: number;
}

/** E = (t − t₀) / (T − t₀). */
export function timeShare(p: TrajectoryPoints): number {
  return (p.year - p.baselineYear) / (p.targetYear - p.baselineYear);
}

/** P = (y − y₀) / (v − y₀): the share of the way from baseline to target covered. */
export function progressShare(p: TrajectoryPoints): number {
  return (p.value - p.baseline) / (p.aim - p.baseline);
}

/**
 * P for a target on both sides (左右, a range, closest-to-target): the share of the initial
 * distance to the target that has been closed, so that overshooting counts as distance too.
 * `distance` measures how far a value is from meeting the target.
 */
export function closingShare(baselineDistance: number, valueDistance: number): number {
  return (baselineDistance - valueDistance) / baselineDistance;
}

/** Compound annual growth rate from `from` to `to` over `years`: (to/from)^(1/years) − 1. */
export function cagr(to: number, from: number, years: number): number {
  return (to / from) ** (1 / years) - 1;
}

/**
 * Statistics Canada / Open SDG growth ratio: R = d · CAGR(y, y₀) / |CAGR(v, y₀)|, with d = +1
 * when the target lies above the baseline and −1 when below. Only for positive values.
 */
export function growthRatio(p: TrajectoryPoints): { ratio: number; actualRate: number; requiredRate: number; sign: 1 | -1 } {
  const sign: 1 | -1 = p.aim > p.baseline ? 1 : -1;
  const actualRate = cagr(p.value, p.baseline, p.year - p.baselineYear);
  const requiredRate = cagr(p.aim, p.baseline, p.targetYear - p.baselineYear);
  return { ratio: (sign * actualRate) / Math.abs(requiredRate), actualRate, requiredRate, sign };
}
