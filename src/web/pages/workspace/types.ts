/** The cross-plan workspace overview as GET /api/workspace/plans returns it. */
import type { EvaluationKind, ProjectStage, TaskStatus } from '../../../domain/evaluation/snapshot.js';

export interface PlanState {
  code: string;
  title: string;
  region: string;
  periodStart: number;
  periodEnd: number;
  status: 'draft' | 'active' | 'closed';
  published: boolean;
  tasks: { total: number; byStatus: Record<TaskStatus, number>; overdue: number };
  projects: { total: number; byStage: Record<ProjectStage | 'unknown', number>; delayed: number };
  evaluations: { total: number; published: number; latest: { id: number; kind: EvaluationKind; year: number; published: boolean; usesSamples: boolean } | null };
}

export type WorkspaceArea = 'tasks' | 'projects' | 'evaluations';
