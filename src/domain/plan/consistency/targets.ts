import { meetsTarget } from '../../targets/compare.js';
import type { Comparator, IndicatorDef, TargetDef } from '../format.js';
import type { PlanFigures } from './figures.js';
import { type Finding, labelOf, linesOf } from './finding.js';

/** Comparators that state a level to reach; a level already reached at the baseline says something about the target. */
const LEVELS: ReadonlySet<Comparator> = new Set<Comparator>(['>=', '<=', '>', '<', 'reach', 'about', 'range']);

function targetLabel(target: TargetDef): string {
  return `「${target.text}」${target.source && target.source !== 'plan' ? `（${target.source}）` : ''}`;
}

/**
 * Targets the baseline already meets: Xicheng's life expectancy was 84.26 in 2020 against a
 * 2025 target of ≥84. Not an error, but progress measured as distance travelled means
 * nothing there, and a planner may want to raise the target.
 */
export function targetsMetAtBaseline(figures: PlanFigures): Finding[] {
  const findings: Finding[] = [];
  for (const indicator of figures.plan.indicators) {
    for (const target of indicator.targets) {
      if (!LEVELS.has(target.comparator) || target.value === null) continue;
      const earlier = indicator.baselines.filter((b) => b.year < target.year);
      if (earlier.length === 0) continue;
      const year = Math.max(...earlier.map((b) => b.year));
      const meeting = earlier.filter((b) => b.year === year && meetsTarget(b.value, target, { direction: indicator.direction, baseline: b.value }) === true);
      if (meeting.length === 0) continue;
      const values = meeting.map((b) => b.value).join('、');
      findings.push({
        code: 'PLAN_TARGET_MET_AT_BASELINE',
        severity: 'info',
        indicator: indicator.code,
        lines: linesOf(target.line, ...meeting.map((b) => b.source?.line)),
        message: {
          zh: `${labelOf(indicator)} ${year} 年基期值 ${values} 已达到 ${target.year} 年目标${targetLabel(target)}`,
          en: `${labelOf(indicator)}: the ${year} baseline ${values} already meets the ${target.year} target ${targetLabel(target)}`,
        },
        details: { baselineYear: year, baselines: meeting.map((b) => b.value), target: { text: target.text, comparator: target.comparator, value: target.value, year: target.year, source: target.source ?? 'plan' } },
      });
    }
  }
  return findings;
}

/** The plan's own targets whose year lies outside its period (targets of an earlier plan, kept for the record, are not). */
export function targetYearsOutsidePeriod(figures: PlanFigures): Finding[] {
  const { periodStart, periodEnd } = figures.plan.plan;
  return figures.plan.indicators.flatMap((indicator: IndicatorDef) =>
    indicator.targets
      .filter((target) => (target.source ?? 'plan') === 'plan' && (target.year < periodStart || target.year > periodEnd))
      .map((target) => ({
        code: 'PLAN_TARGET_YEAR_OUTSIDE_PERIOD',
        severity: 'warning' as const,
        indicator: indicator.code,
        lines: linesOf(target.line),
        message: {
          zh: `${labelOf(indicator)} 的目标${targetLabel(target)}年份为 ${target.year}，不在规划期 ${periodStart}—${periodEnd} 内`,
          en: `${labelOf(indicator)}: target ${targetLabel(target)} is due in ${target.year}, outside the plan period ${periodStart}–${periodEnd}`,
        },
        details: { year: target.year, periodStart, periodEnd, text: target.text },
      })),
  );
}
