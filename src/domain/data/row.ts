import { isPeriodId } from '../periods/period.js';
import type { Message } from '../plan/problem.js';

/** One value of an exchange file (dataValueSets JSON, CSV, spreadsheet), identifiers as codes. */
export interface ExchangeRow {
  dataElement: string;
  orgUnit: string;
  period: string;
  categoryOptionCombo: string;
  value: string | number;
  comment: string | null;
}

/** The columns of the CSV and spreadsheet forms, in DHIS2's order. */
export const EXCHANGE_COLUMNS = ['dataElement', 'period', 'orgUnit', 'categoryOptionCombo', 'value', 'comment'] as const;

export type RowRead = { ok: true; row: ExchangeRow } | { ok: false; problem: Message };

function text(v: unknown): string {
  if (v === null || v === undefined) return '';
  return String(v).trim();
}

/**
 * Reads one record of an exchange file, checking that the identifying columns are there and the
 * period is an ISO id; the value itself is checked later against its data element.
 */
export function readExchangeRow(record: Record<string, unknown>, rowNumber: number): RowRead {
  const missing = (['dataElement', 'period', 'orgUnit'] as const).filter((c) => text(record[c]) === '');
  if (missing.length > 0) {
    return {
      ok: false,
      problem: { zh: `第 ${rowNumber} 行缺少 ${missing.join('、')}`, en: `Row ${rowNumber} has no ${missing.join(', ')}` },
    };
  }
  const period = text(record.period);
  if (!isPeriodId(period)) {
    return {
      ok: false,
      problem: {
        zh: `第 ${rowNumber} 行的期间“${period}”无效，应为 2024、2024S1、2024Q3 或 202403 的形式`,
        en: `Row ${rowNumber}: the period "${period}" is not valid; expected 2024, 2024S1, 2024Q3 or 202403`,
      },
    };
  }
  const raw = record.value;
  const comment = text(record.comment);
  return {
    ok: true,
    row: {
      dataElement: text(record.dataElement),
      orgUnit: text(record.orgUnit),
      period,
      categoryOptionCombo: text(record.categoryOptionCombo),
      value: typeof raw === 'number' ? raw : text(raw),
      comment: comment === '' ? null : comment,
    },
  };
}
