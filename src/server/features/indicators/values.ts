import type { Kysely } from 'kysely';
import type { IndicatorYearValue, InputValue } from '../../../domain/evaluation/snapshot.js';
import {
  collectItems,
  ExpressionEvaluationError,
  ExpressionSyntaxError,
  indicatorFormula,
  indicatorValue,
  type DataItemUse,
  type EvaluationContext,
  type IndicatorFormula,
} from '../../../domain/expressions/index.js';
import { parsePeriod } from '../../../domain/periods/period.js';
import type { Message } from '../../../domain/plan/problem.js';
import type { Database } from '../../db/schema.js';
import { aggregateDataValues, type AggregatedValue } from './aggregate.js';
import { loadConstants, loadElements, orgUnitGroupCounts, type ElementRow } from './repository.js';

/** What an indicator is computed from: numerator × factor ÷ denominator, falling back to its own reported element. */
export interface IndicatorFormulaSource {
  code: string;
  numerator: string;
  denominator: string | null;
  factor: number;
}

export interface ComputeRequest {
  indicators: readonly IndicatorFormulaSource[];
  orgUnitIds: readonly number[];
  years: readonly number[];
  approvedOnly?: boolean;
  excludeSamples?: boolean;
  /** Provenances, statuses and sources of every input (indicator pages, snapshots). */
  detailed?: boolean;
}

export interface ComputedIndicators {
  /** The indicator's value at an org unit for a year (an empty value when there is none). */
  value(code: string, orgUnitId: number, year: number): IndicatorYearValue;
  /** Why an indicator's formula cannot be used. */
  error(code: string): Message | null;
  /** The data elements the formulas refer to, by code. */
  elements: ReadonlyMap<string, ElementRow>;
  /** The data items of each indicator's numerator and denominator, in order of use. */
  items(code: string): DataItemUse[];
}

interface Compiled {
  source: IndicatorFormulaSource;
  formula: IndicatorFormula | null;
  items: DataItemUse[];
  error: Message | null;
}

/**
 * Computes indicator values for org units and years with one aggregation query: every element the
 * formulas use is aggregated in the database; the formulas are then evaluated on those totals with
 * the missing-value rules of the expression language. When the formula gives no value, the value
 * reported for the indicator itself (its direct element, same code) is used, marked `reported`.
 */
export async function computeIndicators(db: Kysely<Database>, request: ComputeRequest): Promise<ComputedIndicators> {
  const compiled = new Map(request.indicators.map((source) => [source.code, compile(source)]));
  const wanted = new Set<string>();
  const constants = new Set<string>();
  const groups = new Set<string>();
  for (const c of compiled.values()) {
    wanted.add(c.source.code);
    for (const item of c.items) for (const code of candidateElements(item)) wanted.add(code);
    if (c.formula) {
      for (const side of [c.formula.numerator, c.formula.denominator]) {
        if (!side) continue;
        const used = collectItems(side);
        used.constants.forEach((k) => constants.add(k));
        used.orgUnitGroups.forEach((k) => groups.add(k));
      }
    }
  }
  const elements = await loadElements(db, [...wanted]);
  const constantValues = constants.size ? await loadConstants(db, [...constants]) : new Map<string, number>();
  const groupCounts = groups.size ? await orgUnitGroupCounts(db, request.orgUnitIds, [...groups]) : new Map<number, Map<string, number>>();
  const rows = await aggregateDataValues(db, {
    elements: [...elements.keys()],
    orgUnitIds: request.orgUnitIds,
    periods: request.years.map(String),
    approvedOnly: request.approvedOnly,
    excludeSamples: request.excludeSamples,
    detailed: request.detailed,
  });
  const cells = indexCells(rows);

  const cache = new Map<string, IndicatorYearValue>();
  const value = (code: string, orgUnitId: number, year: number): IndicatorYearValue => {
    const key = `${code}|${orgUnitId}|${year}`;
    let result = cache.get(key);
    if (!result) {
      const c = compiled.get(code);
      const cell = cells.get(`${orgUnitId}|${year}`) ?? EMPTY_CELL;
      result = c ? computeOne(c, cell, elements, year, { constants: constantValues, orgUnitGroupCounts: groupCounts.get(orgUnitId) ?? new Map() }) : emptyValue(year);
      cache.set(key, result);
    }
    return result;
  };
  return {
    value,
    error: (code) => compiled.get(code)?.error ?? null,
    elements,
    items: (code) => compiled.get(code)?.items ?? [],
  };
}

function compile(source: IndicatorFormulaSource): Compiled {
  try {
    const formula = indicatorFormula(source.numerator, source.denominator, source.factor);
    const items = [...collectItems(formula.numerator).dataItems, ...(formula.denominator ? collectItems(formula.denominator).dataItems : [])];
    const unique = [...new Map(items.map((i) => [i.key, i])).values()];
    return { source, formula, items: unique, error: null };
  } catch (err) {
    if (!(err instanceof ExpressionSyntaxError)) throw err;
    return { source, formula: null, items: [], error: formulaError(source.code, err.issue) };
  }
}

