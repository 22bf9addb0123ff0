import { canActForDepartment, canActOnPlan, outOfScope, requireActor } from '../../auth/actor.js';
import { recordAudit } from '../../audit/record.js';
import type { ServiceContext } from '../../context.js';
import { AppError, notFound } from '../../errors.js';
import { latestPer, presentReport, recordProgressReport, reportFields, withAttachments } from '../attachments/report.js';
import type { AttachmentStorage } from '../attachments/store.js';
import { choiceField, type UpdateForm } from '../attachments/upload.js';
import { planFor } from '../indicators/plan-scope.js';
import { buildTaskTree, presentTask, type TaskView } from './presenter.js';
import * as repo from './repository.js';
import { TASK_STATUSES } from './status.js';

const taskNotFound = (id: number) => notFound({ zh: `任务 ${id}`, en: `Task ${id}` }, { field: 'id' });

/** Today as an ISO date, the day deadlines are compared with. */
const today = () => new Date().toISOString().slice(0, 10);

async function taskViews(ctx: ServiceContext, tasks: repo.TaskRow[]): Promise<TaskView[]> {
  const ids = tasks.map((t) => t.id);
  const departments = await repo.departmentsOf(ctx.db, ids);
  const latest = await withAttachments(ctx.db, 'task_update', latestPer(await repo.taskUpdates(ctx.db, ids), (u) => u.task_id));
  const latestByTask = new Map(latest.map((u) => [u.task_id, u]));
  const day = today();
  return tasks.map((t) => presentTask(t, departments.filter((d) => d.taskId === t.id), latestByTask.get(t.id) ?? null, day));
}

/**
 * The task board of a plan: the task tree with departments, deadline, status, latest update and
 * flags. Filtered by a department, the board keeps the tasks it leads or cooperates on; a task
 * whose parent is left out stands at the top.
 */
export async function listTasks(ctx: ServiceContext, planCode: string, query: { department?: string }) {
  const plan = await planFor(ctx, planCode, 'plan:read');
  let views = await taskViews(ctx, await repo.tasksOfPlan(ctx.db, plan.id));
  if (query.department !== undefined) {
    const [department] = await repo.departmentsByCode(ctx.db, [query.department]);
    if (!department) throw notFound({ zh: `责任单位 ${query.department}`, en: `Department ${query.department}` }, { field: 'department' });
    views = views.filter((v) => v.departments.includes(department.code));
  }
  return {
    plan: { code: plan.code, title: plan.title },
    department: query.department ?? null,
    today: today(),
    summary: {
      total: views.length,
      overdue: views.filter((v) => v.overdue).length,
      neverUpdated: views.filter((v) => v.neverUpdated).length,
      byStatus: Object.fromEntries(TASK_STATUSES.map((s) => [s, views.filter((v) => v.status === s).length])),
    },
    items: buildTaskTree(views),
  };
}

export interface AssignTaskInput {
  version: number;
  leadDepartment?: string | null;
  cooperatingDepartments?: string[];
  deadline?: string | null;
}

/** Assigns a task's lead and cooperating departments and deadline (most plans name them only after issue). */
export async function assignTask(ctx: ServiceContext, id: number, input: AssignTaskInput) {
  const actor = requireActor(ctx.actor);
  return ctx.db.transaction().execute(async (trx) => {
    const tctx = { ...ctx, db: trx };
    const before = await repo.findTask(trx, id);
    if (!before) throw taskNotFound(id);
    if (!canActOnPlan(actor, 'plan:write', before.plan_id)) throw outOfScope({ zh: `任务 ${id}`, en: `task ${id}` });
    const [current] = await taskViews(tctx, [before]);
    if (!(await repo.updateTaskRow(trx, id, input.version, { deadline: input.deadline }))) {
      throw new AppError(
        'VERSION_CONFLICT',
        { zh: '该任务已被他人修改，请刷新后重试', en: 'This task was changed by someone else; reload and try again' },
        { current },
      );
    }
    if (input.leadDepartment !== undefined || input.cooperatingDepartments !== undefined) {
      const lead = input.leadDepartment === undefined ? current.lead?.code ?? null : input.leadDepartment;
      const cooperating = (input.cooperatingDepartments ?? current.cooperating.map((c) => c.code)).filter((c) => c !== lead);
      const codes = [...new Set([...(lead ? [lead] : []), ...cooperating])];
      const found = new Map((await repo.departmentsByCode(trx, codes)).map((d) => [d.code, d.id]));
      const unknown = codes.find((c) => !found.has(c));
      if (unknown) {
        throw new AppError(
          'VALIDATION_FAILED',
          { zh: `责任单位 ${unknown} 不存在`, en: `Department ${unknown} does not exist` },
          { field: lead === unknown ? 'body.leadDepartment' : 'body.cooperatingDepartments' },
        );
      }
      await repo.replaceDepartments(trx, id, [
        ...(lead ? [{ departmentId: found.get(lead)!, role: 'lead' as const }] : []),
        ...[...new Set(cooperating)].map((c) => ({ departmentId: found.get(c)!, role: 'cooperating' as const })),
      ]);
    }
    const [after] = await taskViews(tctx, [(await repo.findTask(trx, id))!]);
    await recordAudit(trx, ctx, { action: 'assign', entityType: 'task', entityId: id, before: assignment(current), after: assignment(after) });
    return after;
  });
}

const assignment = (v: TaskView) => ({ lead: v.lead?.code ?? null, cooperating: v.cooperating.map((c) => c.code), deadline: v.deadline, version: v.version });

/**
 * Records a progress report on a task, with its evidence files. A department reporter may report
 * only on tasks its department leads or cooperates on.
 */
export async function addTaskUpdate(ctx: ServiceContext, storage: AttachmentStorage, id: number, form: UpdateForm) {
  const actor = requireActor(ctx.actor);
  const task = await repo.findTask(ctx.db, id);
  if (!task) throw taskNotFound(id);
  const departments = await repo.departmentsOf(ctx.db, [id]);
  if (!canActOnPlan(actor, 'task:update', task.plan_id) || !canActForDepartment(actor, 'task:update', departments.map((d) => d.id))) {
    throw outOfScope({ zh: `任务「${task.title}」`, en: `task "${task.title}"` });
  }
  const { reportedOn, percent, narrative } = reportFields(form);
  const status = choiceField(form.fields, 'status', TASK_STATUSES);
  return recordProgressReport(ctx, storage, actor, form, {
    entity: { type: 'task', id },
    owner: 'task_update',
    before: { status: task.status, percent: task.percent },
    input: { date: reportedOn, status, percent, narrative },
    insert: (db) => repo.insertTaskUpdate(db, { taskId: id, reportedOn, status, percent, narrative, userId: actor.userId }),
  });
}

/** Every progress report of a task, newest first, with its evidence files. */
export async function taskHistory(ctx: ServiceContext, id: number) {
  const actor = requireActor(ctx.actor);
  const task = await repo.findTask(ctx.db, id);
  if (!task) throw taskNotFound(id);
  if (!canActOnPlan(actor, 'plan:read', task.plan_id)) throw outOfScope({ zh: `任务 ${id}`, en: `task ${id}` });
  const updates = await withAttachments(ctx.db, 'task_update', await repo.taskUpdates(ctx.db, [id]));
  return { task: { id: task.id, path: task.path, title: task.title }, items: updates.map((u) => presentReport(u, { status: u.status })) };
}
