import { canActForDepartment, canActOnPlan, outOfScope, requireActor } from '../../auth/actor.js';
import { recordAudit } from '../../audit/record.js';
import type { ServiceContext } from '../../context.js';
import { AppError, notFound } from '../../errors.js';
import { latestPer, presentReport, recordProgressReport, reportFields, withAttachments } from '../attachments/report.js';
import type { AttachmentStorage } from '../attachments/store.js';
import { choiceField, type UpdateForm } from '../attachments/upload.js';
import { planFor } from '../indicators/plan-scope.js';
import { departmentsByCode } from '../tasks/repository.js';
import { presentProject, projectTotals, type ProjectView } from './presenter.js';
import * as repo from './repository.js';
import { PROJECT_STAGES } from './stage.js';

const projectNotFound = (id: number) => notFound({ zh: `项目 ${id}`, en: `Project ${id}` }, { field: 'id' });

const today = () => new Date().toISOString().slice(0, 10);

async function projectViews(ctx: ServiceContext, projects: repo.ProjectRow[]): Promise<ProjectView[]> {
  const latest = await withAttachments(ctx.db, 'project_update', latestPer(await repo.projectUpdates(ctx.db, projects.map((p) => p.id)), (u) => u.project_id));
  const byProject = new Map(latest.map((u) => [u.project_id, u]));
  const day = today();
  return projects.map((p) => presentProject(p, byProject.get(p.id) ?? null, day));
}

/** The project board of a plan: every key project with its state, and totals that say what they leave out. */
export async function listProjects(ctx: ServiceContext, planCode: string) {
  const plan = await planFor(ctx, planCode, 'plan:read');
  const views = await projectViews(ctx, await repo.projectsOfPlan(ctx.db, plan.id));
  return { plan: { code: plan.code, title: plan.title }, today: today(), totals: projectTotals(views), items: views };
}

/** Assigns the responsible department of a project (needs the version read). */
export async function assignProject(ctx: ServiceContext, id: number, input: { version: number; department: string | null }) {
  const actor = requireActor(ctx.actor);
  return ctx.db.transaction().execute(async (trx) => {
    const before = await repo.findProject(trx, id);
    if (!before) throw projectNotFound(id);
    if (!canActOnPlan(actor, 'plan:write', before.plan_id)) throw outOfScope({ zh: `项目「${before.name}」`, en: `project "${before.name}"` });
    let departmentId: number | null = null;
    if (input.department !== null) {
      const [department] = await departmentsByCode(trx, [input.department]);
      if (!department) {
        throw new AppError('VALIDATION_FAILED', { zh: `责任单位 ${input.department} 不存在`, en: `Department ${input.department} does not exist` }, { field: 'body.department' });
      }
      departmentId = department.id;
    }
    const [current] = await projectViews({ ...ctx, db: trx }, [before]);
    if (!(await repo.assignProjectDepartment(trx, id, input.version, departmentId))) {
      throw new AppError(
        'VERSION_CONFLICT',
        { zh: '该项目已被他人修改，请刷新后重试', en: 'This project was changed by someone else; reload and try again' },
        { current },
      );
    }
    const [after] = await projectViews({ ...ctx, db: trx }, [(await repo.findProject(trx, id))!]);
    await recordAudit(trx, ctx, { action: 'assign', entityType: 'project', entityId: id, before: { department: before.department_code }, after: { department: input.department } });
    return after;
  });
}

/**
 * Records a progress report on a project, with evidence files. When the project has a department,
 * a department reporter must belong to it.
 */
export async function addProjectUpdate(ctx: ServiceContext, storage: AttachmentStorage, id: number, form: UpdateForm) {
  const actor = requireActor(ctx.actor);
  const project = await repo.findProject(ctx.db, id);
  if (!project) throw projectNotFound(id);
  const inDepartment = project.department_id === null || canActForDepartment(actor, 'project:update', [project.department_id]);
  if (!canActOnPlan(actor, 'project:update', project.plan_id) || !inDepartment) {
    throw outOfScope({ zh: `项目「${project.name}」`, en: `project "${project.name}"` });
  }
  const { reportedOn, percent, narrative } = reportFields(form);
  const stage = form.fields.stage === undefined || form.fields.stage === '' ? null : choiceField(form.fields, 'stage', PROJECT_STAGES);
  return recordProgressReport(ctx, storage, actor, form, {
    entity: { type: 'project', id },
    owner: 'project_update',
    before: { stage: project.stage, percent: project.percent },
    input: { date: reportedOn, stage, percent, narrative },
    insert: (db) => repo.insertProjectUpdate(db, { projectId: id, reportedOn, stage, percent, narrative, userId: actor.userId }),
  });
}

/** Every progress report of a project, newest first, with its evidence files. */
export async function projectHistory(ctx: ServiceContext, id: number) {
  const actor = requireActor(ctx.actor);
  const project = await repo.findProject(ctx.db, id);
  if (!project) throw projectNotFound(id);
  if (!canActOnPlan(actor, 'plan:read', project.plan_id)) throw outOfScope({ zh: `项目「${project.name}」`, en: `project "${project.name}"` });
  const updates = await withAttachments(ctx.db, 'project_update', await repo.projectUpdates(ctx.db, [id]));
  return { project: { id: project.id, name: project.name }, items: updates.map((u) => presentReport(u, { stage: u.stage })) };
}
