import { attributeAtEnd, attributeOf, INDICATOR_ENDING } from './cell-kinds.js';
import { parseHeading } from './headings.js';
import type { DocLine } from './lines.js';
import { readHeader, type IndicatorHeader, type ProjectHeader } from './table-header.js';
import { joinWrapped } from './wrap-join.js';

/**
 * The rows of a table body. Three ways of copying a table into text are understood:
 * - flowing: a row's cells follow one another separated by spaces and line breaks, a cell may
 *   be broken over several lines and a merged category cell sits between the sequence number
 *   and the name;
 * - cell-per-line: every cell starts on a new line with a tab, continuation lines have none;
 * - row-per-line: the cells of a row on one line separated by tabs.
 */
export interface Token {
  text: string;
  line: number;
  /** How the token is separated from the one before it. */
  sep: 'space' | 'line' | 'cell';
}

export interface RawRow {
  seq: string | null;
  /** Category printed in this row (a merged cell is printed once, in its first row). */
  category: string | null;
  tokens: Token[];
  lines: number[];
}

export interface TableBody {
  rows: RawRow[];
  /** DocLine index one past the last line of the table. */
  end: number;
  /** DocLine indexes of headers repeated after a page break. */
  repeatedHeaders: number[];
}

type Header = IndicatorHeader | ProjectHeader;

/** The title a table carries again on the next page: 续表, 表1（续）. */
const CONTINUED = /^续表|[（(]续[）)]$/;
const NOTE_LINE = /^(?:备\s*注|注|说明|资料来源|数据来源)\s*\d?\s*[:：]/;
const SEQ = /^\d{1,3}$/;
/** A flowing row that has not ended after this many lines is prose after the table, not a row. */
const MAX_ROW_LINES = 14;

function endsTable(line: DocLine, header: Header): boolean {
  if (NOTE_LINE.test(line.text)) return true;
  const heading = parseHeading(line.text);
  if (heading && !(header.layout === 'flowing' && heading.kind === 'number')) return true;
  return false;
}

function hasRole(header: Header, role: string): boolean {
  return header.columns.some((c) => c.role === role);
}

function lineTokens(line: DocLine, first: boolean): Token[] {
  return line.text.split(' ').map((text, i) => ({ text, line: line.no, sep: i > 0 ? 'space' : first ? 'cell' : 'line' }));
}

const CATEGORY_PIECE = /^[\u4e00-\u9fff]{1,4}$/;

/** Sequence number and category at the start of a flowing row; the rest as tokens. */
function splitFlowingRow(lines: readonly DocLine[], withCategory: boolean): RawRow {
  const tokens: Token[] = [];
  lines.forEach((line, i) => tokens.push(...lineTokens(line, i === 0)));
  let seq: string | null = null;
  let category: string | null = null;
  if (tokens.length > 0 && SEQ.test(tokens[0].text)) {
    seq = tokens.shift()!.text;
    const seqAlone = tokens.length === 0 || tokens[0].line !== lines[0].no;
    if (withCategory && seqAlone) {
      const pieces: DocLine[] = [];
      for (const line of lines.slice(1, -1)) {
        if (!CATEGORY_PIECE.test(line.text)) break;
        pieces.push(line);
      }
      const text = pieces.map((p) => p.text).join('');
      if (pieces.length > 1 || (pieces.length === 1 && !INDICATOR_ENDING.test(text))) {
        category = text;
        const used = new Set(pieces.map((p) => p.no));
        while (tokens.length > 0 && used.has(tokens[0].line)) tokens.shift();
        if (tokens.length > 0) tokens[0] = { ...tokens[0], sep: 'cell' };
      }
    }
    if (tokens.length > 0) tokens[0] = { ...tokens[0], sep: 'cell' };
  }
  return { seq, category, tokens, lines: lines.map((l) => l.no) };
}

function isRepeatedHeader(lines: readonly DocLine[], at: number, header: Header): number | null {
  const again = readHeader(lines, at);
  return again && again.kind === header.kind ? again.end : null;
}

