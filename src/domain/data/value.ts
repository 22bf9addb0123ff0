import type { Message } from '../plan/problem.js';

export type ValueType = 'number' | 'integer' | 'percentage';

/** What a value is checked against: the data element's type and bounds. */
export interface ElementRules {
  code: string;
  valueType: ValueType;
  min: number | null;
  max: number | null;
}

export type ValueCheck = { ok: true; value: number } | { ok: false; problem: Message };

/** Where a value goes, to name it in a message: element, org unit, period. */
export interface CellName {
  dataElement: string;
  orgUnit: string;
  period: string;
}

export function cellLabel(cell: CellName): string {
  return `${cell.dataElement} / ${cell.orgUnit} / ${cell.period}`;
}

/**
 * Reads a value as entered (a number, or text from a form, a CSV or a spreadsheet) and checks it
 * against the element's type and bounds. A percentage is a number from 0 to 100, as the plans write it.
 */
export function checkValue(element: ElementRules, raw: unknown, cell: CellName): ValueCheck {
  const where = cellLabel(cell);
  const text = typeof raw === 'string' ? raw.trim().replace(/,/g, '') : raw;
  const value = typeof text === 'number' ? text : typeof text === 'string' && text !== '' ? Number(text) : NaN;
  if (!Number.isFinite(value)) {
    return fail(`数据 ${where} 的值“${String(raw ?? '')}”不是数字`, `The value "${String(raw ?? '')}" of ${where} is not a number`);
  }
  if (element.valueType === 'integer' && !Number.isInteger(value)) {
    return fail(`数据 ${where} 应为整数，收到 ${value}`, `${where} must be a whole number, got ${value}`);
  }
  if (element.valueType === 'percentage' && (value < 0 || value > 100)) {
    return fail(`数据 ${where} 是百分比，应在 0 到 100 之间，收到 ${value}`, `${where} is a percentage and must be from 0 to 100, got ${value}`);
  }
  if (element.min !== null && value < element.min) {
    return fail(`数据 ${where} 的值 ${value} 小于下限 ${element.min}`, `The value ${value} of ${where} is below the minimum ${element.min}`);
  }
  if (element.max !== null && value > element.max) {
    return fail(`数据 ${where} 的值 ${value} 大于上限 ${element.max}`, `The value ${value} of ${where} is above the maximum ${element.max}`);
  }
  return { ok: true, value };
}

function fail(zh: string, en: string): ValueCheck {
  return { ok: false, problem: { zh, en } };
}
