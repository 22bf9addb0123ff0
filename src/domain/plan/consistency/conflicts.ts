import type { IndicatorDef } from '../format.js';
import { type Observation, type PlanFigures, sameFigure } from './figures.js';
import { type Finding, labelOf, linesOf } from './finding.js';

/** The observations grouped by value, figures that are the same falling in one group. */
function distinctValues(observations: Observation[]): Observation[][] {
  const groups: Observation[][] = [];
  for (const observation of observations) {
    const group = groups.find((g) => sameFigure(g[0].value, observation.value));
    if (group) group.push(observation);
    else groups.push([observation]);
  }
  return groups;
}

function describe(observation: Observation, indicators: ReadonlyMap<string, IndicatorDef>): { zh: string; en: string } {
  const indicator = indicators.get(observation.indicator)!;
  const where = observation.line ? { zh: `（第 ${observation.line} 行）`, en: ` (line ${observation.line})` } : { zh: '', en: '' };
  const kind = observation.kind === 'baseline' ? { zh: '基期值', en: 'baseline' } : { zh: '数据值', en: 'data value' };
  return {
    zh: `${labelOf(indicator)}${kind.zh} ${observation.value}${where.zh}`,
    en: `${labelOf(indicator)} ${kind.en} ${observation.value}${where.en}`,
  };
}

/**
 * One indicator, or two rows measuring the same thing, stated with different values for one
 * year: Mentougou's infant mortality in 2020 is 2.17 ‰ in the 14th-plan table and 2.28 ‰ in
 * the review of the 13th plan. Both are kept in the plan; the finding shows them side by side.
 */
export function figureConflicts(figures: PlanFigures): Finding[] {
  const concepts = new Map<string, Observation[]>();
  for (const indicator of figures.plan.indicators) {
    const concept = figures.concept(indicator);
    concepts.set(concept, [...(concepts.get(concept) ?? []), ...figures.observations(indicator)]);
  }
  const findings: Finding[] = [];
  for (const observations of concepts.values()) {
    const years = [...new Set(observations.map((o) => o.year))].sort((a, b) => a - b);
    for (const year of years) {
      const ofYear = observations.filter((o) => o.year === year);
      const values = distinctValues(ofYear);
      if (values.length < 2) continue;
      const withinOne = [...new Set(ofYear.map((o) => o.indicator))].find((code) => distinctValues(ofYear.filter((o) => o.indicator === code)).length > 1);
      const indicator = figures.indicators.get(withinOne ?? ofYear[0].indicator)!;
      const listed = values.map((group) => describe(group[0], figures.indicators));
      findings.push({
        code: withinOne ? 'PLAN_BASELINE_CONFLICT' : 'PLAN_FIGURE_CONFLICT',
        severity: 'warning',
        indicator: indicator.code,
        lines: linesOf(...ofYear.map((o) => o.line)),
        message: withinOne
          ? {
              zh: `${labelOf(indicator)} ${year} 年有 ${values.length} 个不同的数值：${listed.map((l) => l.zh).join('；')}`,
              en: `${labelOf(indicator)} has ${values.length} different values for ${year}: ${listed.map((l) => l.en).join('; ')}`,
            }
          : {
              zh: `同一指标 ${year} 年的数值在不同表述中不一致：${listed.map((l) => l.zh).join('；')}`,
              en: `the same indicator has different values for ${year} in different places: ${listed.map((l) => l.en).join('; ')}`,
            },
        details: { year, values: values.map((group) => group[0].value), observations: ofYear },
      });
    }
  }
  return findings;
}

/** Two data values for one element, org unit, period and disaggregation that differ: only one can be stored. */
export function dataValueConflicts(figures: PlanFigures): Finding[] {
  const keys = new Map<string, Array<{ value: number; line?: number }>>();
  for (const value of figures.plan.dataValues ?? []) {
    const key = [value.dataElement, value.orgUnit, value.period, value.disaggregation ?? ''].join('|');
    keys.set(key, [...(keys.get(key) ?? []), { value: value.value, line: value.source.line }]);
  }
  const findings: Finding[] = [];
  for (const [key, values] of keys) {
    const distinct = [...new Set(values.map((v) => v.value))];
    if (distinct.length < 2) continue;
    const [element, orgUnit, period, disaggregation] = key.split('|');
    const what = `${element}${disaggregation ? `.${disaggregation}` : ''} @ ${orgUnit} ${period}`;
    findings.push({
      code: 'PLAN_DATA_VALUE_CONFLICT',
      severity: 'error',
      ...(figures.indicators.has(element) ? { indicator: element } : {}),
      lines: linesOf(...values.map((v) => v.line)),
      message: {
        zh: `数据值 ${what} 给出了不同的数值：${distinct.join('、')}；同一数据项、机构、期间只能有一个值`,
        en: `data value ${what} is given with different numbers: ${distinct.join(', ')}; one element, org unit and period holds one value`,
      },
      details: { dataElement: element, orgUnit, period, disaggregation: disaggregation || null, values: distinct },
    });
  }
  return findings;
}
