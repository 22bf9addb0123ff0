import { decimalsOf, roundHalfUp } from '../../rounding.js';
import { unitDimension } from '../../canonical/normalize.js';
import type { IndicatorDef } from '../format.js';
import type { PlanFigures } from './figures.js';
import { type Finding, labelOf, linesOf } from './finding.js';

/** Units of quantities that add up; rates and averages of parts do not add up to the rate of the whole. */
const ADDITIVE = new Set(['persons', 'beds', 'count', 'visits', 'bed-days', 'money']);

function isAdditive(indicator: IndicatorDef, figures: PlanFigures): boolean {
  const dimension = unitDimension(indicator.unit);
  if (!dimension || !ADDITIVE.has(dimension)) return false;
  const formula = figures.planFormula(indicator);
  return indicator.numerator ? formula !== null && formula.denominator === null : (indicator.factor ?? 1) === 1;
}

function total(values: number[]): number {
  // Sums such as 0.1 + 0.2 carry binary noise; the parts' own digits bound the sum's.
  return roundHalfUp(values.reduce((sum, v) => sum + v, 0), Math.max(0, ...values.map(decimalsOf)));
}

/**
 * Sub-rows (其中 …) of a quantity that adds up, whose values for a year do not sum to the
 * parent row: more than the total is a contradiction; less may be parts the table leaves out.
 */
export function subRowSums(figures: PlanFigures): Finding[] {
  const findings: Finding[] = [];
  for (const parent of figures.plan.indicators) {
    const children = figures.plan.indicators.filter((i) => i.parent === parent.code);
    if (children.length < 2 || !isAdditive(parent, figures) || !children.every((c) => isAdditive(c, figures))) continue;
    const parentValues = figures.observations(parent);
    for (const year of [...new Set(parentValues.map((o) => o.year))].sort((a, b) => a - b)) {
      const parts = children.map((child) => figures.observations(child).find((o) => o.year === year));
      if (parts.some((part) => part === undefined)) continue;
      const whole = parentValues.find((o) => o.year === year)!;
      const sum = total(parts.map((part) => part!.value));
      if (sum === whole.value) continue;
      const exceeds = sum > whole.value;
      const names = children.map((child, i) => `${child.name} ${parts[i]!.value}`).join(' + ');
      findings.push({
        code: 'PLAN_SUBROWS_SUM_MISMATCH',
        severity: exceeds ? 'warning' : 'info',
        indicator: parent.code,
        lines: linesOf(whole.line, ...parts.map((part) => part!.line)),
        message: {
          zh: `${labelOf(parent)} ${year} 年为 ${whole.value}，其分项 ${names} = ${sum}${exceeds ? '，分项之和超过合计' : '，分项之和小于合计（是否有未列出的分项？）'}`,
          en: `${labelOf(parent)} is ${whole.value} in ${year}, but its sub-rows ${names} = ${sum}${exceeds ? ': the parts exceed the total' : ': the parts fall short of the total (are some parts not listed?)'}`,
        },
        details: { year, total: whole.value, sum, parts: children.map((child, i) => ({ indicator: child.code, value: parts[i]!.value })) },
      });
    }
  }
  return findings;
}

/** Disaggregated data values (…, disaggregation) that do not add up to the total given for the same element, unit and period. */
export function disaggregationSums(figures: PlanFigures): Finding[] {
  const groups = new Map<string, { total?: { value: number; line?: number }; parts: Array<{ name: string; value: number; line?: number }> }>();
  for (const value of figures.plan.dataValues ?? []) {
    const key = [value.dataElement, value.orgUnit, value.period].join('|');
    const group = groups.get(key) ?? { parts: [] };
    if (value.disaggregation) group.parts.push({ name: value.disaggregation, value: value.value, line: value.source.line });
    else group.total = { value: value.value, line: value.source.line };
    groups.set(key, group);
  }
  const findings: Finding[] = [];
  for (const [key, group] of groups) {
    if (!group.total || group.parts.length < 2) continue;
    const sum = total(group.parts.map((part) => part.value));
    if (sum === group.total.value) continue;
    const [element, orgUnit, period] = key.split('|');
    const names = group.parts.map((part) => `${part.name} ${part.value}`).join(' + ');
    findings.push({
      code: 'PLAN_DISAGGREGATION_SUM_MISMATCH',
      severity: 'warning',
      ...(figures.indicators.has(element) ? { indicator: element } : {}),
      lines: linesOf(group.total.line, ...group.parts.map((part) => part.line)),
      message: {
        zh: `${element} @ ${orgUnit} ${period} 合计为 ${group.total.value}，各分类 ${names} = ${sum}，不相等`,
        en: `${element} @ ${orgUnit} ${period} totals ${group.total.value}, but its disaggregations ${names} = ${sum}`,
      },
      details: { dataElement: element, orgUnit, period, total: group.total.value, sum, parts: group.parts },
    });
  }
  return findings;
}
