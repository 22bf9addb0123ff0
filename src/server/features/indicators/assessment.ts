import type { Kysely } from 'kysely';
import { assessIndicator, writtenDecimals, type TargetFacts } from '../../../domain/evaluation/assess.js';
import type { FormulaSide, SnapshotBaseline, SnapshotIndicator } from '../../../domain/evaluation/snapshot.js';
import { dataItemKey, describe, parse, type ItemReference } from '../../../domain/expressions/index.js';
import type { Comparator, ProgressMethod } from '../../../domain/plan/format.js';
import type { Thresholds } from '../../../domain/progress/index.js';
import { roundHalfUp } from '../../../domain/rounding.js';
import type { Database, OrgUnitsTable } from '../../db/schema.js';
import type { ElementRow, IndicatorWithFacts } from './repository.js';
import { computeIndicators, type ComputedIndicators } from './values.js';

export interface PlanFacts {
  id: number;
  region_org_unit_id: number;
  period_start: number;
  period_end: number;
  progress_method: ProgressMethod;
  thresholds: { onTrack: number; acceleration: number; limited: number };
}

export interface AssessOptions {
  orgUnits: readonly { id: number; level: OrgUnitsTable['level'] }[];
  /** Evaluation year: values after it are not judged. */
  year: number;
  /** Years to compute values for. */
  years: readonly number[];
  approvedOnly?: boolean;
  excludeSamples?: boolean;
  detailed?: boolean;
}

export interface PlanAssessment {
  /** Every indicator of the plan judged at each org unit, by org unit id, in table order. */
  byOrgUnit: Map<number, SnapshotIndicator[]>;
  elements: ReadonlyMap<string, ElementRow>;
  computed: ComputedIndicators;
}

/** The plan's thresholds as the progress rules name them. */
export function thresholdsOf(plan: Pick<PlanFacts, 'thresholds'>): Thresholds {
  return { onTrack: plan.thresholds.onTrack, accelerate: plan.thresholds.acceleration, limited: plan.thresholds.limited };
}

/**
 * Judges every indicator of a plan at each org unit: values for the years from one aggregation
 * query, then baseline, targets and progress for each (org unit, indicator).
 */
export async function assessPlan(db: Kysely<Database>, plan: PlanFacts, indicators: IndicatorWithFacts[], options: AssessOptions): Promise<PlanAssessment> {
  const computed = await computeIndicators(db, {
    indicators: indicators.map((i) => ({ code: i.code, numerator: i.numerator, denominator: i.denominator, factor: i.factor })),
    orgUnitIds: options.orgUnits.map((u) => u.id),
    years: options.years,
    approvedOnly: options.approvedOnly,
    excludeSamples: options.excludeSamples,
    detailed: options.detailed,
  });
  const definitions = indicators.map((i) => definitionOf(i, computed.elements));
  const byOrgUnit = new Map<number, SnapshotIndicator[]>();
  for (const unit of options.orgUnits) {
    const scope = unit.id === plan.region_org_unit_id ? 'region' : unit.level === 'street' ? 'each-street' : unit.level === 'institution' ? 'each-institution' : 'region';
    byOrgUnit.set(
      unit.id,
      indicators.map((indicator, n) => {
        const values = options.years.map((year) => computed.value(indicator.code, unit.id, year));
        const assessment = assessIndicator({
          direction: indicator.direction,
          unit: indicator.unit,
          decimals: indicator.decimals,
          method: plan.progress_method,
          thresholds: thresholdsOf(plan),
          periodStart: plan.period_start,
          year: options.year,
          scope,
          baselines: definitions[n].baselines,
          targets: definitions[n].targets,
          values: values.filter((v) => v.value !== null).map((v) => ({ year: v.year, value: v.value as number })),
        });
        // The judged years are already rounded in the primary target's observations.
        const primary = assessment.primaryTarget === null ? null : assessment.targets[assessment.primaryTarget].result;
        const observed = new Map(primary?.inputs.observations.map((o) => [o.year, o.roundedValue]) ?? []);
        const rounded = values.map((v) => ({ ...v, roundedValue: v.value === null ? null : (observed.get(v.year) ?? roundHalfUp(v.value, assessment.decimals)) }));
        const latestValue = assessment.latest ? rounded.find((v) => v.year === assessment.latest!.year)! : null;
        const judged = rounded.filter((v) => v.year <= options.year && v.value !== null);
        return {
          ...definitions[n].indicator,
          baselines: definitions[n].baselines,
          baseline: assessment.baseline,
          targets: assessment.targets,
          primaryTarget: assessment.primaryTarget,
          values: rounded,
          latest: assessment.latest && latestValue ? { ...assessment.latest, basis: latestValue.basis! } : null,
          trend: assessment.trend,
          status: assessment.status,
          rule: assessment.rule,
          explanation: assessment.explanation,
          usesSamples: judged.some((v) => v.usesSamples),
          error: computed.error(indicator.code),
        };
      }),
    );
  }
  return { byOrgUnit, elements: computed.elements, computed };
}

type Definition = Omit<
  SnapshotIndicator,
  'baselines' | 'baseline' | 'targets' | 'primaryTarget' | 'values' | 'latest' | 'trend' | 'status' | 'rule' | 'explanation' | 'usesSamples' | 'error'
>;

function definitionOf(i: IndicatorWithFacts, elements: ReadonlyMap<string, ElementRow>) {
  const indicator: Definition = {
    code: i.code,
    name: i.name,
    category: i.category,
    seq: i.seq,
    unit: i.unit,
    attribute: i.attribute,
    direction: i.direction,
    factor: i.factor,
    decimals: i.decimals,
    definition: i.definition,
    populationBasis: i.population_basis,
    parent: i.parent_code,
    canonical: i.canonical_code,
    numerator: side(i.numerator, elements),
    denominator: i.denominator ? side(i.denominator, elements) : null,
  };
  const baselines: SnapshotBaseline[] = i.baselines.map((b) => ({ year: b.year, value: b.value, text: b.text, note: b.note }));
  const targets: TargetFacts[] = i.targets.map((t) => ({
    decimals: writtenDecimals(t, i),
    text: t.text,
    comparator: t.comparator as Comparator,
    value: t.value,
    valueHigh: t.value_high,
    bound: t.bound,
    year: t.year,
    scope: t.scope,
    source: t.source_label,
    fromProse: t.from_prose,
    tolerance: t.tolerance,
    unit: t.unit,
  }));
  return { indicator, baselines, targets };
}

/** An expression and the same with names for codes; an expression that does not parse is described as written. */
function side(expression: string, elements: ReadonlyMap<string, ElementRow>): FormulaSide {
  const nameOf = (ref: ItemReference): string | undefined => {
    if (ref.kind !== 'dataElement') return undefined;
    const key = dataItemKey(ref.code, ref.disaggregation);
    const whole = elements.get(key);
    if (whole) return whole.name;
    const element = elements.get(ref.code);
    if (!element) return undefined;
    return ref.disaggregation === null ? element.name : `${element.name}（${ref.disaggregation}）`;
  };
  try {
    return { expression, description: describe(parse(expression), nameOf) };
  } catch {
    return { expression, description: expression };
  }
}