function flowingRows(lines: readonly DocLine[], header: Header): TableBody {
  const rows: RawRow[] = [];
  const repeatedHeaders: number[] = [];
  const byAttribute = header.kind === 'indicator' && hasRole(header, 'attribute');
  const withCategory = hasRole(header, 'category');
  let pending: DocLine[] = [];
  let pendingStart = header.end;
  let i = header.end;
  let nextSeq = 1;
  const flush = (): void => {
    if (pending.length > 0) rows.push(splitFlowingRow(pending, withCategory));
    pending = [];
  };
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (pending.length === 0) {
      const repeated = isRepeatedHeader(lines, i, header);
      if (repeated !== null) {
        repeatedHeaders.push(i);
        i = repeated - 1;
        continue;
      }
      if (CONTINUED.test(line.text)) continue;
      if (endsTable(line, header)) break;
      pendingStart = i;
    } else if (endsTable(line, header)) {
      break;
    }
    if (byAttribute) {
      pending.push(line);
      if (attributeAtEnd(line.text)) flush();
      else if (pending.length > MAX_ROW_LINES) {
        pending = [];
        i = pendingStart;
        break;
      }
    } else {
      const first = line.text.split(' ')[0];
      if (SEQ.test(first) && Number(first) === nextSeq) {
        flush();
        nextSeq += 1;
      } else if (pending.length === 0 && rows.length === 0) {
        break;
      }
      pending.push(line);
    }
  }
  flush();
  return { rows, end: i, repeatedHeaders };
}

interface Cell {
  text: string;
  line: number;
}

function cellRows(cells: readonly Cell[], header: Header): Cell[][] {
  const rows: Cell[][] = [];
  if (header.kind === 'indicator' && hasRole(header, 'attribute')) {
    let row: Cell[] = [];
    for (const cell of cells) {
      row.push(cell);
      if (attributeOf(cell.text)) {
        rows.push(row);
        row = [];
      }
    }
    if (row.length > 0) rows.push(row);
    return rows;
  }
  const width = header.columns.length;
  for (let i = 0; i < cells.length; i += width) rows.push(cells.slice(i, i + width));
  return rows;
}

function rowFromCells(row: readonly Cell[], header: Header): RawRow {
  const tokens: Token[] = row.map((c) => ({ text: c.text, line: c.line, sep: 'cell' }));
  let seq: string | null = null;
  if (hasRole(header, 'seq') && tokens.length > 0 && (SEQ.test(tokens[0].text) || tokens[0].text === '')) {
    seq = tokens.shift()!.text || null;
  }
  return { seq, category: null, tokens, lines: [...new Set(row.map((c) => c.line))] };
}

function cellLayoutRows(lines: readonly DocLine[], header: Header): TableBody {
  const cells: Cell[] = [];
  const repeatedHeaders: number[] = [];
  const rows: RawRow[] = [];
  let i = header.end;
  for (; i < lines.length; i++) {
    const line = lines[i];
    const repeated = isRepeatedHeader(lines, i, header);
    if (repeated !== null) {
      repeatedHeaders.push(i);
      i = repeated - 1;
      continue;
    }
    if (endsTable(line, header)) break;
    if (header.layout === 'row-per-line') {
      if (line.cells) {
        rows.push(rowFromCells(line.cells.map((text) => ({ text, line: line.no })), header));
      } else if (rows.length > 0) {
        const last = rows[rows.length - 1].tokens;
        if (last.length > 0) last[last.length - 1].text = joinWrapped(last[last.length - 1].text, line.text);
        rows[rows.length - 1].lines.push(line.no);
      } else {
        break;
      }
    } else if (line.cellStart || cells.length === 0) {
      if (!line.cellStart && cells.length === 0) break;
      cells.push({ text: line.text, line: line.no });
    } else {
      cells[cells.length - 1].text = joinWrapped(cells[cells.length - 1].text, line.text);
    }
  }
  if (header.layout === 'cell-per-line') rows.push(...cellRows(cells, header).map((row) => rowFromCells(row, header)));
  return { rows, end: i, repeatedHeaders };
}

export function readTableBody(lines: readonly DocLine[], header: Header): TableBody {
  return header.layout === 'flowing' ? flowingRows(lines, header) : cellLayoutRows(lines, header);
}
