import type { DocLine } from './lines.js';
import { parseHeading } from './headings.js';

/**
 * Header rows of indicator tables and project tables. A header may be printed on one line
 * ("类别 序号 指标 目标值 属性"), one cell per line ("\t指标名称" / "\t单位" …), or broken by a
 * page layout so that the words of neighbouring cells interleave ("门头沟区 北京市 指标性" /
 * "质目标值 目标值"); the header words are therefore found in the joined text with any break
 * allowed between their characters.
 */
export type IndicatorRole = 'seq' | 'category' | 'name' | 'unit' | 'baseline' | 'target' | 'actual' | 'attribute' | 'note';
export type ProjectRole = 'seq' | 'name' | 'location' | 'kind' | 'content' | 'investment' | 'completion' | 'start' | 'stage' | 'note';

export interface Column<R extends string> {
  role: R;
  /** Header text of the column, e.g. "北京市目标值", "2020年". */
  label: string;
  /** Year printed in the header cell, e.g. 2020 in "2020 年". */
  year: number | null;
}

export type TableLayout = 'flowing' | 'cell-per-line' | 'row-per-line';

export interface TableHeader<R extends string> {
  kind: R extends IndicatorRole ? 'indicator' : 'project';
  columns: Column<R>[];
  layout: TableLayout;
  /** DocLine indexes of the header, first and one past the last. */
  start: number;
  end: number;
}

export type IndicatorHeader = TableHeader<IndicatorRole> & { kind: 'indicator' };
export type ProjectHeader = TableHeader<ProjectRole> & { kind: 'project' };

const GAP = '\\|?';
/** A word whose characters may be separated by a cell or line break. */
function spaced(word: string): string {
  return [...word].map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(GAP);
}
function words(list: readonly string[]): string {
  return list.map(spaced).join('|');
}

const YEAR = `\\d${GAP}\\d${GAP}\\d${GAP}\\d${GAP}年`;

const INDICATOR_WORDS: ReadonlyArray<[IndicatorRole, string]> = [
  ['attribute', words(['指标属性', '指标性质', '指标类型', '属性', '性质'])],
  ['seq', words(['序号', '编号', '序'])],
  ['category', words(['类别', '维度', '领域', '分类', '方面'])],
  ['target', `(?:${YEAR}${GAP})?(?:${words(['目标值', '目标', '预期值', '规划值'])})`],
  ['actual', words(['规划期末', '期末值', '完成情况', '完成值', '实际值', '实现值', '评估值'])],
  ['baseline', `${words(['基期值', '基期', '基数', '现状值', '现状', '基准值'])}|${YEAR}(?:${GAP}(?:${words(['基数', '基期值', '现状值', '值', '底', '末'])}))?`],
  ['name', words(['指标名称', '指标各称', '指标内容', '指标', '名称'])],
  ['unit', words(['计量单位', '单位'])],
  ['note', words(['备注', '说明'])],
];

const PROJECT_WORDS: ReadonlyArray<[ProjectRole, string]> = [
  ['seq', words(['序号', '编号', '序'])],
  ['name', words(['项目名称', '工程名称', '名称'])],
  ['location', words(['建设地点', '建设地址', '项目地点', '选址', '地点', '位置', '所在地'])],
  ['kind', words(['规划类型', '建设性质', '项目类型', '建设类型', '类型', '性质'])],
  ['content', words(['建设内容及规模', '建设内容和规模', '建设规模及内容', '项目概况', '建设内容', '建设规模', '主要内容', '内容'])],
  ['investment', words(['总投资', '投资估算', '投资额', '估算投资', '投资'])],
  ['start', words(['计划开工时间', '开工时间', '开工年份'])],
  ['completion', words(['计划完成时间', '完成时间', '竣工时间', '建设期限', '起止年限', '建设年限', '建设周期'])],
  ['stage', words(['任务目标', '建设进度', '进度安排', '进展', '目标'])],
  ['note', words(['备注', '说明'])],
];

function matcher(table: ReadonlyArray<[string, string]>): RegExp {
  return new RegExp(table.map(([, re]) => `(${re})`).join('|'), 'g');
}
const INDICATOR_RE = matcher(INDICATOR_WORDS);
const PROJECT_RE = matcher(PROJECT_WORDS);

/** Characters that appear in header cells; a line with other long text is not part of a header. */
const HEADER_HINT = /序|号|类别|维度|领域|分类|方面|指标|名称|各称|单位|目标|属性|性质|质|基期|基数|现状|年|期末|完成|实际|备注|说明|值|预期|项目|工程|建设|内容|规模|地点|地址|选址|位置|投资|万元|时间|类型|概况|任务|进度|年限|周期|开工|竣工/;
const PLACE = /^[“"]?[\u4e00-\u9fff]{0,8}(?:区|县|市|省|国家|全国|州|旗)[”"]?$|^[“"][^”"]{1,8}[”"]$/;

function piecesOf(line: DocLine): string[] {
  return line.cells ?? line.text.split(' ');
}

function headerish(line: DocLine): boolean {
  if (parseHeading(line.text)) return false;
  return piecesOf(line).every((piece) => {
    const p = piece.replace(/\s+/g, '');
    if (p === '') return true;
    if (p.length > 9) return false;
    if (/^\d+$/.test(p)) return /^\d{4}$/.test(p);
    return HEADER_HINT.test(p) || PLACE.test(p) || /^[（(][^）)]*[）)]$/.test(p);
  });
}

