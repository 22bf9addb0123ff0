import type { EvaluationKind } from '../../../domain/evaluation/snapshot.js';
import type { Message } from '../../../domain/plan/problem.js';

export const KIND_LABELS: Record<EvaluationKind, Message> = {
  annual: { zh: '年度监测', en: 'Annual monitoring' },
  midterm: { zh: '中期评估', en: 'Mid-term evaluation' },
  final: { zh: '终期评估', en: 'Final evaluation' },
};

export const DIRECTION_LABELS: Record<'up' | 'down' | 'target', Message> = {
  up: { zh: '越高越好', en: 'Higher is better' },
  down: { zh: '越低越好', en: 'Lower is better' },
  target: { zh: '越接近目标越好', en: 'Closest to target' },
};

const T = {
  plans: { zh: '已公开的卫生健康规划', en: 'Published health plans' },
  noPlans: { zh: '暂无公开的规划。', en: 'No plan has been published yet.' },
  plan: { zh: '规划', en: 'Plan' },
  region: { zh: '地区', en: 'Region' },
  period: { zh: '规划期', en: 'Period' },
  overview: { zh: '进展概况', en: 'Progress overview' },
  noEvaluation: { zh: '尚未公开评估结果。', en: 'No evaluation result has been published yet.' },
  evaluation: { zh: '最新公开评估', en: 'Latest published evaluation' },
  byStatus: { zh: '指标状态', en: 'Indicators by status' },
  binding: { zh: '约束性指标', en: 'Binding indicators' },
  tasks: { zh: '重点任务', en: 'Key tasks' },
  projects: { zh: '重点项目', en: 'Key projects' },
  total: { zh: '合计', en: 'Total' },
  indicators: { zh: '指标一览', en: 'Indicators' },
  category: { zh: '类别', en: 'Category' },
  indicator: { zh: '指标', en: 'Indicator' },
  unit: { zh: '单位', en: 'Unit' },
  baseline: { zh: '基期值', en: 'Baseline' },
  target: { zh: '目标值', en: 'Target' },
  latest: { zh: '最新值', en: 'Latest value' },
  status: { zh: '状态', en: 'Status' },
  year: { zh: '年份', en: 'Year' },
  value: { zh: '数值', en: 'Value' },
  notPublic: { zh: '未公开', en: 'Not published' },
  noValue: { zh: '暂无公开数据', en: 'No published value' },
  downloadPlan: { zh: '下载本规划全部公开数据（CSV）', en: 'Download all published data of this plan (CSV)' },
  downloadIndicator: { zh: '下载本指标数据（CSV）', en: 'Download this indicator’s data (CSV)' },
  chart: { zh: '趋势图', en: 'Trend chart' },
  chartAlt: { zh: '趋势图，数据见下表', en: 'Trend chart; the table below gives its data' },
  data: { zh: '数据表', en: 'Data table' },
  definition: { zh: '指标定义', en: 'Definition' },
  formula: { zh: '计算方法', en: 'Computation' },
  attribute: { zh: '属性', en: 'Attribute' },
  direction: { zh: '方向', en: 'Direction' },
  notFound: { zh: '未找到该页面，或内容尚未公开。', en: 'Page not found, or not published.' },
  back: { zh: '返回规划', en: 'Back to the plan' },
  sampleHidden: { zh: '该指标的评估使用了示例数据，状态不公开。', en: 'This indicator’s evaluation used sample data, so its status is not published.' },
} satisfies Record<string, Message>;

export type TextKey = keyof typeof T;

export function t(key: TextKey, lang: 'zh' | 'en'): string {
  return T[key][lang];
}
