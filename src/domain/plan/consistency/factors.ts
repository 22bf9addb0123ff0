import type { PlanFigures } from './figures.js';
import { type Finding, labelOf, linesOf } from './finding.js';

/**
 * A factor on an indicator without a denominator multiplies a value that is already final:
 * a health literacy of 36 % measured directly would show as 3 600.
 */
export function factorsWithoutDenominator(figures: PlanFigures): Finding[] {
  return figures.plan.indicators
    .filter((indicator) => indicator.numerator && (indicator.factor ?? 1) !== 1 && figures.planFormula(indicator)?.denominator === null)
    .map((indicator) => ({
      code: 'PLAN_FACTOR_WITHOUT_DENOMINATOR',
      severity: 'warning' as const,
      indicator: indicator.code,
      lines: linesOf(indicator.source?.line),
      message: {
        zh: `${labelOf(indicator)} 没有分母，却有倍数 ${indicator.factor}：直接测得的数值会被放大 ${indicator.factor} 倍`,
        en: `${labelOf(indicator)} has no denominator but a factor of ${indicator.factor}: the measured value would be multiplied by ${indicator.factor}`,
      },
      details: { numerator: indicator.numerator, denominator: indicator.denominator ?? null, factor: indicator.factor },
    }));
}

/** The factor a definition states: 之比（%）, （‰）, （1/10 万）, ×1000. */
const STATED_FACTORS: ReadonlyArray<[RegExp, number]> = [
  [/[×x]\s*(100000|10000|1000|100)\b/i, 0],
  [/[(（]\s*(?:%|％)\s*[)）]/, 100],
  [/[(（]\s*‰\s*[)）]/, 1000],
  [/[(（]\s*1\s*\/\s*10\s*万\s*[)）]/, 100000],
];

function statedFactor(definition: string): number | null {
  for (const [pattern, factor] of STATED_FACTORS) {
    const match = pattern.exec(definition);
    if (match) return factor || Number(match[1]);
  }
  return null;
}

/**
 * A ratio whose definition states one multiplier while the indicator uses another: Xicheng's
 * 分级诊疗上下转诊比例 has the target ≤4 with no unit, but its definition says 之比（%）.
 */
export function definitionFactorMismatches(figures: PlanFigures): Finding[] {
  const findings: Finding[] = [];
  for (const indicator of figures.plan.indicators) {
    if (!indicator.definition || !figures.planFormula(indicator)?.denominator) continue;
    const stated = statedFactor(indicator.definition);
    const factor = indicator.factor ?? 1;
    if (stated === null || stated === factor) continue;
    findings.push({
      code: 'PLAN_DEFINITION_FACTOR_MISMATCH',
      severity: 'warning',
      indicator: indicator.code,
      lines: linesOf(indicator.source?.line, ...indicator.targets.map((t) => t.line)),
      message: {
        zh: `${labelOf(indicator)} 的指标解释给出的倍数为 ${stated}，而指标按 ${factor} 计算（单位 ${indicator.unit ?? '未注明'}）：两者相差 ${stated / factor} 倍，目标无法确定按哪个口径判断`,
        en: `${labelOf(indicator)}: its definition states a factor of ${stated}, but the indicator is computed with ${factor} (unit ${indicator.unit ?? 'not given'}); the two differ ${stated / factor}-fold, so it is unclear on which scale the target is meant`,
      },
      details: { definitionFactor: stated, factor, unit: indicator.unit ?? null, definition: indicator.definition },
    });
  }
  return findings;
}
