import { requireActor } from '../../auth/actor.js';
import type { Permission } from '../../auth/permissions.js';
import { recordAudit } from '../../audit/record.js';
import type { ServiceContext } from '../../context.js';
import type { ApprovalStatus } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import { requireOrgUnit, requirePeriod } from './cells.js';
import { requireDataSet } from './data-sets.js';
import { requireScope } from './values.js';

export interface SubmissionInput {
  dataSet: string;
  orgUnit: string;
  period: string;
  reason?: string;
}

type Step = 'submit' | 'approve' | 'reopen';

const STEPS: Record<Step, { from: ApprovalStatus; to: ApprovalStatus; permission: Permission; zh: string; en: string }> = {
  submit: { from: 'draft', to: 'submitted', permission: 'data:write', zh: '上报', en: 'submit' },
  approve: { from: 'submitted', to: 'approved', permission: 'data:approve', zh: '审核通过', en: 'approve' },
  reopen: { from: 'approved', to: 'draft', permission: 'data:approve', zh: '退回', en: 'reopen' },
};

const STATUS_ZH: Record<ApprovalStatus, string> = { draft: '草稿', submitted: '已上报', approved: '已审核' };

/**
 * Moves a data set's form for one org unit and period along draft → submitted → approved, or back
 * to draft with a reason; the form's values take the same status, so that only approved data
 * reaches published evaluations.
 */
export async function moveSubmission(ctx: ServiceContext, step: Step, input: SubmissionInput) {
  requireActor(ctx.actor);
  const spec = STEPS[step];
  const reason = input.reason?.trim() ?? '';
  if (step === 'reopen' && reason === '') {
    throw new AppError('VALIDATION_FAILED', { zh: '退回已审核数据须说明原因', en: 'Reopening approved data needs a reason' }, { field: 'reason' });
  }
  return ctx.db.transaction().execute(async (trx) => {
    const set = await requireDataSet(trx, input.dataSet);
    const unit = await requireOrgUnit(trx, input.orgUnit);
    requireScope(ctx.actor, spec.permission, unit);
    const period = requirePeriod(input.period);
    if (!set.orgUnits.some((u) => u.id === unit.id)) {
      throw new AppError('VALIDATION_FAILED', { zh: `组织机构 ${unit.code} 不填报数据集 ${set.code}`, en: `The org unit ${unit.code} does not report the data set ${set.code}` }, { field: 'orgUnit' });
    }
    const existing = await trx
      .selectFrom('data_set_submissions')
      .selectAll()
      .where('data_set_id', '=', set.id)
      .where('org_unit_id', '=', unit.id)
      .where('period', '=', period.id)
      .forUpdate()
      .executeTakeFirst();
    const status = existing?.status ?? 'draft';
    if (status !== spec.from) {
      throw new AppError(
        'CONFLICT',
        {
          zh: `${set.code} / ${unit.code} / ${period.id} 当前为“${STATUS_ZH[status]}”，不能${spec.zh}`,
          en: `${set.code} / ${unit.code} / ${period.id} is ${status}; it cannot be ${step === 'submit' ? 'submitted' : step === 'approve' ? 'approved' : 'reopened'}`,
        },
        { status },
      );
    }
    const userId = ctx.actor?.userId ?? null;
    const now = new Date();
    const changes = {
      status: spec.to,
      ...(step === 'submit' ? { submitted_by: userId, submitted_at: now } : {}),
      ...(step === 'approve' ? { approved_by: userId, approved_at: now } : {}),
      ...(step === 'reopen' ? { reopen_reason: reason } : {}),
    };
    const row = existing
      ? await trx
          .updateTable('data_set_submissions')
          .set({ ...changes, version: existing.version + 1 })
          .where('id', '=', existing.id)
          .returningAll()
          .executeTakeFirstOrThrow()
      : await trx
          .insertInto('data_set_submissions')
          .values({ data_set_id: set.id, org_unit_id: unit.id, period: period.id, ...changes })
          .returningAll()
          .executeTakeFirstOrThrow();
    const elementIds = set.elements.map((e) => e.id);
    const moved = elementIds.length
      ? await trx
          .updateTable('data_values')
          .set({ status: spec.to })
          .where('data_element_id', 'in', elementIds)
          .where('org_unit_id', '=', unit.id)
          .where('period', '=', period.id)
          .executeTakeFirst()
      : { numUpdatedRows: 0n };
    await recordAudit(trx, ctx, {
      action: step,
      entityType: 'data_set_submission',
      entityId: `${set.id}:${unit.id}:${period.id}`,
      before: { status },
      after: { status: spec.to },
      reason: step === 'reopen' ? reason : null,
    });
    return {
      dataSet: set.code,
      orgUnit: unit.code,
      period: period.id,
      status: row.status,
      version: row.version,
      reopenReason: row.reopen_reason,
      values: Number(moved.numUpdatedRows),
    };
  });
}
