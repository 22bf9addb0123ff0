import { randomFor } from './random.js';
import { sampleTrajectory, type TrajectoryIndicator } from './trajectory.js';

export interface SampleIndicator extends TrajectoryIndicator {
  factor: number;
  /** Expressions as stored: `#{CODE}` items; the denominator may be null or a number. */
  numerator: string;
  denominator: string | null;
}

export interface SamplePlan {
  code: string;
  /** Org-unit code of the plan's region: samples are generated there. */
  region: string;
  periodStart: number;
  periodEnd: number;
  indicators: SampleIndicator[];
}

export interface SampleElement {
  code: string;
  valueType: 'number' | 'integer' | 'percentage';
}

export interface SampleInput {
  plans: readonly SamplePlan[];
  /** Data elements that exist, by code: a formula naming any other is generated on the indicator's direct element. */
  elements: ReadonlyMap<string, SampleElement>;
  /** Real values (entered, imported, from a document, published) by `element|orgUnit|period`: never replaced, and used as anchors. */
  real: ReadonlyMap<string, number>;
  /** Last monitoring year with values (the plan end when earlier). */
  lastYear: number;
}

export interface SampleValue {
  dataElement: string;
  orgUnit: string;
  period: string;
  value: number;
  /** The indicator the value was generated for. */
  indicator: string;
}

export function cellKey(element: string, orgUnit: string, period: string | number): string {
  return `${element}|${orgUnit}|${period}`;
}

/** Typical size of a denominator relative to the resident population, so that counts look like a district's. */
const POPULATION_SHARES: Readonly<Record<string, number>> = {
  POP_RESIDENT: 1,
  POP_REGISTERED: 0.9,
  POP_RESIDENT_65PLUS: 0.15,
  LIVE_BIRTHS: 0.007,
  CHILDREN_U7: 0.055,
  CHILDREN_U3: 0.022,
  KEY_GROUPS: 0.3,
  HTN_MANAGED: 0.08,
  DM_MANAGED: 0.03,
  SMI_REGISTERED: 0.004,
  NCD_DEATHS: 0.004,
  OUTPATIENT_VISITS: 12,
  EMS_CALLS: 0.05,
  VACCINE_DOSES_DUE: 0.09,
  BED_DAYS_OPEN: 2.2,
  INPATIENT_DISCHARGES: 0.12,
  PHYSICIANS: 0.005,
  TOTAL_HEALTH_EXPENDITURE: 0.9,
  GDP: 12,
  FISCAL_SPENDING: 2,
};

const DEFAULT_POPULATION = 500_000;

/**
 * Sample data for every indicator and monitoring year that has no real value (rows that review the
 * previous plan, with every deadline before the plan starts, are left alone). Indicators with a
 * numerator and denominator get both data elements (the denominator as a slowly moving series
 * anchored on real figures, the numerator from the sample rate) so that the indicator is computed;
 * indicators measured directly get their element. Deterministic: every number comes from a
 * generator seeded with the indicator (or element) code and the year.
 */
export function generateSamples(input: SampleInput): SampleValue[] {
  const out = new Map<string, SampleValue>();
  const has = (key: string) => input.real.has(key) || out.has(key);
  const valueAt = (key: string) => input.real.get(key) ?? out.get(key)?.value;
  for (const plan of input.plans) {
    const last = Math.min(plan.periodEnd, input.lastYear);
    const years: number[] = [];
    for (let y = plan.periodStart; y <= last; y++) years.push(y);
    if (years.length === 0) continue;
    for (const indicator of plan.indicators) {
      // A row reviewing the previous plan (every deadline before this plan starts) has no monitoring years here.
      if (indicator.targets.length && indicator.targets.every((t) => t.year < plan.periodStart)) continue;
      const shape = shapeOf(indicator, input.elements);
      const open = years.filter((y) => !has(cellKey(indicator.code, plan.region, y)) && !(shape.kind !== 'direct-self' && has(cellKey(shape.numerator, plan.region, y))));
      if (open.length === 0) continue;
      const series = sampleTrajectory(indicator, years, last);
      if (!series) continue;
      for (const year of open) {
        const rate = series.get(year)!;
        const put = (element: string, value: number) => {
          const key = cellKey(element, plan.region, year);
          if (!has(key)) out.set(key, { dataElement: element, orgUnit: plan.region, period: String(year), value: fit(value, input.elements.get(element)), indicator: indicator.code });
        };
        if (shape.kind === 'ratio') {
          const denominatorKey = cellKey(shape.denominator, plan.region, year);
          if (!has(denominatorKey)) put(shape.denominator, denominatorSeries(shape.denominator, plan.region, year, input.real));
          const denominator = valueAt(denominatorKey)!;
          put(shape.numerator, (rate * denominator) / indicator.factor);
        } else if (shape.kind === 'scaled') {
          put(shape.numerator, (rate * shape.divisor) / indicator.factor);
        } else {
          put(indicator.code, rate);
        }
      }
    }
  }
  return [...out.values()];
}

