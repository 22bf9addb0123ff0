import { parse as parseCsv } from 'csv-parse';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import type { Readable } from 'node:stream';
import { allowedDisaggregations } from '../../../domain/data/disaggregation.js';
import { EXCHANGE_COLUMNS } from '../../../domain/data/row.js';
import { requireActor } from '../../auth/actor.js';
import type { ServiceContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { ownPath, requireOrgUnit, requirePeriod } from './cells.js';
import { requireDataSet } from './data-sets.js';
import { requireScope } from './values.js';

/** One value as DHIS2's dataValueSets carries it, identifiers as codes. */
export interface ExchangeValue {
  dataElement: string;
  period: string;
  orgUnit: string;
  categoryOptionCombo?: string;
  value: string;
  comment?: string;
}

export interface ExportQuery {
  dataSet: string;
  orgUnit: string;
  period?: string;
  /** Include the org unit's whole subtree. */
  children?: boolean;
}

/** The values of a data set for an org unit (and its subtree) and a period, or every period. */
export async function exportValues(ctx: ServiceContext, query: ExportQuery): Promise<{ dataSet: string; dataValues: ExchangeValue[] }> {
  requireActor(ctx.actor);
  const set = await requireDataSet(ctx.db, query.dataSet);
  const unit = await requireOrgUnit(ctx.db, query.orgUnit);
  requireScope(ctx.actor, 'data:read', unit);
  const period = query.period === undefined ? null : requirePeriod(query.period);
  if (set.elements.length === 0) return { dataSet: set.code, dataValues: [] };
  let rows = ctx.db
    .selectFrom('data_values as v')
    .innerJoin('data_elements as e', 'e.id', 'v.data_element_id')
    .innerJoin('org_units as o', 'o.id', 'v.org_unit_id')
    .select(['e.code as dataElement', 'v.period', 'o.code as orgUnit', 'v.disaggregation', 'v.value', 'v.comment'])
    .where('v.data_element_id', 'in', set.elements.map((e) => e.id))
    .where('v.period_type', '=', set.periodType);
  rows = query.children
    ? rows.where((eb) => eb.or([eb('o.id', '=', unit.id), eb('o.path', 'like', sql<string>`${ownPath(unit)} || '%'`)]))
    : rows.where('o.id', '=', unit.id);
  if (period) rows = rows.where('v.period', '=', period.id);
  const values = await rows.orderBy('o.code').orderBy('v.period').orderBy('e.code').orderBy('v.disaggregation').execute();
  return {
    dataSet: set.code,
    dataValues: values.map((v) => ({
      dataElement: v.dataElement,
      period: v.period,
      orgUnit: v.orgUnit,
      ...(v.disaggregation === '' ? {} : { categoryOptionCombo: v.disaggregation }),
      value: String(v.value),
      ...(v.comment === null ? {} : { comment: v.comment }),
    })),
  };
}

function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(values: ExchangeValue[], extra: Array<Record<string, string>> = []): string {
  const extraColumns = extra.length ? Object.keys(extra[0]!) : [];
  const header = [...EXCHANGE_COLUMNS, ...extraColumns].join(',');
  const lines = values.map((v, i) =>
    [v.dataElement, v.period, v.orgUnit, v.categoryOptionCombo ?? '', v.value, v.comment ?? '', ...extraColumns.map((c) => extra[i]![c] ?? '')].map(csvCell).join(','),
  );
  return `${[header, ...lines].join('\n')}\n`;
}

/** CSV records one at a time, by the header's column names, without holding the file. */
export function readCsv(input: Readable): AsyncIterable<Record<string, unknown>> {
  return input.pipe(parseCsv({ columns: (header: string[]) => header.map((h) => h.trim()), bom: true, skip_empty_lines: true, relax_column_count: true }));
}

export async function toXlsx(values: ExchangeValue[], extra: Array<Record<string, string>> = []): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('dataValues');
  const extraColumns = extra.length ? Object.keys(extra[0]!) : [];
  sheet.addRow([...EXCHANGE_COLUMNS, ...extraColumns]);
  values.forEach((v, i) => {
    const numeric = Number(v.value);
    const value = v.value === '' ? null : Number.isFinite(numeric) ? numeric : v.value;
    sheet.addRow([v.dataElement, v.period, v.orgUnit, v.categoryOptionCombo ?? '', value, v.comment ?? '', ...extraColumns.map((c) => extra[i]![c] ?? '')]);
  });
  // Period ids such as 202403 must stay text, or a spreadsheet turns them into numbers.
  sheet.getColumn(2).numFmt = '@';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function cellText(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'result' in value) return value.result;
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((t) => t.text).join('');
  return value;
}

/** Spreadsheet rows of the first sheet as records by the header row, read as a stream. */
export async function* readXlsx(input: Readable): AsyncIterable<Record<string, unknown>> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, { sharedStrings: 'cache', worksheets: 'emit', hyperlinks: 'ignore', styles: 'ignore', entries: 'ignore' });
  for await (const sheet of reader) {
    let header: string[] | null = null;
    for await (const row of sheet) {
      const cells = (row.values as ExcelJS.CellValue[]).slice(1).map(cellText);
      if (header === null) {
        header = cells.map((c) => String(c).trim());
        continue;
      }
      if (cells.every((c) => c === '' || c === null)) continue;
      yield Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
    }
    if (header === null) {
      throw new AppError('VALIDATION_FAILED', { zh: '电子表格的第一个工作表是空的', en: 'The first sheet of the spreadsheet is empty' });
    }
    return;
  }
}

/** A form to fill in: every element of the data set for each org unit that reports it in the subtree, with any values already there. */
export async function template(ctx: ServiceContext, query: { dataSet: string; orgUnit: string; period: string }) {
  requireActor(ctx.actor);
  const set = await requireDataSet(ctx.db, query.dataSet);
  const root = await requireOrgUnit(ctx.db, query.orgUnit);
  requireScope(ctx.actor, 'data:read', root);
  const period = requirePeriod(query.period);
  const units = set.orgUnits.filter((u) => u.id === root.id || u.path.startsWith(ownPath(root)));
  const existing = await exportValues(ctx, { dataSet: set.code, orgUnit: root.code, period: period.id, children: true });
  const known = new Map(existing.dataValues.map((v) => [`${v.dataElement}|${v.orgUnit}|${v.categoryOptionCombo ?? ''}`, v]));
  const values: ExchangeValue[] = [];
  const names: Array<Record<string, string>> = [];
  for (const unit of units) {
    for (const element of set.elements) {
      // A row per disaggregation the element declares, so that the filled template imports as it is.
      for (const combo of allowedDisaggregations(element)) {
        const had = known.get(`${element.code}|${unit.code}|${combo}`);
        values.push({ dataElement: element.code, period: period.id, orgUnit: unit.code, ...(combo === '' ? {} : { categoryOptionCombo: combo }), value: had?.value ?? '', comment: had?.comment });
        names.push({ dataElementName: element.name, orgUnitName: unit.name, unit: element.unit ?? '' });
      }
    }
  }
  return { values, names };
}
