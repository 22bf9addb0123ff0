import { canActOnOrgUnit, requireActor } from '../../auth/actor.js';
import type { ServiceContext } from '../../context.js';
import { ownPath } from './cells.js';
import { requireDataSet, requireSetPeriod } from './data-sets.js';

/**
 * Which of a data set's reporting org units have submitted and had approved their form for a
 * period, limited to the org units the user may read, with what the user may do on each. The
 * entry page picks its org units from this list, so nobody is offered a form outside their scope.
 */
export async function completeness(ctx: ServiceContext, query: { dataSet: string; period: string }) {
  const actor = requireActor(ctx.actor);
  const set = await requireDataSet(ctx.db, query.dataSet);
  const period = requireSetPeriod(set, query.period);
  const units = set.orgUnits.filter((u) => canActOnOrgUnit(actor, 'data:read', ownPath(u)));
  const submissions = units.length
    ? await ctx.db
        .selectFrom('data_set_submissions')
        .select(['org_unit_id', 'status', 'submitted_at', 'approved_at', 'reopen_reason'])
        .where('data_set_id', '=', set.id)
        .where('period', '=', period.id)
        .where('org_unit_id', 'in', units.map((u) => u.id))
        .execute()
    : [];
  const byUnit = new Map(submissions.map((s) => [s.org_unit_id, s]));
  const orgUnits = units.map((u) => {
    const s = byUnit.get(u.id);
    return {
      code: u.code,
      name: u.name,
      status: s?.status ?? 'draft',
      submittedAt: s?.submitted_at ?? null,
      approvedAt: s?.approved_at ?? null,
      reopenReason: s?.reopen_reason ?? null,
      canWrite: canActOnOrgUnit(actor, 'data:write', ownPath(u)),
      canApprove: canActOnOrgUnit(actor, 'data:approve', ownPath(u)),
    };
  });
  return {
    dataSet: { code: set.code, name: set.name, periodType: set.periodType },
    period: period.id,
    orgUnits,
    counts: {
      total: orgUnits.length,
      submitted: orgUnits.filter((u) => u.status !== 'draft').length,
      approved: orgUnits.filter((u) => u.status === 'approved').length,
    },
  };
}
