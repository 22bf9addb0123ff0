import { Tag } from 'antd';
import type { IndicatorAttribute, PlanStatus, ProjectStage, TaskStatus } from '../api/types.js';
import { useI18n } from '../i18n/context.js';

// Every tag prints its status as text: colour only repeats what the words say.

const PLAN_COLOURS: Record<PlanStatus, string> = { draft: 'default', active: 'processing', closed: 'default' };

export function PlanStatusTag({ status }: { status: PlanStatus }) {
  const { t } = useI18n();
  return <Tag color={PLAN_COLOURS[status]}>{t(`plan.status.${status}`)}</Tag>;
}

const TASK_COLOURS: Record<TaskStatus, string> = {
  not_started: 'default',
  in_progress: 'processing',
  completed: 'success',
  delayed: 'error',
  suspended: 'warning',
};

export function TaskStatusTag({ status }: { status: TaskStatus }) {
  const { t } = useI18n();
  return <Tag color={TASK_COLOURS[status]}>{t(`tasks.status.${status}`)}</Tag>;
}

const ATTRIBUTE_COLOURS: Record<IndicatorAttribute, string> = { binding: 'volcano', expected: 'blue', guiding: 'default' };

export function AttributeTag({ attribute }: { attribute: IndicatorAttribute }) {
  const { t } = useI18n();
  return <Tag color={ATTRIBUTE_COLOURS[attribute]}>{t(`indicators.attribute.${attribute}`)}</Tag>;
}

export function ProjectStageTag({ stage }: { stage: ProjectStage }) {
  const { t } = useI18n();
  return <Tag color={stage === 'in_use' || stage === 'completed' ? 'success' : 'processing'}>{t(`projects.stage.${stage}`)}</Tag>;
}
