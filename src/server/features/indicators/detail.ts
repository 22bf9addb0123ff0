import { explainProgress, STATUS_LABELS } from '../../../domain/progress/index.js';
import { reportingDecimals, roundHalfUp } from '../../../domain/rounding.js';
import type { ServiceContext } from '../../context.js';
import { notFound } from '../../errors.js';
import { assessPlan, thresholdsOf } from './assessment.js';
import { defaultYear, orgUnitFor, planFor, seriesYears } from './plan-scope.js';
import { referenceSeries } from './reference.js';
import { childOrgUnits, indicatorByCode } from './repository.js';
import { computeIndicators } from './values.js';

/** How far back an indicator page goes before the plan: the previous five-year plan and its baseline year. */
const HISTORY_YEARS = 6;

/**
 * One indicator at an org unit: its definition with the formula in names, values by year with the
 * provenance of every input, the judgement against each target explained, and the same indicator
 * at the child org units for the latest year.
 */
export async function indicatorDetail(ctx: ServiceContext, code: string, query: { orgUnit?: string; year?: number }) {
  const indicator = await indicatorByCode(ctx.db, code);
  if (!indicator) throw notFound({ zh: `指标 ${code}`, en: `Indicator ${code}` }, { field: 'code' });
  const plan = await planFor(ctx, indicator.plan_code, 'plan:read');
  const unit = await orgUnitFor(ctx.db, plan, query.orgUnit);
  const year = query.year ?? defaultYear(plan);
  const years = seriesYears(plan.period_start - HISTORY_YEARS, year, indicator.baselines.map((b) => b.year));
  const { byOrgUnit, elements, computed } = await assessPlan(ctx.db, plan, [indicator], { orgUnits: [unit], year, years, detailed: true });
  const assessed = byOrgUnit.get(unit.id)![0];
  const primary = assessed.primaryTarget === null ? null : assessed.targets[assessed.primaryTarget].result;
  const decimals = primary?.inputs.decimals ?? reportingDecimals(indicator.decimals, null);

  const breakdownYear = assessed.latest?.year ?? year;
  const children = await childOrgUnits(ctx.db, unit.id);
  const formula = { code: indicator.code, numerator: indicator.numerator, denominator: indicator.denominator, factor: indicator.factor };
  const childValues = await computeIndicators(ctx.db, {
    indicators: [formula],
    orgUnitIds: children.map((c) => c.id),
    years: [breakdownYear],
  });
  return {
    plan: { code: plan.code, title: plan.title, periodStart: plan.period_start, periodEnd: plan.period_end, progressMethod: plan.progress_method, thresholds: thresholdsOf(plan) },
    orgUnit: { code: unit.code, name: unit.name, level: unit.level },
    year,
    years,
    indicator: {
      code: assessed.code,
      name: assessed.name,
      aliases: indicator.aliases,
      category: assessed.category,
      seq: assessed.seq,
      unit: assessed.unit,
      attribute: assessed.attribute,
      direction: assessed.direction,
      factor: assessed.factor,
      decimals: assessed.decimals,
      definition: assessed.definition,
      populationBasis: assessed.populationBasis,
      parent: assessed.parent,
      canonical: assessed.canonical,
      numerator: assessed.numerator,
      denominator: assessed.denominator,
      items: computed.items(indicator.code).map((item) => {
        const element = elements.get(item.key) ?? elements.get(item.code) ?? null;
        return { item: item.key, element: element?.code ?? null, name: element?.name ?? null, unit: element?.unit ?? null, aggregationAcross: element?.aggregationAcross ?? null, aggregationOverTime: element?.aggregationOverTime ?? null };
      }),
      reportedElement: elements.get(indicator.code) ?? null,
    },
    baselines: indicator.baselines.map((b) => ({ year: b.year, value: b.value, text: b.text, note: b.note, source: b.source })),
    baseline: assessed.baseline,
    targets: assessed.targets.map((t) => ({ ...t, explanation: explainProgress(t.result) })),
    primaryTarget: assessed.primaryTarget,
    series: assessed.values,
    latest: assessed.latest,
    trend: assessed.trend,
    status: assessed.status,
    statusLabel: assessed.status ? STATUS_LABELS[assessed.status] : null,
    rule: assessed.rule,
    explanation: assessed.explanation,
    progress: primary,
    usesSamples: assessed.usesSamples,
    error: assessed.error,
    reference: await referenceSeries(ctx.db, plan.region_org_unit_id, formula, years, decimals),
    breakdown: {
      year: breakdownYear,
      orgUnits: children.map((c) => {
        const v = childValues.value(indicator.code, c.id, breakdownYear);
        return { code: c.code, name: c.name, level: c.level, value: v.value, roundedValue: v.value === null ? null : roundHalfUp(v.value, decimals), basis: v.basis, usesSamples: v.usesSamples };
      }),
    },
  };
}
