/**
 * ISO period ids as DHIS2 writes them: 2024 (year), 2024S1 (half year), 2024Q3 (quarter),
 * 202403 (month). A period is a run of whole calendar months, so every computation here is
 * on (year, first month, number of months).
 */

export type PeriodType = 'yearly' | 'sixmonthly' | 'quarterly' | 'monthly';

export interface Period {
  id: string;
  type: PeriodType;
  year: number;
  /** 1-based position inside the year: S1–S2, Q1–Q4, month 1–12; 1 for a year. */
  index: number;
  /** First calendar month, 1–12. */
  startMonth: number;
  /** Number of calendar months covered. */
  months: number;
  /** First day, YYYY-MM-DD. */
  start: string;
  /** Last day, YYYY-MM-DD. */
  end: string;
  days: number;
}

const MONTHS_OF: Record<PeriodType, number> = { yearly: 12, sixmonthly: 6, quarterly: 3, monthly: 1 };

const PERIOD_ID = /^(\d{4})(?:S(\d+)|Q(\d+)|(\d{2}))?$/;

export class PeriodError extends Error {
  constructor(
    readonly id: string,
    reason: { zh: string; en: string },
  ) {
    super(`期间标识无效 / invalid period id "${id}": ${reason.zh} / ${reason.en}`);
    this.name = 'PeriodError';
  }
}

/** Reads a period id; throws PeriodError naming what is wrong. */
export function parsePeriod(id: string): Period {
  const match = PERIOD_ID.exec(id);
  if (!match) {
    throw new PeriodError(id, {
      zh: '应为 2024、2024S1、2024Q3 或 202403 的形式',
      en: 'expected the form 2024, 2024S1, 2024Q3 or 202403',
    });
  }
  const year = Number(match[1]);
  if (year < 1000) throw new PeriodError(id, { zh: '年份应为四位数', en: 'the year must have four digits' });
  if (match[2] !== undefined) return build(id, 'sixmonthly', year, checkIndex(id, Number(match[2]), 2, '半年'));
  if (match[3] !== undefined) return build(id, 'quarterly', year, checkIndex(id, Number(match[3]), 4, '季度'));
  if (match[4] !== undefined) return build(id, 'monthly', year, checkIndex(id, Number(match[4]), 12, '月份'));
  return build(id, 'yearly', year, 1);
}

/** Whether a text is a valid period id. */
export function isPeriodId(id: string): boolean {
  try {
    parsePeriod(id);
    return true;
  } catch {
    return false;
  }
}

/** The id of the period of a type that has a given position in a year. */
export function periodId(type: PeriodType, year: number, index = 1): string {
  switch (type) {
    case 'yearly':
      return String(year);
    case 'sixmonthly':
      return `${year}S${index}`;
    case 'quarterly':
      return `${year}Q${index}`;
    case 'monthly':
      return `${year}${String(index).padStart(2, '0')}`;
  }
}

/** The periods of a type inside a year, in order: periodsOfYear(2024, 'quarterly') → 2024Q1 … 2024Q4. */
export function periodsOfYear(year: number, type: PeriodType): string[] {
  const count = 12 / MONTHS_OF[type];
  return Array.from({ length: count }, (_, i) => periodId(type, year, i + 1));
}

/** Whether every day of `inner` lies inside `outer`: contains('2024', '202403') → true. */
export function contains(outer: string, inner: string): boolean {
  const a = parsePeriod(outer);
  const b = parsePeriod(inner);
  const first = (p: Period) => p.year * 12 + p.startMonth;
  return first(b) >= first(a) && first(b) + b.months <= first(a) + a.months;
}

/** The month ids (YYYYMM) a period covers. */
export function monthsOf(id: string): string[] {
  const p = parsePeriod(id);
  return Array.from({ length: p.months }, (_, i) => periodId('monthly', p.year, p.startMonth + i));
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function checkIndex(id: string, index: number, max: number, name: string): number {
  if (index < 1 || index > max) {
    throw new PeriodError(id, { zh: `${name}应为 1–${max}`, en: `the ${englishName(name)} must be 1–${max}` });
  }
  return index;
}

function englishName(name: string): string {
  return name === '半年' ? 'half year' : name === '季度' ? 'quarter' : 'month';
}

function build(id: string, type: PeriodType, year: number, index: number): Period {
  const months = MONTHS_OF[type];
  const startMonth = (index - 1) * months + 1;
  const endMonth = startMonth + months - 1;
  let days = 0;
  for (let m = startMonth; m <= endMonth; m++) days += daysInMonth(year, m);
  return {
    id,
    type,
    year,
    index,
    startMonth,
    months,
    start: isoDate(year, startMonth, 1),
    end: isoDate(year, endMonth, daysInMonth(year, endMonth)),
    days,
  };
}

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
