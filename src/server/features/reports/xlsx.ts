import ExcelJS from 'exceljs';
import { NO_FINDINGS_RECORDED } from '../../../domain/evaluation/finding-labels.js';
import type { ReportModel } from './model.js';
import { formatNumber } from './numbers.js';

interface Column {
  header: string;
  width: number;
  /** Excel number format, for numeric columns. */
  format?: string;
}

type Cells = (string | number | null)[];

function sheet(book: ExcelJS.Workbook, name: string, columns: Column[], rows: Cells[], watermark: string | null, formatRow?: (row: ExcelJS.Row, index: number) => void): void {
  const ws = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: watermark ? 2 : 1 }] });
  if (watermark) {
    const note = ws.addRow([watermark]);
    note.font = { bold: true, color: { argb: 'FFB00020' } };
  }
  const head = ws.addRow(columns.map((c) => c.header));
  head.font = { bold: true };
  head.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
  columns.forEach((c, k) => {
    const column = ws.getColumn(k + 1);
    column.width = c.width;
    if (c.format) column.numFmt = c.format;
  });
  rows.forEach((r, k) => {
    const row = ws.addRow(r);
    formatRow?.(row, k);
  });
  if (watermark) ws.headerFooter.oddHeader = `&C&"-,Bold"&KB00020${watermark}`;
}

/** Digits after the point a figure is written with, at most four (computed rates are not printed in full). */
function shownDecimals(value: number): number {
  return Math.min(4, formatNumber(value).split('.')[1]?.length ?? 0);
}

/** Excel format for a value shown with `decimals` digits after the point. */
function fixed(decimals: number): string {
  return decimals === 0 ? '0' : `0.${'0'.repeat(decimals)}`;
}

/** The Excel report: the report's tables as sheets, numbers as numbers with their formats, header rows frozen. */
export async function buildXlsx(model: ReportModel): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'healthplan';
  book.lastModifiedBy = 'healthplan';
  book.title = model.title;
  book.created = model.createdAt;
  book.modified = model.createdAt;
  const w = model.watermark;
  const s = model.summary;
  sheet(
    book,
    '总体情况',
    [{ header: '项目', width: 36 }, { header: '数值', width: 14, format: '0' }],
    [
      ['规划', model.planTitle],
      ['报告', `${model.year}年${model.kindTitle}`],
      ['报告日期', model.date],
      ['评价指标数', s.total],
      ['未设目标指标数', s.noTarget],
      ...s.statusCounts.map((c): [string, number] => [`状态：${c.status}`, c.count]),
      ['约束性指标数', s.binding.total],
      ['约束性指标已达标或进度正常数', s.binding.good],
      ['重点项目数', s.projects.total],
      ['已竣工或投用项目数', s.projects.completed],
      [`计划${model.year}年底前竣工项目数`, s.projects.dueByYear],
      ['重点任务数', s.tasks.total],
      ['已完成任务数', s.tasks.completed],
      ['滞后或逾期任务数', s.tasks.overdue],
    ],
    w,
  );
  const columns: [string, number][] = [['编码', 12], ['类别', 16], ['序号', 6], ['指标', 40], ['单位', 10], ['属性', 8], ['基期值', 10], ['基期年份', 8], ['目标值', 24], ['现状值', 10], ['现状年份', 8], ['状态', 12], ['进度比', 8], ['含示例数据', 10]];
  sheet(
    book,
    '指标',
    columns.map(([header, width]) => ({ header, width })),
    model.indicators.map((i) => [i.code, i.category, i.seq, i.name, i.unit, i.attribute, i.baseline, i.baselineYear, i.target, i.value, i.valueYear, i.status, i.ratio, i.usesSamples ? '是' : '']),
    w,
    (row, k) => {
      row.getCell(10).numFmt = fixed(model.indicators[k].decimals);
      row.getCell(13).numFmt = '0.00';
    },
  );
  sheet(
    book,
    '重点任务',
    [{ header: '编号', width: 10 }, { header: '任务', width: 40 }, { header: '牵头单位', width: 20 }, { header: '完成时限', width: 12 }, { header: '状态', width: 10 }, { header: '进度', width: 8, format: '0"%"' }, { header: '是否逾期', width: 10 }],
    model.tasks.map((t) => [t.path, t.title, t.lead, t.deadline, t.status, t.percent, t.overdue ? '是' : '否']),
    w,
  );
  sheet(
    book,
    '重点项目',
    [{ header: '项目', width: 36 }, { header: '类型', width: 10 }, { header: '地点', width: 20 }, { header: '投资（万元）', width: 14 }, { header: '计划竣工', width: 12 }, { header: '阶段', width: 10 }, { header: '进度', width: 8, format: '0"%"' }],
    model.projects.map((p) => [p.name, p.kind, p.location, p.investment, p.plannedCompletion, p.stage, p.percent]),
    w,
  );
  const note: Cells[] = model.findingsRecorded ? [] : [['', '', '', NO_FINDINGS_RECORDED.zh]];
  const valueColumns = Math.max(2, ...model.findings.map((f) => f.values.length));
  sheet(
    book,
    '一致性与数据质量',
    [
      { header: '来源', width: 14 },
      { header: '类型', width: 18 },
      { header: '指标', width: 30 },
      { header: '问题说明', width: 70 },
      ...Array.from({ length: valueColumns }, (_, k) => ({ header: `数值${k + 1}`, width: 10 })),
      { header: '文档行号', width: 16 },
      { header: '机构与期间', width: 16 },
      { header: '状态', width: 10 },
    ],
    [...note, ...model.findings.map((f) => [f.source, f.kind, f.indicator, f.text, ...Array.from({ length: valueColumns }, (_, k) => f.values[k] ?? null), f.lines, f.where, f.status])],
    w,
    (row, k) => model.findings[k - note.length]?.values.forEach((v, j) => (row.getCell(5 + j).numFmt = fixed(shownDecimals(v)))),
  );
  return Buffer.from(await book.xlsx.writeBuffer());
}
