import type { Comparator } from '../plan/format.js';
import type { Message } from '../plan/problem.js';
import { parseTarget, type YearValue } from '../targets/index.js';
import { DEFAULT_THRESHOLDS } from './trajectory.js';
import type { ProgressInput, ProgressTarget, Thresholds } from './types.js';

/** A progress request that cannot be used; `field` is the JSON path of the culprit. */
export class ProgressInputError extends Error {
  constructor(
    readonly field: string,
    readonly detail: Message,
  ) {
    super(`字段 ${field}：${detail.zh} / field ${field}: ${detail.en}`);
    this.name = 'ProgressInputError';
  }
}

const COMPARATORS: Comparator[] = ['>=', '<=', '>', '<', 'reach', 'about', 'range', 'maintain', 'increase_by', 'increase', 'decrease', 'stable', 'qualitative'];
const WITHOUT_VALUE = new Set<Comparator>(['increase', 'decrease', 'stable', 'qualitative']);
const ROOT_FIELDS = ['method', 'direction', 'baseline', 'target', 'values', 'year', 'decimals', 'thresholds'];
const TARGET_FIELDS = ['text', 'comparator', 'value', 'valueHigh', 'bound', 'tolerance', 'year', 'decimals', 'yearOnYear'];

/**
 * Checks a progress request as it arrives (command line, HTTP) and turns it into a
 * ProgressInput. A target may be given as its text, read by the target parser, or as
 * comparator and values.
 */
export function readProgressInput(raw: unknown): ProgressInput {
  const root = record(raw, '(root)');
  onlyFields(root, ROOT_FIELDS, '');
  const direction = oneOf(root.direction, 'direction', ['up', 'down', 'target'] as const);
  const result: ProgressInput = {
    method: oneOf(root.method, 'method', ['time', 'growth'] as const),
    direction,
    baseline: root.baseline === undefined || root.baseline === null ? null : yearValue(root.baseline, 'baseline'),
    target: readTarget(root.target, direction),
    values: readValues(root.values),
    year: wholeYear(root.year, 'year'),
    decimals: root.decimals === undefined || root.decimals === null ? null : decimalsField(root.decimals, 'decimals'),
  };
  if (root.thresholds !== undefined) result.thresholds = readThresholds(root.thresholds);
  return result;
}

function readTarget(raw: unknown, direction: ProgressInput['direction']): ProgressTarget {
  if (raw === undefined) throw new ProgressInputError('target', { zh: '缺少目标', en: 'the target is missing' });
  const t = record(raw, 'target');
  onlyFields(t, TARGET_FIELDS, 'target.');
  const year = wholeYear(t.year, 'target.year');
  const text = t.text === undefined || t.text === null ? undefined : textField(t.text, 'target.text');
  const tolerance = t.tolerance === undefined || t.tolerance === null ? null : nonNegative(t.tolerance, 'target.tolerance');
  const decimals = t.decimals === undefined || t.decimals === null ? null : decimalsField(t.decimals, 'target.decimals');
  if (t.comparator === undefined) {
    if (text === undefined) {
      throw new ProgressInputError('target', { zh: '须给出 text（目标原文）或 comparator 与 value', en: 'give either text (the target as written) or comparator and value' });
    }
    const parsed = parseTarget(text, { direction });
    return { ...parsed, year, tolerance, decimals: decimals ?? parsed.decimals };
  }
  const comparator = oneOf(t.comparator, 'target.comparator', COMPARATORS) as Comparator;
  const target: ProgressTarget = { comparator, value: null, year, tolerance, decimals, text };
  if (!WITHOUT_VALUE.has(comparator)) target.value = finite(t.value, 'target.value');
  if (comparator === 'range') {
    target.valueHigh = finite(t.valueHigh, 'target.valueHigh');
    if (target.valueHigh <= (target.value as number)) {
      throw new ProgressInputError('target.valueHigh', { zh: '区间上限应大于下限 value', en: 'the upper end must be greater than value' });
    }
  }
  if (t.bound !== undefined && t.bound !== null) target.bound = oneOf(t.bound, 'target.bound', ['>=', '<='] as const);
  if (t.yearOnYear !== undefined) target.yearOnYear = bool(t.yearOnYear, 'target.yearOnYear');
  return target;
}