function layoutOf(lines: readonly DocLine[]): TableLayout {
  if (lines.some((l) => l.cells !== null)) return 'row-per-line';
  if (lines.some((l) => l.cellStart)) return 'cell-per-line';
  return 'flowing';
}

/** The header text with every cell or line break written as "|". */
function blobOf(lines: readonly DocLine[]): string {
  return lines.map((l) => piecesOf(l).map((p) => p.replace(/\s+/g, '')).filter((p) => p !== '').join('|')).join('|');
}

interface Found<R extends string> {
  role: R;
  text: string;
}

function scan<R extends string>(blob: string, re: RegExp, table: ReadonlyArray<[R, string]>): Array<Found<R> & { prefix: string }> {
  const found: Array<Found<R> & { prefix: string }> = [];
  // Place names ("门头沟区", "北京市") and period names ("“十四五”") name the target columns that follow them.
  const pending: string[] = [];
  let last = 0;
  re.lastIndex = 0;
  for (let m = re.exec(blob); m; m = re.exec(blob)) {
    for (const word of blob.slice(last, m.index).split('|').filter((p) => p !== '')) {
      if (PLACE.test(word)) pending.push(word);
      else if (found.length > 0) found[found.length - 1].text += word;
    }
    const group = m.slice(1).findIndex((g) => g !== undefined);
    const role = table[group][0];
    const prefix = role === 'target' ? (pending.shift() ?? '') : '';
    found.push({ role, text: m[0].replace(/\|/g, ''), prefix });
    last = m.index + m[0].length;
  }
  return found;
}

function yearIn(label: string): number | null {
  const m = /(\d{4})年/.exec(label);
  return m ? Number(m[1]) : null;
}

/** Of two year columns and no target column ("2020年 | 2025年"), the later year holds the targets. */
function promoteLastYear(columns: Array<Column<IndicatorRole>>): void {
  if (columns.some((c) => c.role === 'target')) return;
  const years = columns.filter((c) => c.role === 'baseline' && c.year !== null);
  if (years.length < 2) return;
  const last = Math.max(...years.map((c) => c.year as number));
  if (last === Math.min(...years.map((c) => c.year as number))) return;
  for (const c of years) if (c.year === last) c.role = 'target';
}

function indicatorColumns(blob: string): Column<IndicatorRole>[] | null {
  const columns = scan(blob, INDICATOR_RE, INDICATOR_WORDS).map((f) => {
    const label = f.prefix + f.text;
    return { role: f.role, label, year: yearIn(label) };
  });
  promoteLastYear(columns);
  const roles = new Set(columns.map((c) => c.role));
  if (!roles.has('name') || !(roles.has('target') || roles.has('attribute'))) return null;
  if (!/指\|?标/.test(blob)) return null;
  if (columns.filter((c) => c.role === 'name').length > 1) return null;
  // The attribute and the remark are the last cells of a row, wherever a broken header put them.
  const tail = columns.filter((c) => c.role === 'attribute' || c.role === 'note');
  return [...columns.filter((c) => c.role !== 'attribute' && c.role !== 'note'), ...tail];
}

function projectColumns(blob: string): Column<ProjectRole>[] | null {
  if (!/项\|?目|工\|?程/.test(blob)) return null;
  const columns = scan(blob, PROJECT_RE, PROJECT_WORDS).map((f) => ({ role: f.role, label: f.prefix + f.text, year: yearIn(f.text) }));
  const roles = new Set(columns.map((c) => c.role));
  if (!roles.has('name') || roles.size < 3) return null;
  return columns;
}

const MAX_HEADER_LINES = 10;

/** The header starting at DocLine `start`, if one starts there. */
export function readHeader(lines: readonly DocLine[], start: number): IndicatorHeader | ProjectHeader | null {
  const first = lines[start];
  if (!first || !/序|指标|项目|类别|维度|名称/.test(first.text) || !headerish(first)) return null;
  let end = start + 1;
  while (end < lines.length && end - start < MAX_HEADER_LINES && headerish(lines[end])) end += 1;
  const headerLines = lines.slice(start, end);
  const blob = blobOf(headerLines);
  const layout = layoutOf(headerLines);
  const project = projectColumns(blob);
  if (project) return { kind: 'project', columns: project, layout, start, end };
  const indicator = indicatorColumns(blob);
  if (indicator) return { kind: 'indicator', columns: indicator, layout, start, end };
  return null;
}
