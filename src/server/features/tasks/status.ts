import type { TaskStatus } from '../../db/schema.js';

/** The statuses of a task update as the plan's reporting forms write them. */
export const TASK_STATUS_LABELS: Record<TaskStatus, { zh: string; en: string }> = {
  not_started: { zh: '未启动', en: 'Not started' },
  in_progress: { zh: '进行中', en: 'In progress' },
  completed: { zh: '已完成', en: 'Completed' },
  delayed: { zh: '滞后', en: 'Delayed' },
  suspended: { zh: '暂缓', en: 'Suspended' },
};

export const TASK_STATUSES = Object.keys(TASK_STATUS_LABELS) as TaskStatus[];

/** A task is overdue when its deadline has passed and it is not completed. */
export function isOverdue(task: { deadline: string | null; status: TaskStatus }, today: string): boolean {
  return task.deadline !== null && task.deadline < today && task.status !== 'completed';
}
