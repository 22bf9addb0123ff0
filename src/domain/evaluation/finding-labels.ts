/** How findings are named to a reader, in the reports and on the evaluation page. */
import type { Message } from '../plan/problem.js';
import type { FindingSeverity, FrozenQualityFinding } from './findings.js';

export const FINDING_STATUS_LABELS: Record<FindingSeverity, Message> = {
  error: { zh: '需更正', en: 'To correct' },
  warning: { zh: '待核实', en: 'To check' },
  info: { zh: '供参考', en: 'For information' },
};

/** Kinds of the plan's consistency findings; an unknown code is shown as it is. */
export const CONSISTENCY_KIND_LABELS: Record<string, Message> = {
  PLAN_BASELINE_CONFLICT: { zh: '同一年份数值冲突', en: 'Conflicting values for a year' },
  PLAN_FIGURE_CONFLICT: { zh: '不同表述数值不一致', en: 'Figures differ between places' },
  PLAN_DATA_VALUE_CONFLICT: { zh: '数据值冲突', en: 'Conflicting data values' },
  PLAN_FACTOR_WITHOUT_DENOMINATOR: { zh: '系数缺少分母', en: 'Factor without denominator' },
  PLAN_DEFINITION_FACTOR_MISMATCH: { zh: '定义与系数不符', en: 'Definition and factor differ' },
  PLAN_RATE_MISMATCH: { zh: '比率与分子分母不符', en: 'Rate does not match its counts' },
  PLAN_RATE_IMPLIED_DENOMINATOR_CONFLICT: { zh: '推算分母不一致', en: 'Implied denominators differ' },
  PLAN_SUBROWS_SUM_MISMATCH: { zh: '分项之和不符', en: 'Sub-rows do not add up' },
  PLAN_DISAGGREGATION_SUM_MISMATCH: { zh: '分类之和不符', en: 'Breakdown does not add up' },
  PLAN_TARGET_MET_AT_BASELINE: { zh: '基期已达目标', en: 'Target met at baseline' },
  PLAN_TARGET_YEAR_OUTSIDE_PERIOD: { zh: '目标年份超出规划期', en: 'Target year outside the period' },
};

export const QUALITY_KIND_LABELS: Record<FrozenQualityFinding['kind'], Message> = {
  rule: { zh: '未通过校验规则', en: 'Validation rule failed' },
  bounds: { zh: '超出取值范围', en: 'Value out of bounds' },
  change: { zh: '同比变化异常', en: 'Unusual change on a year earlier' },
};

/** What a report of a snapshot stored before findings were frozen says in their place. */
export const NO_FINDINGS_RECORDED: Message = {
  zh: '该评估快照创建时未记录一致性与数据质量问题。',
  en: 'No consistency or data-quality findings were recorded with this evaluation snapshot.',
};
