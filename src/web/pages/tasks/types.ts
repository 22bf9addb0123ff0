/** The task board as GET /api/plans/:code/tasks returns it. */
import type { LocalizedText } from '../../api/client.js';
import type { TaskStatus } from '../../api/types.js';

export interface Department {
  code: string;
  name: string;
}

export interface Attachment {
  id: number;
  fileName: string;
}

/** A progress report of a task or project, as the server presents it. */
export interface ReportView {
  id: number;
  date: string;
  percent: number;
  narrative: string;
  createdBy: string | null;
  attachments: Attachment[];
}

export interface TaskNode {
  id: number;
  path: string;
  title: string;
  summary: string | null;
  lead: Department | null;
  cooperating: Department[];
  deadline: string | null;
  status: TaskStatus;
  statusLabel: LocalizedText;
  percent: number;
  latestUpdate: (ReportView & { status: TaskStatus }) | null;
  overdue: boolean;
  neverUpdated: boolean;
  version: number;
  children: TaskNode[];
}

export interface TaskBoard {
  plan: { code: string; title: string };
  today: string;
  summary: { total: number; overdue: number; neverUpdated: number };
  items: TaskNode[];
}
