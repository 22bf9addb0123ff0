import { countBy } from '../../../domain/evaluation/summary.js';
import { requireActor } from '../../auth/actor.js';
import type { ServiceContext } from '../../context.js';
import { isDelayed, PROJECT_STAGES } from '../projects/stage.js';
import { isOverdue, TASK_STATUSES } from '../tasks/status.js';
import * as repo from './repository.js';

/**
 * Every plan with the state of its tasks, projects and evaluations, for the workspace pages that
 * lead to each plan's boards: counts by status, overdue tasks, delayed projects, the latest evaluation.
 */
export async function workspaceOverview(ctx: ServiceContext, today = new Date().toISOString().slice(0, 10)) {
  requireActor(ctx.actor);
  const [plans, tasks, projects, evaluations] = await Promise.all([repo.planRows(ctx.db), repo.taskStates(ctx.db), repo.projectStates(ctx.db), repo.evaluationStates(ctx.db)]);
  return {
    items: plans.map((p) => {
      const own = { tasks: tasks.filter((t) => t.plan_id === p.id), projects: projects.filter((j) => j.plan_id === p.id), evaluations: evaluations.filter((e) => e.plan_id === p.id) };
      const latest = own.evaluations[0];
      return {
        code: p.code,
        title: p.title,
        region: p.region_name,
        periodStart: p.period_start,
        periodEnd: p.period_end,
        status: p.status,
        published: p.published,
        tasks: {
          total: own.tasks.length,
          byStatus: countBy(TASK_STATUSES, own.tasks.map((t) => t.status)),
          overdue: own.tasks.filter((t) => isOverdue(t, today)).length,
        },
        projects: {
          total: own.projects.length,
          byStage: countBy([...PROJECT_STAGES, 'unknown'], own.projects.map((j) => j.stage ?? 'unknown')),
          delayed: own.projects.filter((j) => isDelayed(j, today) === true).length,
        },
        evaluations: {
          total: own.evaluations.length,
          published: own.evaluations.filter((e) => e.published).length,
          latest: latest ? { id: latest.id, kind: latest.kind, year: latest.year, published: latest.published, usesSamples: latest.uses_samples } : null,
        },
      };
    }),
  };
}
