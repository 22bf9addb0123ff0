import type { ExpressionErrorCode } from './errors.js';

/** What an expression computes: DHIS2 expressions mix numbers, booleans and strings; null is "no value". */
export type Value = number | boolean | string | null;

/** Reports a value that cannot be converted; it never returns. */
export type Fail = (code: ExpressionErrorCode, zh: string, en: string) => never;

const DECIMAL = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;

/** DHIS2's number conversion: true is 1, false is 0, numeric strings are read, null stays null. */
export function toNumber(value: Value, fail: Fail): number | null {
  if (typeof value === 'number' || value === null) return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (DECIMAL.test(value)) return Number(value);
  return fail('EXPR_NOT_A_NUMBER', `“${value}”不是数字，不能参与计算`, `'${value}' is not a number and cannot be computed with`);
}

/** DHIS2's boolean conversion: whole numbers are true unless 0, strings are true only when "true". */
export function toBoolean(value: Value, fail: Fail): boolean | null {
  if (typeof value === 'boolean' || value === null) return value;
  if (typeof value === 'string') return value.toLowerCase() === 'true';
  if (value % 1 !== 0) {
    fail('EXPR_NOT_A_BOOLEAN', `${value} 不是整数，不能当作真假值`, `${value} is not a whole number and cannot be used as true or false`);
  }
  return value !== 0;
}

/** `==` as DHIS2 defines it: numbers compare as numbers, booleans as booleans, null equals only null. */
export function equal(left: Value, right: Value): boolean {
  if (left === null || right === null) return left === right;
  if (typeof left === 'number' || typeof right === 'number') {
    const l = numberOrNull(left);
    const r = numberOrNull(right);
    return l !== null && r !== null && l === r;
  }
  if (typeof left === 'boolean' || typeof right === 'boolean') {
    return asBoolean(left) === asBoolean(right);
  }
  return left === right;
}

/** `<`, `<=`, `>`, `>=`: two strings compare as text, anything else as numbers; null gives null. */
export function compare(operator: '<' | '<=' | '>' | '>=', left: Value, right: Value, failLeft: Fail, failRight: Fail): boolean | null {
  if (typeof left === 'string' && typeof right === 'string') return ordered(operator, left, right);
  const l = toNumber(left, failLeft);
  const r = toNumber(right, failRight);
  if (l === null || r === null) return null;
  return ordered(operator, l, r);
}

function ordered<T extends number | string>(operator: '<' | '<=' | '>' | '>=', l: T, r: T): boolean {
  switch (operator) {
    case '<':
      return l < r;
    case '<=':
      return l <= r;
    case '>':
      return l > r;
    case '>=':
      return l >= r;
  }
}

function numberOrNull(value: number | boolean | string): number | null {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return DECIMAL.test(value) ? Number(value) : null;
}

function asBoolean(value: number | boolean | string): boolean {
  if (typeof value === 'boolean') return value;
  return String(value).toLowerCase() === 'true';
}
