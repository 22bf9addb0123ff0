import { canActOnPlan, requireActor } from '../../auth/actor.js';
import type { ServiceContext } from '../../context.js';
import { notFound } from '../../errors.js';
import { reportingDecimals, roundHalfUp } from '../../../domain/rounding.js';
import { computeIndicators } from '../indicators/values.js';
import * as repo from './repository.js';

export async function listCanonicalIndicators(ctx: ServiceContext) {
  requireActor(ctx.actor);
  const rows = await repo.canonicalWithLinks(ctx.db);
  return {
    items: rows.map((r) => ({
      code: r.code,
      name: r.name,
      nameEn: r.name_en,
      unit: r.unit,
      direction: r.direction,
      plans: Number(r.plans),
      indicators: Number(r.indicators),
    })),
  };
}

function groupBy<T>(items: T[], key: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const list = groups.get(key(item));
    if (list) list.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

type Linked = Awaited<ReturnType<typeof repo.linkedIndicators>>[number];

/**
 * The latest year with a value of each linked indicator at its plan's region, computed as the
 * scorecard computes it (formula on aggregated data, else the value reported for the indicator).
 */
async function latestValues(ctx: ServiceContext, indicators: Linked[], lastYear: number) {
  const latest = new Map<number, { year: number; value: number; roundedValue: number; basis: string | null; usesSamples: boolean }>();
  const byPlan = groupBy(indicators, (i) => i.plan_id);
  for (const rows of byPlan.values()) {
    const first = rows[0].period_start - 6;
    const years = Array.from({ length: lastYear - first + 1 }, (_, k) => first + k);
    const computed = await computeIndicators(ctx.db, {
      indicators: rows.map((r) => ({ code: r.code, numerator: r.numerator, denominator: r.denominator, factor: r.factor })),
      orgUnitIds: [rows[0].region_id],
      years,
    });
    for (const r of rows) {
      for (const year of [...years].reverse()) {
        const v = computed.value(r.code, r.region_id, year);
        if (v.value === null || !Number.isFinite(v.value)) continue;
        latest.set(r.id, { year, value: v.value, roundedValue: roundHalfUp(v.value, reportingDecimals(r.decimals)), basis: v.basis, usesSamples: v.usesSamples });
        break;
      }
    }
  }
  return latest;
}

/**
 * The same canonical indicator across plans and districts: for every plan indicator linked to it,
 * the name and unit as that plan writes them, each target as written (with its source, e.g. the
 * Beijing target), the baselines, and the latest value at the plan's region.
 */
export async function compareCanonical(ctx: ServiceContext, code: string, today = new Date()) {
  const actor = requireActor(ctx.actor);
  const canonical = await repo.findCanonical(ctx.db, code);
  if (!canonical) throw notFound({ zh: `标准指标 ${code}`, en: `Canonical indicator ${code}` }, { field: 'code' });
  const indicators = (await repo.linkedIndicators(ctx.db, canonical.id)).filter((i) => canActOnPlan(actor, 'plan:read', i.plan_id));
  const ids = indicators.map((i) => i.id);
  const baselines = groupBy(await repo.baselinesOf(ctx.db, ids), (b) => b.indicator_id);
  const targets = groupBy(await repo.targetsOf(ctx.db, ids), (t) => t.indicator_id);
  const latest = await latestValues(ctx, indicators, today.getFullYear());
  return {
    canonical: { code: canonical.code, name: canonical.name, nameEn: canonical.name_en, unit: canonical.unit, direction: canonical.direction, definition: canonical.definition },
    items: indicators.map((i) => ({
      plan: { code: i.plan_code, title: i.plan_title, periodStart: i.period_start, periodEnd: i.period_end },
      region: { code: i.region_code, name: i.region_name },
      indicator: { code: i.code, name: i.name, unit: i.unit, attribute: i.attribute },
      baselines: (baselines.get(i.id) ?? []).map((b) => ({ year: b.year, value: b.value, text: b.text, note: b.note })),
      targets: (targets.get(i.id) ?? []).map((t) => ({
        text: t.text,
        comparator: t.comparator,
        value: t.value,
        valueHigh: t.value_high,
        year: t.year,
        scope: t.scope,
        source: t.source_label,
      })),
      latest: latest.get(i.id) ?? null,
    })),
  };
}
