import { decimalsOf, roundHalfUp } from '../../rounding.js';
import type { IndicatorDef } from '../format.js';
import { type PlanFigures, sameFigure } from './figures.js';
import { type Finding, labelOf, linesOf } from './finding.js';

/**
 * A stated rate is consistent with its computed value when they differ by less than one unit
 * of its last printed digit: documents round, and some truncate (13/252 = 5.16 % printed 5.15 %).
 */
function agrees(computed: number, stated: number): boolean {
  return Math.abs(computed - stated) < 10 ** -decimalsOf(stated) + 1e-9;
}

/** Rates stated for a year in which the plan also gives the numerator and the denominator, and they do not match. */
export function rateMismatches(figures: PlanFigures): Finding[] {
  const findings: Finding[] = [];
  for (const indicator of figures.plan.indicators) {
    const formula = figures.ratioFormula(indicator);
    if (!formula?.denominator) continue;
    for (const observation of figures.observations(indicator)) {
      const numerator = figures.regionSum(formula.numerator, observation.year);
      const denominator = figures.regionSum(formula.denominator, observation.year);
      if (!numerator || !denominator || denominator.value === 0) continue;
      const computed = (numerator.value * formula.factor) / denominator.value;
      if (agrees(computed, observation.value)) continue;
      const shown = roundHalfUp(computed, Math.max(2, decimalsOf(observation.value)));
      findings.push({
        code: 'PLAN_RATE_MISMATCH',
        severity: 'warning',
        indicator: indicator.code,
        lines: linesOf(observation.line, ...numerator.lines, ...denominator.lines),
        message: {
          zh: `${labelOf(indicator)} ${observation.year} 年的数值 ${observation.value} 与其分子分母不符：${numerator.value} × ${formula.factor} ÷ ${denominator.value} = ${shown}`,
          en: `${labelOf(indicator)}: the ${observation.year} value ${observation.value} does not match its numerator and denominator: ${numerator.value} × ${formula.factor} ÷ ${denominator.value} = ${shown}`,
        },
        details: {
          year: observation.year,
          stated: observation.value,
          computed,
          numerator: { elements: formula.numerator, value: numerator.value },
          denominator: { elements: formula.denominator, value: denominator.value },
          factor: formula.factor,
          formulaFrom: formula.from,
        },
      });
    }
  }
  return findings;
}

interface Figure {
  indicator: IndicatorDef;
  rate: number;
  line?: number;
  numerator: number;
  numeratorLines: Array<number | undefined>;
  factor: number;
  /** The denominators under which the rate, as printed, follows from the numerator. */
  low: number;
  high: number;
}

/**
 * Rates sharing a denominator the plan does not state (the resident population of a year):
 * each stated rate and its numerator imply a range for that denominator, and the ranges must
 * overlap. Mentougou 2020: 2 989 beds at 7.6 per 1 000 imply about 393 000 residents, but
 * 5.81 per 1 000 implies about 514 000.
 */
export function impliedDenominatorConflicts(figures: PlanFigures): Finding[] {
  const groups = new Map<string, Figure[]>();
  for (const indicator of figures.plan.indicators) {
    const formula = figures.ratioFormula(indicator);
    if (formula?.denominator?.length !== 1) continue;
    const [element] = formula.denominator;
    for (const observation of figures.observations(indicator)) {
      if (observation.value <= 0 || figures.regionValue(element, observation.year)) continue;
      const numerator = figures.regionSum(formula.numerator, observation.year);
      if (!numerator || numerator.value <= 0) continue;
      const unit = 10 ** -decimalsOf(observation.value);
      const scaled = numerator.value * formula.factor;
      const figure: Figure = {
        indicator,
        rate: observation.value,
        line: observation.line,
        numerator: numerator.value,
        numeratorLines: numerator.lines,
        factor: formula.factor,
        low: scaled / (observation.value + unit),
        high: observation.value > unit ? scaled / (observation.value - unit) : Infinity,
      };
      const key = `${element}|${observation.year}`;
      const group = groups.get(key) ?? [];
      // One figure quoted twice (38.19 in the review, 38.2 in the table) counts once, at its more precise printing.
      const twin = group.findIndex((f) => f.numerator === figure.numerator && f.factor === figure.factor && sameFigure(f.rate, figure.rate));
      if (twin < 0) group.push(figure);
      else if (decimalsOf(figure.rate) > decimalsOf(group[twin].rate)) group[twin] = figure;
      groups.set(key, group);
    }
  }
  const findings: Finding[] = [];
  for (const [key, group] of groups) {
    const [element, year] = key.split('|');
    const denominator = figures.elementName(element);
    // The largest set of figures that agree is the set of ranges around the point most of them cover.
    const agreeing = group
      .map((candidate) => group.filter((f) => f.low <= candidate.low && candidate.low <= f.high))
      .reduce((best, set) => (set.length > best.length ? set : best), [] as Figure[]);
    if (agreeing.length === group.length) continue;
    const low = Math.max(...agreeing.map((f) => f.low));
    const high = Math.min(...agreeing.map((f) => f.high));
    for (const figure of group.filter((f) => !agreeing.includes(f))) {
      const others = agreeing.map((f) => `${labelOf(f.indicator)} ${f.rate}`).join('、');
      findings.push({
        code: 'PLAN_RATE_IMPLIED_DENOMINATOR_CONFLICT',
        severity: 'warning',
        indicator: figure.indicator.code,
        lines: linesOf(figure.line, ...figure.numeratorLines, ...agreeing.map((f) => f.line)),
        message: {
          zh: `${labelOf(figure.indicator)} ${year} 年为 ${figure.rate}，按分子 ${figure.numerator} 推算${denominator}约为 ${Math.round(figure.low)}–${Math.round(figure.high)}；而同年 ${others} 推算为 ${Math.round(low)}–${Math.round(high)}，两者矛盾`,
          en: `${labelOf(figure.indicator)} is ${figure.rate} in ${year}; with its numerator ${figure.numerator} that implies ${denominator} of about ${Math.round(figure.low)}–${Math.round(figure.high)}, while ${others} of the same year imply ${Math.round(low)}–${Math.round(high)}: they contradict each other`,
        },
        details: {
          year: Number(year),
          denominator: element,
          figure: { indicator: figure.indicator.code, rate: figure.rate, numerator: figure.numerator, factor: figure.factor, implied: [figure.low, figure.high] },
          agreeing: agreeing.map((f) => ({ indicator: f.indicator.code, rate: f.rate, numerator: f.numerator })),
          impliedByAgreeing: [low, high],
        },
      });
    }
  }
  return findings;
}
