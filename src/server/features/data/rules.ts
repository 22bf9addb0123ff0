import type { Kysely } from 'kysely';
import type { RuleOperator } from '../../../domain/data/rule.js';
import { validate } from '../../../domain/expressions/index.js';
import { requireActor } from '../../auth/actor.js';
import { recordAudit } from '../../audit/record.js';
import type { ServiceContext } from '../../context.js';
import type { Database } from '../../db/schema.js';
import { AppError } from '../../errors.js';

export interface RuleInput {
  code: string;
  name: string;
  leftSide: string;
  operator: RuleOperator;
  rightSide: string;
  importance?: 'low' | 'medium' | 'high';
  periodType?: string | null;
}

export async function listRules(ctx: ServiceContext) {
  requireActor(ctx.actor);
  const rows = await ctx.db.selectFrom('validation_rules').selectAll().orderBy('code').execute();
  return rows.map((r) => ({ code: r.code, name: r.name, leftSide: r.left_side, operator: r.operator, rightSide: r.right_side, importance: r.importance, periodType: r.period_type }));
}

/** Adds a rule after checking that both sides parse and name data elements that exist. */
export async function createRule(ctx: ServiceContext, input: RuleInput) {
  requireActor(ctx.actor);
  return ctx.db.transaction().execute((trx) => insertRule(trx, ctx, input));
}

/** Adds a rule inside the caller's transaction (the demo load runs in one), audited for `ctx`. */
export async function insertRule(trx: Kysely<Database>, ctx: ServiceContext, input: RuleInput) {
  const elements = new Set((await trx.selectFrom('data_elements').select('code').execute()).map((r) => r.code));
  for (const side of ['leftSide', 'rightSide'] as const) {
    const issue = validate(input[side], { dataElements: elements }).issues[0];
    if (issue) {
      throw new AppError(
        'VALIDATION_FAILED',
        { zh: `校验规则 ${input.code} 的 ${side}（第 ${issue.start + 1} 个字符）：${issue.zh}`, en: `Validation rule ${input.code}, ${side} at character ${issue.start + 1}: ${issue.en}` },
        { field: side },
      );
    }
  }
  if (await trx.selectFrom('validation_rules').select('id').where('code', '=', input.code).executeTakeFirst()) {
    throw new AppError('ALREADY_EXISTS', { zh: `校验规则 ${input.code} 已存在`, en: `The validation rule ${input.code} already exists` }, { field: 'code' });
  }
  const row = await trx
    .insertInto('validation_rules')
    .values({
      code: input.code,
      name: input.name,
      left_side: input.leftSide,
      operator: input.operator,
      right_side: input.rightSide,
      importance: input.importance ?? 'medium',
      period_type: input.periodType ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await recordAudit(trx, ctx, { action: 'create', entityType: 'validation_rule', entityId: row.id, after: input });
  return input;
}