function readValues(raw: unknown): YearValue[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) throw new ProgressInputError('values', { zh: '应为数组', en: 'expected an array' });
  const seen = new Set<number>();
  return raw.map((item, i) => {
    const value = yearValue(item, `values[${i}]`);
    if (seen.has(value.year)) {
      throw new ProgressInputError(`values[${i}].year`, { zh: `年份 ${value.year} 重复`, en: `year ${value.year} appears twice` });
    }
    seen.add(value.year);
    return value;
  });
}

function readThresholds(raw: unknown): Partial<Thresholds> {
  const t = record(raw, 'thresholds');
  onlyFields(t, ['onTrack', 'accelerate', 'limited'], 'thresholds.');
  const given: Partial<Thresholds> = {};
  for (const key of ['onTrack', 'accelerate', 'limited'] as const) {
    if (t[key] !== undefined) given[key] = finite(t[key], `thresholds.${key}`);
  }
  const all = { ...DEFAULT_THRESHOLDS, ...given };
  if (!(all.onTrack >= all.accelerate && all.accelerate >= all.limited)) {
    throw new ProgressInputError('thresholds', {
      zh: '阈值须满足 onTrack ≥ accelerate ≥ limited',
      en: 'thresholds must satisfy onTrack ≥ accelerate ≥ limited',
    });
  }
  return given;
}

function record(raw: unknown, field: string): Record<string, unknown> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new ProgressInputError(field, { zh: '应为 JSON 对象', en: 'expected a JSON object' });
  }
  return raw as Record<string, unknown>;
}

function onlyFields(obj: Record<string, unknown>, allowed: string[], prefix: string): void {
  const unknown = Object.keys(obj).find((k) => !allowed.includes(k));
  if (unknown !== undefined) {
    throw new ProgressInputError(`${prefix}${unknown}`, {
      zh: `未知字段，可用字段：${allowed.join('、')}`,
      en: `unknown field; known fields: ${allowed.join(', ')}`,
    });
  }
}

function yearValue(raw: unknown, field: string): YearValue {
  const obj = record(raw, field);
  return { year: wholeYear(obj.year, `${field}.year`), value: finite(obj.value, `${field}.value`) };
}

function wholeYear(raw: unknown, field: string): number {
  if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < 1900 || raw > 2200) {
    throw new ProgressInputError(field, { zh: '应为 1900–2200 之间的整数年份', en: 'expected a whole year between 1900 and 2200' });
  }
  return raw;
}

function finite(raw: unknown, field: string): number {
  if (typeof raw !== 'number' || !Number.isFinite(raw)) throw new ProgressInputError(field, { zh: '应为数值', en: 'expected a number' });
  return raw;
}

function nonNegative(raw: unknown, field: string): number {
  const n = finite(raw, field);
  if (n < 0) throw new ProgressInputError(field, { zh: '不能为负数', en: 'must not be negative' });
  return n;
}

function decimalsField(raw: unknown, field: string): number {
  if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < 0 || raw > 10) {
    throw new ProgressInputError(field, { zh: '应为 0–10 的整数', en: 'expected a whole number from 0 to 10' });
  }
  return raw;
}

function textField(raw: unknown, field: string): string {
  if (typeof raw !== 'string' || raw.trim() === '') throw new ProgressInputError(field, { zh: '应为非空文字', en: 'expected a non-empty text' });
  return raw;
}

function bool(raw: unknown, field: string): boolean {
  if (typeof raw !== 'boolean') throw new ProgressInputError(field, { zh: '应为 true 或 false', en: 'expected true or false' });
  return raw;
}

function oneOf<T extends string>(raw: unknown, field: string, allowed: readonly T[]): T | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'string' || !(allowed as readonly string[]).includes(raw)) {
    throw new ProgressInputError(field, { zh: `应为 ${allowed.join('、')} 之一`, en: `expected one of ${allowed.join(', ')}` });
  }
  return raw as T;
}
