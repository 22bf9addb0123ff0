import type { CanonicalIndicator, CanonicalLibrary } from '../../canonical/library.js';
import { linkIndicator } from '../../canonical/link.js';
import { normalizeIndicatorName } from '../../canonical/normalize.js';
import { decimalsOf, roundHalfUp } from '../../rounding.js';
import type { DataValueDef, IndicatorDef, PlanDocument } from '../format.js';

/** One figure the plan states for an indicator in a year: a baseline, or a data value of the indicator. */
export interface Observation {
  indicator: string;
  year: number;
  value: number;
  line?: number;
  kind: 'baseline' | 'dataValue';
}

/** A formula simple enough to compute without the expression engine: sums of data elements. */
export interface Formula {
  numerator: string[];
  /** Null when the indicator is the numerator itself (a count, or a directly measured value). */
  denominator: string[] | null;
  factor: number;
  /** Where the formula comes from: the plan itself, or the canonical indicator it links to. */
  from: 'plan' | 'canonical';
}

export interface RegionValue {
  value: number;
  line?: number;
}

/** Two printed figures are the same when they agree at the precision of the less precise one (38.19 and 38.2). */
export function sameFigure(a: number, b: number): boolean {
  const decimals = Math.min(decimalsOf(a), decimalsOf(b));
  return roundHalfUp(a, decimals) === roundHalfUp(b, decimals);
}

const SUM_OF_ITEMS = /^\s*#\{[^}]+\}(\s*\+\s*#\{[^}]+\})*\s*$/;

/** The items of a sum such as `#{A} + #{B}`; null for anything the check cannot compute. */
function items(expression: string): string[] | null {
  if (!SUM_OF_ITEMS.test(expression)) return null;
  return [...expression.matchAll(/#\{([^}]+)\}/g)].map((match) => match[1].trim());
}

/** Whether an expression stands for no denominator at all. */
function isOne(expression: string | null | undefined): boolean {
  return expression === null || expression === undefined || expression.trim() === '' || expression.trim() === '1';
}

/**
 * The plan's figures arranged for the consistency checks: values at the plan's region by
 * element and year, the observations of each indicator, its formula and the concept it measures.
 */
export class PlanFigures {
  readonly indicators: ReadonlyMap<string, IndicatorDef>;
  private readonly values = new Map<string, DataValueDef[]>();
  private readonly canonicals = new Map<string, CanonicalIndicator | null>();

  constructor(
    readonly plan: PlanDocument,
    private readonly library?: CanonicalLibrary,
  ) {
    this.indicators = new Map(plan.indicators.map((indicator) => [indicator.code, indicator]));
    for (const value of plan.dataValues ?? []) {
      if (value.orgUnit !== plan.plan.region || value.disaggregation) continue;
      const key = `${value.dataElement}|${value.period}`;
      this.values.set(key, [...(this.values.get(key) ?? []), value]);
    }
  }

  /** The value of an element at the region for a year; null when missing or stated twice differently. */
  regionValue(element: string, year: number): RegionValue | null {
    const values = this.values.get(`${element}|${year}`) ?? [];
    if (values.length === 0 || values.some((v) => v.value !== values[0].value)) return null;
    return { value: values[0].value, line: values[0].source.line };
  }

  /** The sum of elements at the region for a year, with the lines of its parts; null unless every part is known. */
  regionSum(elements: string[], year: number): { value: number; lines: Array<number | undefined> } | null {
    const parts = elements.map((element) => this.regionValue(element, year));
    if (parts.some((part) => part === null)) return null;
    return { value: parts.reduce((sum, part) => sum + part!.value, 0), lines: parts.map((part) => part!.line) };
  }

  /** A data element as a reader knows it: 常住人口 (POP_RESIDENT). */
  elementName(code: string): string {
    const name = (this.plan.dataElements ?? []).find((e) => e.code === code)?.name ?? this.library?.dataElements.find((e) => e.code === code)?.name;
    return name ? `${name} (${code})` : code;
  }

  /** The canonical indicator an indicator links to: its own link, or, given a library, a link by name. */
  canonical(indicator: IndicatorDef): CanonicalIndicator | null {
    if (!this.canonicals.has(indicator.code)) {
      const code = indicator.canonical ?? (this.library ? linkIndicator(indicator.name, indicator.unit, this.library)?.code : undefined);
      this.canonicals.set(indicator.code, this.library?.indicators.find((c) => c.code === code) ?? null);
    }
    return this.canonicals.get(indicator.code)!;
  }

  /** What an indicator measures, so that two rows of one plan measuring the same thing are compared. */
  concept(indicator: IndicatorDef): string {
    const code = indicator.canonical ?? this.canonical(indicator)?.code;
    if (code) return `canonical:${code}`;
    return `name:${indicator.parent ?? ''}:${normalizeIndicatorName(indicator.name)}`;
  }

  /** The plan's own formula, when it is a computable sum. */
  planFormula(indicator: IndicatorDef): Formula | null {
    if (!indicator.numerator) return null;
    const numerator = items(indicator.numerator);
    const denominator = isOne(indicator.denominator) ? null : items(indicator.denominator!);
    if (!numerator || (denominator === null && !isOne(indicator.denominator))) return null;
    return { numerator, denominator, factor: indicator.factor ?? 1, from: 'plan' };
  }

  /**
   * The ratio an indicator's figures can be checked against: the plan's own, or, when the plan
   * measures the indicator directly or gives no formula, the canonical indicator's.
   */
  ratioFormula(indicator: IndicatorDef): Formula | null {
    const own = this.planFormula(indicator);
    if (own?.denominator) return own;
    const canonical = this.canonical(indicator);
    if (!canonical?.denominator) return null;
    const numerator = items(canonical.numerator);
    const denominator = items(canonical.denominator);
    return numerator && denominator ? { numerator, denominator, factor: canonical.factor, from: 'canonical' } : null;
  }

  /**
   * Every figure stated for the indicator: its baselines, data values bearing its code at the
   * region, and, for an indicator that is a single data element, that element's values.
   */
  observations(indicator: IndicatorDef): Observation[] {
    const found: Observation[] = indicator.baselines.map((baseline) => ({
      indicator: indicator.code,
      year: baseline.year,
      value: baseline.value,
      line: baseline.source?.line,
      kind: 'baseline' as const,
    }));
    const formula = this.planFormula(indicator);
    const elements = [indicator.code];
    if (formula && formula.denominator === null && formula.numerator.length === 1) elements.push(formula.numerator[0]);
    for (const [key, values] of this.values) {
      const [element, period] = key.split('|');
      if (!elements.includes(element) || !/^\d{4}$/.test(period)) continue;
      for (const value of values) {
        found.push({ indicator: indicator.code, year: Number(period), value: value.value, line: value.source.line, kind: 'dataValue' });
      }
    }
    return found;
  }
}
