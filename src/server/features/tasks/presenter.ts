import { presentReport, type StoredReport } from '../attachments/report.js';
import type { DepartmentLink, TaskRow } from './repository.js';
import { isOverdue, TASK_STATUS_LABELS } from './status.js';

export interface LatestUpdate extends StoredReport {
  status: TaskRow['status'];
}

/** A task on the board: who leads and cooperates, its state, its latest report, and the two warning flags. */
export function presentTask(task: TaskRow, departments: DepartmentLink[], latest: LatestUpdate | null, today: string) {
  const lead = departments.find((d) => d.role === 'lead');
  return {
    id: task.id,
    parent: task.parent_id,
    path: task.path,
    title: task.title,
    summary: task.summary,
    lead: lead ? { code: lead.code, name: lead.name } : null,
    cooperating: departments.filter((d) => d.role === 'cooperating').map((d) => ({ code: d.code, name: d.name })),
    /** Codes of every department on the task, lead first. */
    departments: departments.map((d) => d.code),
    deadline: task.deadline,
    status: task.status,
    statusLabel: TASK_STATUS_LABELS[task.status],
    percent: task.percent,
    lastUpdateAt: task.last_update_at,
    latestUpdate: latest && presentReport(latest, { status: latest.status }),
    overdue: isOverdue(task, today),
    neverUpdated: latest === null,
    version: task.version,
  };
}

export type TaskView = ReturnType<typeof presentTask>;

export type TaskNode = TaskView & { children: TaskNode[] };

/** Nests tasks under their parents, keeping the plan's order; a task whose parent is absent is a root. */
export function buildTaskTree(views: TaskView[]): TaskNode[] {
  const nodes = new Map<number, TaskNode>(views.map((v) => [v.id, { ...v, children: [] }]));
  const roots: TaskNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parent === null ? undefined : nodes.get(node.parent);
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}
