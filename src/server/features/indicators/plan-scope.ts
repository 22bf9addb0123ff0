import type { Kysely } from 'kysely';
import { canActOnPlan, requireActor } from '../../auth/actor.js';
import type { Permission } from '../../auth/permissions.js';
import type { ServiceContext } from '../../context.js';
import type { Database } from '../../db/schema.js';
import { AppError, notFound } from '../../errors.js';
import { findPlan } from '../plans/repository.js';
import { findOrgUnit, findOrgUnitById } from './repository.js';

export type PlanRow = NonNullable<Awaited<ReturnType<typeof findPlan>>>;
export type OrgUnitRow = Awaited<ReturnType<typeof findOrgUnitById>>;

/** Channels that act for the operator of the installation, without a user. */
const TRUSTED_CHANNELS: ReadonlySet<ServiceContext['channel']> = new Set(['cli', 'system']);

/**
 * The plan, checked against the actor's plan scope for `permission`. The command line and the
 * system itself act without a user; any other caller must be one.
 */
export async function planFor(ctx: ServiceContext, code: string, permission: Permission, db: Kysely<Database> = ctx.db): Promise<PlanRow> {
  const actor = ctx.actor === null && TRUSTED_CHANNELS.has(ctx.channel) ? null : requireActor(ctx.actor);
  const plan = await findPlan(db, code);
  if (!plan) throw notFound({ zh: `规划 ${code}`, en: `Plan ${code}` }, { field: 'code' });
  if (actor && !canActOnPlan(actor, permission, plan.id)) {
    throw new AppError('OUT_OF_SCOPE', { zh: `规划 ${code} 不在您的授权范围内`, en: `Plan ${code} is outside your scope` });
  }
  return plan;
}

/** The org unit to assess a plan at: the plan's region by default, or a unit inside it. */
export async function orgUnitFor(db: Kysely<Database>, plan: PlanRow, code: string | undefined): Promise<OrgUnitRow> {
  if (code === undefined || code === plan.region_code) return findOrgUnitById(db, plan.region_org_unit_id);
  const unit = await findOrgUnit(db, code);
  if (!unit) throw notFound({ zh: `机构 ${code}`, en: `Org unit ${code}` }, { field: 'orgUnit' });
  if (!unit.path.startsWith(`${plan.region_path}${plan.region_org_unit_id}/`)) {
    throw new AppError(
      'BAD_REQUEST',
      { zh: `机构 ${code}（${unit.name}）不在规划区域 ${plan.region_name} 内`, en: `Org unit ${code} (${unit.name}) is not inside the plan's region ${plan.region_name}` },
      { field: 'orgUnit' },
    );
  }
  return unit;
}

/**
 * The evaluation year when none is asked for: the last complete year, kept inside the plan's period.
 */
export function defaultYear(plan: Pick<PlanRow, 'period_start' | 'period_end'>, today = new Date()): number {
  return Math.max(plan.period_start, Math.min(plan.period_end, today.getFullYear() - 1));
}

/** Years from `from` to the evaluation year, with any earlier baseline year, oldest first. */
export function seriesYears(from: number, year: number, baselineYears: Iterable<number>): number[] {
  const years = new Set<number>();
  for (let y = from; y <= year; y++) years.add(y);
  for (const y of baselineYears) if (y <= year) years.add(y);
  return [...years].sort((a, b) => a - b);
}
