import type { Message } from '../plan/problem.js';
import { cellLabel, type CellName } from './value.js';

/** What a value's disaggregation is checked against: the codes its data element declares. */
export interface DisaggregationRules {
  code: string;
  disaggregations: readonly string[];
}

/**
 * The disaggregations a value of the element may carry: the declared codes, or only the empty one
 * (the plain total) when none are declared. A total beside its breakdown would be counted twice by
 * `#{CODE}`, which adds every disaggregation, so an element collected by 男/女 takes no total.
 */
export function allowedDisaggregations(element: DisaggregationRules): readonly string[] {
  return element.disaggregations.length > 0 ? element.disaggregations : [''];
}

/** Why a value's disaggregation (categoryOptionCombo) is refused, or null when the element declares it. */
export function disaggregationProblem(element: DisaggregationRules, given: string, cell: CellName): Message | null {
  const allowed = allowedDisaggregations(element);
  if (allowed.includes(given)) return null;
  const where = cellLabel(cell);
  if (element.disaggregations.length === 0) {
    return {
      zh: `数据 ${where}：数据项 ${element.code} 不分类填报，分类“${given}”不被接受；允许的分类：无（留空）`,
      en: `${where}: the data element ${element.code} is not disaggregated, so the disaggregation "${given}" is refused; allowed: none (leave it empty)`,
    };
  }
  const zhList = element.disaggregations.join('、');
  const enList = element.disaggregations.join(', ');
  if (given === '') {
    return {
      zh: `数据 ${where}：数据项 ${element.code} 按分类填报，缺少分类；允许的分类：${zhList}`,
      en: `${where}: the data element ${element.code} is collected by disaggregation and none is given; allowed: ${enList}`,
    };
  }
  return {
    zh: `数据 ${where}：数据项 ${element.code} 没有分类“${given}”；允许的分类：${zhList}`,
    en: `${where}: the data element ${element.code} has no disaggregation "${given}"; allowed: ${enList}`,
  };
}
