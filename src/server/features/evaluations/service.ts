import type { EvaluationKind } from '../../../domain/evaluation/snapshot.js';
import { recordAudit } from '../../audit/record.js';
import type { ServiceContext } from '../../context.js';
import { AppError, notFound } from '../../errors.js';
import { planFor } from '../indicators/plan-scope.js';
import { presentEvaluation, presentEvaluationMeta } from './presenter.js';
import * as repo from './repository.js';
import { buildSnapshot } from './snapshot.js';

export interface CreateEvaluationInput {
  kind: EvaluationKind;
  year: number;
}

const KIND_NAMES: Record<EvaluationKind, { zh: string; en: string }> = {
  annual: { zh: '年度监测', en: 'annual monitoring' },
  midterm: { zh: '中期评估', en: 'mid-term evaluation' },
  final: { zh: '终期评估', en: 'final evaluation' },
};

/** Creates an evaluation: the plan judged at its region for the year, frozen as a snapshot. */
export async function createEvaluation(ctx: ServiceContext, planCode: string, input: CreateEvaluationInput) {
  return ctx.db.transaction().execute(async (trx) => {
    const plan = await planFor(ctx, planCode, 'evaluation:create', trx);
    if (input.year < plan.period_start || input.year > plan.period_end) {
      throw new AppError(
        'VALIDATION_FAILED',
        {
          zh: `评价年份 ${input.year} 不在规划期 ${plan.period_start}–${plan.period_end} 内`,
          en: `The evaluation year ${input.year} is outside the plan period ${plan.period_start}–${plan.period_end}`,
        },
        { field: 'body.year' },
      );
    }
    const createdAt = new Date();
    const snapshot = await buildSnapshot(trx, plan, { kind: input.kind, year: input.year, createdAt, createdBy: ctx.actor?.username ?? null });
    const id = await repo.insertEvaluation(trx, { planId: plan.id, kind: input.kind, year: input.year, snapshot, createdBy: ctx.actor?.userId ?? null, createdAt });
    const created = presentEvaluationMeta((await repo.findEvaluation(trx, id))!);
    await recordAudit(trx, ctx, {
      action: 'create',
      entityType: 'evaluation',
      entityId: id,
      after: { plan: plan.code, kind: input.kind, year: input.year, summary: snapshot.summary.indicators, usesSamples: snapshot.usesSamples },
      reason: `${KIND_NAMES[input.kind].zh} ${input.year}`,
    });
    return created;
  });
}

export async function listEvaluations(ctx: ServiceContext, planCode: string) {
  const plan = await planFor(ctx, planCode, 'plan:read');
  return (await repo.listEvaluations(ctx.db, plan.id)).map(presentEvaluationMeta);
}

/** An evaluation with its snapshot: the same document however the data has changed since. */
export async function getEvaluation(ctx: ServiceContext, id: number) {
  const row = await evaluationFor(ctx, id, 'plan:read');
  return presentEvaluation(row);
}

/**
 * Publishes an evaluation to the public portal. One computed with sample (demonstration) values is
 * published only when the caller says so explicitly.
 */
export async function publishEvaluation(ctx: ServiceContext, id: number, input: { allowSamples?: boolean }) {
  return ctx.db.transaction().execute(async (trx) => {
    const before = await evaluationFor({ ...ctx, db: trx }, id, 'evaluation:publish');
    if (before.published) {
      throw new AppError('CONFLICT', { zh: `评估 ${id} 已经公开`, en: `Evaluation ${id} is already published` }, { current: presentEvaluationMeta(before) });
    }
    if (before.uses_samples && !input.allowSamples) {
      throw new AppError(
        'CONFLICT',
        {
          zh: `评估 ${id} 使用了示例数据，公开前请核实；确需公开时请加 allowSamples: true`,
          en: `Evaluation ${id} uses sample data; check it before publishing, or send allowSamples: true to publish anyway`,
        },
        { field: 'body.allowSamples' },
      );
    }
    await repo.markPublished(trx, id, new Date());
    const after = presentEvaluationMeta((await repo.findEvaluation(trx, id))!);
    await recordAudit(trx, ctx, {
      action: 'publish',
      entityType: 'evaluation',
      entityId: id,
      before: { published: false },
      after: { published: true, publishedAt: after.publishedAt, usesSamples: after.usesSamples },
    });
    return after;
  });
}

async function evaluationFor(ctx: ServiceContext, id: number, permission: 'plan:read' | 'evaluation:publish') {
  const row = await repo.findEvaluation(ctx.db, id);
  if (!row) throw notFound({ zh: `评估 ${id}`, en: `Evaluation ${id}` }, { field: 'id' });
  await planFor(ctx, row.plan_code, permission);
  return row;
}
