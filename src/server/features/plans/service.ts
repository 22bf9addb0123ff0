import { canActOnPlan, requireActor } from '../../auth/actor.js';
import { recordAudit } from '../../audit/record.js';
import type { ServiceContext } from '../../context.js';
import { AppError, notFound } from '../../errors.js';
import { presentPlan, presentPlanMeta, presentPlanSummary } from './presenter.js';
import * as repo from './repository.js';

const planNotFound = (code: string) => notFound({ zh: `规划 ${code}`, en: `Plan ${code}` }, { field: 'code' });

export async function listPlans(ctx: ServiceContext) {
  requireActor(ctx.actor);
  return (await repo.listPlansWithCounts(ctx.db)).map(presentPlanSummary);
}

export async function getPlan(ctx: ServiceContext, code: string) {
  requireActor(ctx.actor);
  const plan = await repo.findPlan(ctx.db, code);
  if (!plan) throw planNotFound(code);
  return presentPlan(plan, await repo.planContent(ctx.db, plan.id));
}

export interface UpdatePlanInput {
  version: number;
  status?: 'draft' | 'active' | 'closed';
  published?: boolean;
  title?: string;
}

/** Changes a plan's title, status or publication; the caller must hold the version it read. */
export async function updatePlan(ctx: ServiceContext, code: string, input: UpdatePlanInput) {
  const actor = requireActor(ctx.actor);
  return ctx.db.transaction().execute(async (trx) => {
    const before = await repo.findPlan(trx, code);
    if (!before) throw planNotFound(code);
    const permission = input.published === undefined ? 'plan:write' : 'plan:publish';
    if (!canActOnPlan(actor, permission, before.id)) {
      throw new AppError('OUT_OF_SCOPE', { zh: `无权修改规划 ${code}`, en: `You may not change plan ${code}` });
    }
    const changes = {
      status: input.status,
      title: input.title,
      published: input.published,
      published_at: input.published === undefined ? undefined : input.published ? new Date() : null,
    };
    if (!(await repo.updatePlanRow(trx, before.id, input.version, changes))) {
      throw new AppError(
        'VERSION_CONFLICT',
        { zh: '该规划已被他人修改，请刷新后重试', en: 'This plan was changed by someone else; reload and try again' },
        { current: presentPlanMeta(before) },
      );
    }
    const after = (await repo.findPlan(trx, code))!;
    await recordAudit(trx, ctx, { action: 'update', entityType: 'plan', entityId: code, before: presentPlanMeta(before), after: presentPlanMeta(after) });
    return presentPlanMeta(after);
  });
}