type Shape = { kind: 'ratio'; numerator: string; denominator: string } | { kind: 'scaled'; numerator: string; divisor: number } | { kind: 'direct-self'; numerator: string };

const ITEM = /^\s*#\{([^}\s]+)\}\s*$/;
const NUMBER = /^\s*(\d+(?:\.\d+)?)\s*$/;

/** What to generate for an indicator: numerator and denominator elements, one element scaled by a number, or its direct element. */
function shapeOf(indicator: SampleIndicator, elements: ReadonlyMap<string, SampleElement>): Shape {
  const numerator = ITEM.exec(indicator.numerator)?.[1];
  if (numerator && elements.has(numerator)) {
    const denominator = indicator.denominator === null ? null : ITEM.exec(indicator.denominator)?.[1];
    if (denominator && elements.has(denominator) && denominator !== numerator) return { kind: 'ratio', numerator, denominator };
    const divisor = indicator.denominator === null ? 1 : Number(NUMBER.exec(indicator.denominator)?.[1] ?? NaN);
    if (Number.isFinite(divisor) && divisor > 0) return numerator === indicator.code && divisor === 1 && indicator.factor === 1 ? { kind: 'direct-self', numerator } : { kind: 'scaled', numerator, divisor };
  }
  return { kind: 'direct-self', numerator: indicator.code };
}

/**
 * A denominator for a year: the nearest real figure of the element at the unit (or the population
 * times a typical share), moved by a steady yearly change of its own.
 */
function denominatorSeries(element: string, orgUnit: string, year: number, real: ReadonlyMap<string, number>): number {
  const anchor = nearestReal(element, orgUnit, year, real);
  const growth = -0.01 + 0.025 * randomFor('growth', element, orgUnit)();
  const noise = 1 + (randomFor('level', element, orgUnit, year)() - 0.5) * 0.01;
  if (anchor) return anchor.value * Math.pow(1 + growth, year - anchor.year) * noise;
  const population = nearestReal('POP_RESIDENT', orgUnit, year, real);
  const share = POPULATION_SHARES[element];
  if (share !== undefined) return (population?.value ?? DEFAULT_POPULATION) * share * Math.pow(1 + growth, year - (population?.year ?? year)) * noise;
  // An element nobody can size (the number of communities, of district hospitals): a few dozen to a few hundred.
  return (20 + 300 * randomFor('size', element, orgUnit)()) * noise;
}

function nearestReal(element: string, orgUnit: string, year: number, real: ReadonlyMap<string, number>): { year: number; value: number } | null {
  for (let d = 0; d <= 10; d++) {
    for (const y of d === 0 ? [year] : [year - d, year + d]) {
      const value = real.get(cellKey(element, orgUnit, y));
      if (value !== undefined && value > 0) return { year: y, value };
    }
  }
  return null;
}

/** Counts are whole and never negative; other values keep 4 decimals. */
function fit(value: number, element: SampleElement | undefined): number {
  const positive = Math.max(0, value);
  return element?.valueType === 'integer' ? Math.round(positive) : Math.round(positive * 10000) / 10000;
}
