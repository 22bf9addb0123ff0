import type { BaselineDef, IndicatorAttribute, IndicatorDef, TargetDef } from '../plan/format.js';
import { parseTarget } from '../targets/parse.js';
import { fitCells, type FitColumn } from './cell-fit.js';
import {
  attributeOf,
  DANGLING,
  figureShape,
  INDICATOR_ENDING,
  isUnit,
  leadingNumber,
  MISSING_FIGURE,
  nameFactor,
  normalizeUnit,
  unitFactor,
  type AttributeWord,
} from './cell-kinds.js';
import { directionOf } from './direction.js';
import type { PlanFrame } from './frame.js';
import type { Column, IndicatorHeader, IndicatorRole } from './table-header.js';
import type { RawRow, TableBody } from './table-rows.js';
import { uncertainty, type Uncertainty } from './uncertainty.js';
import { compact } from './wrap-join.js';

/**
 * Indicator rows of one table turned into indicators: the cells fitted to the header's
 * columns, targets read by the target parser, the baseline column as a baseline of its year,
 * sub-rows (其中：…) attached to the row above.
 */
export interface IndicatorTable {
  name: string;
  header: IndicatorHeader;
  body: TableBody;
  /** Period the table's targets belong to, e.g. 2016–2020 for a “十三五” review table. */
  periodEnd: number;
}

const ATTRIBUTES: Record<AttributeWord, IndicatorAttribute> = { 约束性: 'binding', 预期性: 'expected', 指导性: 'guiding' };

/** Words that close a figure; a cell starting with one was cut off from its figure. */
const LEADING_SUFFIX = /^(?:以下|以上|以内|左右|之间|及以上|及以下|万|千|[%‰])/;

function targetScore(text: string): number {
  const t = text.trim();
  // 平稳下降 is whole; 增长 0.5 岁以上增长 took the first word of the next cell.
  if ((DANGLING.test(t) && /\d/.test(t)) || LEADING_SUFFIX.test(t) || attributeOf(t)) return -5;
  const parsed = parseTarget(t);
  // A bare 增长 is rather the start of "增长 0.5 岁以上" than a target of its own.
  if (/^(?:增长|增加|提高|提升|下降|降低|减少)$/.test(t)) return -2;
  if (parsed.comparator !== 'qualitative') return parsed.matched ? -3 : 2;
  const bare = compact(t);
  // A phrase such as 达到国际水平 is a target a person judges; long text with figures is a cut gone wrong.
  return !/\d/.test(bare) && bare.length <= 12 ? 0 : -4;
}

function figureScore(text: string): number {
  if (DANGLING.test(text.trim())) return -5;
  switch (figureShape(text)) {
    case 'figure':
      return 2;
    case 'missing':
      return 1.5;
    case 'change':
      return 1;
    default:
      return -6;
  }
}

function nameScore(text: string): number {
  const t = compact(text);
  if (/^[-+]?\d+(?:\.\d+)?%?$/.test(t) || isUnit(t) || attributeOf(t) || /[≥≤＜＞<>]/.test(t)) return -6;
  return 0;
}

const SCORERS: Record<IndicatorRole, FitColumn> = {
  seq: { score: (t) => (/^\d{1,3}$/.test(t) ? 1 : -6), empty: 0 },
  category: { score: (t) => (/^[\u4e00-\u9fff]{1,10}$/.test(compact(t)) ? 0.5 : -6), empty: 0 },
  name: { score: nameScore, empty: -Infinity },
  unit: { score: (t) => (isUnit(t) ? 2 : -6), empty: -1 },
  baseline: { score: figureScore, empty: -1 },
  actual: { score: figureScore, empty: -1 },
  target: { score: targetScore, empty: -3 },
  attribute: { score: (t) => (attributeOf(t) ? 2 : -6), empty: -1 },
  note: { score: () => -1, empty: 0 },
};

/** Name of the table: the line just above the header (a title, or the heading it sits under). */
export function tableName(lines: readonly { text: string }[], headerStart: number, headingTitle: (index: number) => string | null): string {
  for (let i = headerStart - 1; i >= Math.max(0, headerStart - 3); i--) {
    const heading = headingTitle(i);
    if (heading) return heading;
    const text = lines[i].text;
    if (/表$|指标/.test(text) && text.length <= 60) return text;
  }
  return '指标表';
}

const FIVE_YEAR = /“?十([一二三四五六七八九])五”?/;

/** End year of the five-year plan a table title names (“十三五” → 2020), or null. */
export function fiveYearEnd(text: string): number | null {
  const m = FIVE_YEAR.exec(text);
  if (!m) return null;
  const n = 10 + '一二三四五六七八九'.indexOf(m[1]) + 1;
  return 2006 + 5 * (n - 11) + 4;
}

