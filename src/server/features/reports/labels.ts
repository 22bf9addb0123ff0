import type { EvaluationKind, ProjectStage, TaskStatus } from '../../../domain/evaluation/snapshot.js';
import type { IndicatorAttribute } from '../../../domain/plan/format.js';
import type { Message } from '../../../domain/plan/problem.js';

export type Lang = 'zh' | 'en';

export const REPORT_TITLES: Record<EvaluationKind, Message> = {
  annual: { zh: '年度监测报告', en: 'Annual monitoring report' },
  midterm: { zh: '中期评估报告', en: 'Mid-term evaluation report' },
  final: { zh: '终期评估报告', en: 'Final evaluation report' },
};

export const TASK_STATUS_LABELS: Record<TaskStatus, Message> = {
  not_started: { zh: '未启动', en: 'Not started' },
  in_progress: { zh: '进行中', en: 'In progress' },
  completed: { zh: '已完成', en: 'Completed' },
  delayed: { zh: '滞后', en: 'Delayed' },
  suspended: { zh: '暂缓', en: 'Suspended' },
};

export const PROJECT_STAGE_LABELS: Record<ProjectStage | 'unknown', Message> = {
  preparation: { zh: '前期', en: 'Preparation' },
  started: { zh: '开工', en: 'Started' },
  structure_done: { zh: '主体完工', en: 'Structure done' },
  completed: { zh: '竣工', en: 'Completed' },
  in_use: { zh: '投用', en: 'In use' },
  unknown: { zh: '未报告', en: 'Not reported' },
};

export const ATTRIBUTE_LABELS: Record<IndicatorAttribute, Message> = {
  binding: { zh: '约束性', en: 'Binding' },
  expected: { zh: '预期性', en: 'Expected' },
  guiding: { zh: '指导性', en: 'Guiding' },
};

/** Shown on the cover and in every page header of a report that uses demonstration values. */
export const SAMPLE_WATERMARK: Message = { zh: '示例数据，非真实统计', en: 'Sample data, not real statistics' };