function formulaError(code: string, issue: { zh: string; en: string; line: number; column: number }): Message {
  return {
    zh: `指标 ${code} 的计算公式有误（第 ${issue.line} 行第 ${issue.column} 个字符）：${issue.zh}`,
    en: `The formula of indicator ${code} is wrong (line ${issue.line}, character ${issue.column}): ${issue.en}`,
  };
}

/** `#{A.B}` is element A.B when it exists, else disaggregation B of element A. */
function candidateElements(item: DataItemUse): string[] {
  return item.disaggregation === null ? [item.code] : [item.key, item.code];
}

/** The aggregated values of one org unit and period, by element (all disaggregations added) and by disaggregation. */
interface Cell {
  totals: Map<string, AggregatedValue[]>;
}

const EMPTY_CELL: Cell = { totals: new Map() };

function indexCells(rows: AggregatedValue[]): Map<string, Cell> {
  const cells = new Map<string, Cell>();
  for (const row of rows) {
    const key = `${row.orgUnitId}|${row.period}`;
    let cell = cells.get(key);
    if (!cell) cells.set(key, (cell = { totals: new Map() }));
    const list = cell.totals.get(row.element);
    if (list) list.push(row);
    else cell.totals.set(row.element, [row]);
  }
  return cells;
}

/** The aggregated rows an item stands for: a whole element (every disaggregation) or one disaggregation of it. */
function rowsFor(item: { code: string; disaggregation: string | null; key: string }, cell: Cell, elements: ReadonlyMap<string, ElementRow>): { element: string; disaggregation: string | null; rows: AggregatedValue[] } {
  if (item.disaggregation === null) return { element: item.code, disaggregation: null, rows: cell.totals.get(item.code) ?? [] };
  if (elements.has(item.key)) return { element: item.key, disaggregation: null, rows: cell.totals.get(item.key) ?? [] };
  const rows = (cell.totals.get(item.code) ?? []).filter((r) => r.disaggregation === item.disaggregation);
  return { element: item.code, disaggregation: item.disaggregation, rows };
}

function inputOf(item: { code: string; disaggregation: string | null; key: string }, cell: Cell, elements: ReadonlyMap<string, ElementRow>): InputValue {
  const { element, disaggregation, rows } = rowsFor(item, cell, elements);
  // A scorecard computes thousands of inputs without details: no sets and maps to build for them.
  const detailed = rows.some((r) => r.provenance.length > 0 || r.status.length > 0 || r.sources.length > 0);
  const input: InputValue = {
    item: item.key,
    element,
    disaggregation,
    name: elements.get(element)?.name ?? null,
    value: rows.length ? rows.reduce((s, r) => s + r.value, 0) : null,
    count: rows.reduce((n, r) => n + r.count, 0),
    samples: rows.reduce((n, r) => n + r.samples, 0),
    provenance: detailed ? [...new Set(rows.flatMap((r) => r.provenance))] : [],
    status: detailed ? [...new Set(rows.flatMap((r) => r.status))] : [],
    sources: detailed ? [...new Map(rows.flatMap((r) => r.sources).map((s) => [JSON.stringify(s), s])).values()] : [],
  };
  return input;
}

type Lookups = Pick<EvaluationContext, 'constants' | 'orgUnitGroupCounts'>;

function computeOne(c: Compiled, cell: Cell, elements: ReadonlyMap<string, ElementRow>, year: number, lookups: Lookups): IndicatorYearValue {
  const inputs = c.items.map((item) => inputOf(item, cell, elements));
  const direct = inputOf({ code: c.source.code, disaggregation: null, key: c.source.code }, cell, elements);
  const reportedOnly = c.items.length === 1 && c.items[0].key === c.source.code && c.formula?.denominator === null;
  const result: IndicatorYearValue = { ...emptyValue(year), inputs: reportedOnly ? inputs : [...inputs, direct] };
  if (c.formula) {
    try {
      const computed = indicatorValue(c.formula, {
        ...lookups,
        values: new Map(inputs.map((i) => [i.item, i.value])),
        days: daysOf(year),
      });
      Object.assign(result, { numerator: computed.numerator, denominator: computed.denominator, reason: computed.reason });
      if (computed.value !== null) Object.assign(result, { value: computed.value, basis: reportedOnly ? 'reported' : 'computed' });
    } catch (err) {
      // A constant or group the database does not know: the formula cannot be used anywhere.
      if (!(err instanceof ExpressionEvaluationError)) throw err;
      c.error = formulaError(c.source.code, err.issue);
    }
  }
  if (result.value === null && direct.value !== null) Object.assign(result, { value: direct.value, basis: 'reported' });
  const used = result.basis === 'reported' ? [direct] : result.basis === 'computed' ? inputs : [];
  result.usesSamples = used.some((i) => i.samples > 0);
  return result;
}

const DAYS = new Map<number, number>();

/** Days of a year, for [days] in formulas; asked once per computed value. */
function daysOf(year: number): number {
  let days = DAYS.get(year);
  if (days === undefined) DAYS.set(year, (days = parsePeriod(String(year)).days));
  return days;
}

function emptyValue(year: number): IndicatorYearValue {
  return { year, value: null, roundedValue: null, basis: null, numerator: null, denominator: null, reason: null, usesSamples: false, inputs: [] };
}