/**
 * Who set a target column: this plan, or the higher-level issuer named in its header
 * (北京市目标值; 市目标值 in a district plan of a city the title names).
 */
export function targetSource(label: string, region: string | null, parentRegion: string | null = null): string {
  const rest = label
    .replace(/目标值?|预期值|规划值/g, '')
    .replace(/\d{4}年/g, '')
    .replace(FIVE_YEAR, '')
    .replace(/[“”"（）()]/g, '')
    .trim();
  if (rest === '') return 'plan';
  if (/^(?:区|县|市|省|旗)$/.test(rest)) {
    if (region?.endsWith(rest)) return 'plan';
    return parentRegion?.endsWith(rest) ? parentRegion : `${rest}级`;
  }
  if (region && (rest.includes(region) || rest.includes(region.replace(/[区县市旗]$/, '')))) return 'plan';
  if (/本[区县市]|本规划/.test(rest)) return 'plan';
  return rest;
}

interface Context {
  frame: PlanFrame;
  table: IndicatorTable;
  uncertainties: Uncertainty[];
}

interface RowCells {
  byColumn: Array<{ column: Column<IndicatorRole>; text: string; line: number | null }>;
}

function fitRow(row: RawRow, table: IndicatorTable): RowCells | null {
  // The sequence number was taken off every row already, and the category off flowing rows.
  const flowing = table.header.layout === 'flowing';
  const valueColumns = table.header.columns.filter((c) => c.role !== 'seq' && !(flowing && c.role === 'category'));
  const fit = fitCells(row.tokens, valueColumns.map((c) => SCORERS[c.role]));
  if (!fit) return null;
  return { byColumn: valueColumns.map((column, i) => ({ column, text: fit.cells[i].trim(), line: fit.lines[i] })) };
}

function baselineOf(text: string, year: number | null, line: number | null, label: string, note: string | undefined, ctx: Context): BaselineDef | null {
  const value = leadingNumber(text);
  if (value === null || figureShape(text) !== 'figure' || year === null) return null;
  const baseline: BaselineDef = { year, value, text, source: { document: ctx.frame.document, line: line ?? undefined, table: ctx.table.name } };
  if (note) baseline.note = note;
  else if (!/^\d{4}年$/.test(label)) baseline.note = label;
  return baseline;
}

/**
 * Unit of a figure printed without a unit column, for a per-population indicator: "≥14.57 床"
 * for 千人医疗卫生机构床位数 is beds per thousand people.
 */
function perPopulation(unit: string | null, name: string): string | null {
  if (!unit || unitFactor(unit) !== null || unit.includes('/')) return unit;
  const factor = nameFactor(name);
  if (factor === 1000) return `${unit}/千人`;
  if (factor === 10000) return `${unit}/万人`;
  return unit;
}

function isSubRowName(name: string): boolean {
  return compact(name).length <= 8 && !INDICATOR_ENDING.test(compact(name));
}

export function tableIndicators(table: IndicatorTable, tableNo: number, frame: PlanFrame): { indicators: IndicatorDef[]; uncertainties: Uncertainty[] } {
  const ctx: Context = { frame, table, uncertainties: [] };
  const indicators: IndicatorDef[] = [];
  let category: string | null = null;
  let expectedSeq = 1;
  let parent: IndicatorDef | null = null;
  let inSubRows = false;
  const hasSeqColumn = table.header.columns.some((c) => c.role === 'seq');
  table.body.rows.forEach((row, rowIndex) => {
    const firstLine = row.lines[0];
    const fitted = fitRow(row, table);
    if (!fitted) {
      ctx.uncertainties.push(
        uncertainty('row-unreadable', firstLine, `“${table.name}”第${rowIndex + 1}行无法按表头拆分为各列，未导入`, `Row ${rowIndex + 1} of table "${table.name}" could not be split into its columns and was not imported`),
      );
      return;
    }
    const cell = (role: IndicatorRole) => fitted.byColumn.filter((c) => c.column.role === role);
    const rowCategory = row.category ?? (cell('category')[0]?.text || null);
    if (rowCategory) category = rowCategory;
    const printedName = cell('name')[0]?.text ?? '';
    let name = printedName;
    let seq = row.seq;
    const marked = /^其中\s*[:：]?\s*/.exec(name);
    let isSub = false;
    if (marked || seq === '其中') {
      isSub = parent !== null;
      inSubRows = isSub;
      if (marked) name = name.slice(marked[0].length);
      seq = '其中';
    } else if (inSubRows && parent && (hasSeqColumn ? seq === null : true) && isSubRowName(name)) {
      isSub = true;
      if (!hasSeqColumn) {
        ctx.uncertainties.push(
          uncertainty('sub-row', firstLine, `“${name}”按“其中”的分项处理，归属“${parent.name}”`, `"${name}" is read as a sub-row of "${parent.name}" (其中)`),
        );
      }
    } else {
      inSubRows = false;
    }
    if (seq && /^\d+$/.test(seq)) {
      if (Number(seq) !== expectedSeq) {
        ctx.uncertainties.push(
          uncertainty(
            'sequence-typo',
            firstLine,
            `“${table.name}”中“${name}”的序号印为${seq}，按顺序应为${expectedSeq}`,
            `In table "${table.name}" the sequence number of "${name}" is printed as ${seq}; by order it should be ${expectedSeq}`,
          ),
        );
      }
      expectedSeq = (Number(seq) === expectedSeq ? Number(seq) : expectedSeq) + 1;
    }
    const code = `T${tableNo}-${String(indicators.length + 1).padStart(2, '0')}`;
    const unitCell = cell('unit')[0];
    let unit = unitCell && unitCell.text !== '' ? normalizeUnit(unitCell.text) : null;
    const attributeText = cell('attribute')[0]?.text ?? '';
    const attribute = attributeOf(attributeText);
    const notes: string[] = [];
    const targets: TargetDef[] = [];
    for (const t of cell('target')) {
      // "—" in a target column: no target of that issuer for this row.
      if (t.text === '' || MISSING_FIGURE.test(compact(t.text))) continue;
      const parsed = parseTarget(t.text, { unit });
      const target: TargetDef = {
        text: t.text,
        comparator: parsed.comparator,
        value: parsed.value,
        year: t.column.year ?? table.periodEnd,
        source: targetSource(t.column.label, frame.regionName, frame.parentRegionName),
        line: t.line ?? firstLine,
      };
      if (parsed.valueHigh !== null) target.valueHigh = parsed.valueHigh;
      if (parsed.bound) target.bound = parsed.bound;
      if (parsed.unit) target.unit = normalizeUnit(parsed.unit);
      if (parsed.note) target.note = parsed.note;
      targets.push(target);
      if (parsed.comparator === 'qualitative') {
        ctx.uncertainties.push(
          uncertainty('target-qualitative', target.line ?? firstLine, `“${name}”的目标“${t.text}”不是数值目标，按定性目标导入，需人工评判`, `The target "${t.text}" of "${name}" is not numeric; imported as qualitative, to be judged by a person`),
        );
      }
    }
    if (!unit) unit = perPopulation(targets.find((t) => t.unit)?.unit ?? null, name);
    const baselines: BaselineDef[] = [];
    for (const b of cell('baseline')) {
      if (b.text === '') continue;
      const baseline = baselineOf(b.text, b.column.year ?? (/基期|现状|基数/.test(b.column.label) ? frame.periodStart - 1 : null), b.line, b.column.label, undefined, ctx);
      if (baseline) baselines.push(baseline);
      else {
        notes.push(`${b.column.label}：${b.text}`);
        ctx.uncertainties.push(
          uncertainty('baseline-not-a-number', b.line ?? firstLine, `“${name}”的${b.column.label}“${b.text}”不是数值，未作为基期值`, `The ${b.column.label} value "${b.text}" of "${name}" is not a number and was not taken as a baseline`),
        );
      }
    }
    for (const a of cell('actual')) {
      if (a.text === '') continue;
      const baseline = baselineOf(a.text, table.periodEnd, a.line, a.column.label, `${a.column.label}实际值`, ctx);
      if (baseline) baselines.push(baseline);
      else notes.push(`${a.column.label}：${a.text}`);
    }
    const indicator: IndicatorDef = {
      code,
      name,
      category,
      seq,
      unit,
      attribute: attribute ? ATTRIBUTES[attribute] : null,
      table: table.name,
      source: { document: frame.document, line: firstLine, lines: row.lines, table: table.name },
      baselines,
      targets,
    };
    const factor = unitFactor(unit) ?? (unit && !/%|‰/.test(unit) ? nameFactor(name) : null);
    if (factor) indicator.factor = factor;
    const direction = directionOf(targets);
    if (direction) indicator.direction = direction;
    if (notes.length > 0) indicator.note = notes.join('；');
    if (isSub && parent) {
      indicator.name = `${parent.name}：${name}`;
      indicator.parent = parent.code;
      indicator.aliases = [printedName];
      indicator.category = parent.category ?? category;
    } else {
      parent = indicator;
    }
    indicators.push(indicator);
  });
  return { indicators, uncertainties: ctx.uncertainties };
}
