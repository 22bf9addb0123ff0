import type { Comparator, Direction } from '../plan/format.js';
import { randomFor } from './random.js';

export interface TrajectoryIndicator {
  code: string;
  name?: string;
  unit: string | null;
  direction: Direction;
  baselines: { year: number; value: number }[];
  targets: { comparator: Comparator; value: number | null; year: number }[];
}

/** How an indicator's sample series moves: R is the share of the way to the target made per share of time. */
export type Scenario = 'ahead' | 'behind' | 'slow' | 'away';

const DIRECTION_ONLY: ReadonlySet<Comparator> = new Set(['increase', 'decrease', 'stable', 'qualitative']);

/** Ranges of R for each scenario, around the thresholds of 时间进度法 (0.95, 0.60, 0). */
const RATIO_RANGES: Record<Scenario, [number, number]> = {
  ahead: [1.05, 1.4],
  behind: [0.66, 0.88],
  slow: [0.12, 0.5],
  away: [-0.4, -0.12],
};

/** The scenario of an indicator: fixed by its code, spread so that a scorecard shows every colour. */
export function scenarioOf(code: string): Scenario {
  const u = randomFor('scenario', code)();
  if (u < 0.35) return 'ahead';
  if (u < 0.6) return 'behind';
  if (u < 0.8) return 'slow';
  return 'away';
}

/** Whether values of this unit are shares bounded by 100. */
function isPercent(unit: string | null): boolean {
  return unit === '%' || unit === '％';
}

/**
 * The sample values of an indicator for the given years: from its baseline (or a start level
 * derived from its target) toward its numeric target at the scenario's pace, with noise, kept
 * within natural bounds. Returns null for indicators judged only by a person (no baseline, and
 * nothing but qualitative targets), which no number can stand for.
 */
export function sampleTrajectory(indicator: TrajectoryIndicator, years: readonly number[], monitoringEnd: number): Map<number, number> | null {
  const numeric = indicator.targets.filter((t) => !DIRECTION_ONLY.has(t.comparator) && t.value !== null);
  if (indicator.baselines.length === 0 && indicator.targets.every((t) => t.comparator === 'qualitative')) return null;
  const sign = indicator.direction === 'down' ? -1 : 1;
  const start = startOf(indicator, numeric, years[0]);
  const target = numeric.length ? numeric.reduce((a, b) => (b.year > a.year ? b : a)) : null;
  const scenario = scenarioOf(indicator.code);
  const draw = randomFor('pace', indicator.code);
  const [low, high] = RATIO_RANGES[scenario];
  const ratio = low + (high - low) * draw();
  // With no numeric target, or one already met at the start, the series drifts a little.
  const fallbackGap = sign * driftOf(indicator.unit, start.value);
  const towardTarget = target ? target.value! - start.value : 0;
  // Toward the target when it lies ahead (either side for closest-to-target indicators).
  const targetAhead = towardTarget !== 0 && (indicator.direction === 'target' || Math.sign(towardTarget) === sign);
  const gap = targetAhead ? towardTarget : fallbackGap;
  const end = Math.max(target?.year ?? monitoringEnd, monitoringEnd, start.year + 1);
  const lowerBound = Math.min(0, start.value, ...numeric.map((t) => t.value!));
  const upperBound = isPercent(indicator.unit) ? 100 : Infinity;
  const values = new Map<number, number>();
  for (const year of years) {
    const elapsed = (year - start.year) / (end - start.year);
    const noise = (randomFor('noise', indicator.code, year)() - 0.5) * 0.12 * Math.abs(gap);
    const value = start.value + ratio * elapsed * gap + noise;
    const bounded = Math.min(upperBound, Math.max(lowerBound, value));
    values.set(year, isCount(indicator) ? Math.round(bounded) : round2(bounded));
  }
  return values;
}

/** Units of things counted one by one: their sample values are whole numbers. */
const COUNT_UNITS: ReadonlySet<string> = new Set(['个', '家', '名', '人', '张', '支', '处', '间', '辆', '项', '所']);
/** Per-population ratios (每千常住人口…, 万人…) share the units 人 and 张 with counts. */
const PER_POPULATION = /每|千|万/;

function isCount(indicator: TrajectoryIndicator): boolean {
  return COUNT_UNITS.has(indicator.unit ?? '') && !PER_POPULATION.test(indicator.name ?? '');
}

/** How far a series drifts over the plan without a target to move to: a plausible change for the unit. */
function driftOf(unit: string | null, level: number): number {
  if (isPercent(unit)) return Math.min(4, Math.max(0.5, Math.abs(level) * 0.05));
  if (unit === '岁') return 0.6;
  return Math.max(Math.abs(level) * 0.06, 0.5);
}

function startOf(indicator: TrajectoryIndicator, numeric: TrajectoryIndicator['targets'], firstYear: number): { year: number; value: number } {
  const before = indicator.baselines.filter((b) => b.year < firstYear).sort((a, b) => b.year - a.year);
  if (before.length) return before[0];
  if (indicator.baselines.length) return { year: firstYear - 1, value: indicator.baselines[0].value };
  const draw = randomFor('start', indicator.code)();
  const target = numeric.length ? numeric[numeric.length - 1].value! : null;
  if (target !== null && target !== 0) {
    const share = indicator.direction === 'down' ? 1.1 + 0.25 * draw : 0.8 + 0.12 * draw;
    const value = target * share;
    return { year: firstYear - 1, value: round2(isPercent(indicator.unit) ? Math.min(value, 99) : value) };
  }
  if (target === 0) return { year: firstYear - 1, value: round2(1 + draw) };
  return { year: firstYear - 1, value: round2(typicalLevel(indicator.unit, draw)) };
}

/** A plausible level for an indicator known only by its unit. */
function typicalLevel(unit: string | null, draw: number): number {
  if (isPercent(unit)) return 50 + 35 * draw;
  if (unit === '‰') return 2 + 3 * draw;
  if (unit === '1/10万') return 5 + 45 * draw;
  if (unit === '岁') return 80 + 3 * draw;
  return 10 + 90 * draw;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
