import { createRequire } from 'node:module';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * Lines of a PDF with a text layer. Text items are grouped into lines by their baseline (items
 * whose y differs by less than half the font size share a line), lines are ordered top to
 * bottom and items left to right, a gap between items becomes a space. Pages follow one
 * another. A table comes out as its rows printed line by line, cells broken where the PDF broke
 * them — the flowing layout the importer reads; tabs would wrongly promise whole cells.
 */
interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

const pdfjsDir = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const standardFontDataUrl = `${pdfjsDir}/standard_fonts/`;
// Chinese PDFs use CID fonts whose text is only readable through the character maps.
const cMapUrl = `${pdfjsDir}/cmaps/`;

function toItem(raw: unknown): Item | null {
  if (typeof raw !== 'object' || raw === null || !('str' in raw) || !('transform' in raw)) return null;
  const { str, transform, width } = raw as { str: string; transform: number[]; width: number };
  const size = Math.hypot(transform[2], transform[3]) || Math.abs(transform[0]) || 10;
  return { str, x: transform[4], y: transform[5], width, size };
}

function rowsOf(items: Item[]): Item[][] {
  const rows: Item[][] = [];
  for (const item of [...items].sort((a, b) => b.y - a.y || a.x - b.x)) {
    const row = rows.find((r) => Math.abs(r[0].y - item.y) < Math.max(r[0].size, item.size) / 2);
    if (row) row.push(item);
    else rows.push([item]);
  }
  return rows.map((row) => row.sort((a, b) => a.x - b.x));
}

interface Cell {
  items: Item[];
  /** The text of each line of the cell; a wrapped cell has more than one. */
  texts: string[];
  start: number;
  /** Where the last line of the cell's text ends. */
  end: number;
}

/** Items of a row set apart by gaps: the cells of a table row. */
function cellsOf(row: Item[]): Cell[] {
  const cells: Cell[] = [];
  for (const item of row) {
    const last = cells[cells.length - 1];
    if (!last || item.x - last.end > item.size * 0.25) cells.push({ items: [item], texts: [item.str], start: item.x, end: item.x + item.width });
    else {
      last.items.push(item);
      last.texts[0] += item.str;
      last.end = item.x + item.width;
    }
  }
  return cells;
}

/** Cells set apart by a cell border's padding, not by a space between words: a row of a table. */
function isTableRow(cells: Cell[]): boolean {
  return cells.length >= 2 && cells.every((cell, i) => i === 0 || cell.start - cells[i - 1].end >= cell.items[0].size);
}

/**
 * The cells of a table row that a line continues. Word and LibreOffice print a cell's wrapped
 * text top-aligned under its first line, so a line is the row going on when every piece of it
 * starts under a cell whose text ran so close to the next cell (or to the right edge) that the
 * piece's first word could not follow, and ends before the next cell begins. A line under
 * cells with room left is a new row.
 */
function continuedCells(above: Cell[], line: Cell[], right: number): Cell[] | null {
  if (!isTableRow(above)) return null;
  const targets: Cell[] = [];
  for (const piece of line) {
    const size = piece.items[0].size;
    const index = above.findIndex((cell) => Math.abs(cell.start - piece.start) < size);
    if (index < 0) return null;
    const edge = above[index + 1]?.start ?? right;
    // The cells' padding on both sides of the border takes up to a character or so each.
    if (above[index].end + leadWidth(piece) + 2.5 * size < edge || piece.end > edge) return null;
    targets.push(above[index]);
  }
  return targets;
}

/**
 * Width of what a piece begins with that cannot be broken — a number (14396.42 in 14396.42平方米),
 * a bracketed word (（助理）), or one character — with the marks that may not begin a line: what
 * did not fit at the end of the line above.
 */
function leadWidth(piece: Cell): number {
  const first = piece.items[0];
  const word = /^(?:[（(][^）)]*[）)]|[0-9A-Za-z.,%/:-]+|.)[，。、；：！？）)]*/su.exec(first.str)?.[0] ?? '';
  return (first.width * word.length) / Math.max(1, first.str.length);
}

/**
 * A cell's lines joined: a line that ends in a word went on after a space; a number or Chinese
 * text broken by the cell's width (2378 / 9 in a narrow column) is one.
 */
function joinCellLines(text: string, next: string): string {
  return /[A-Za-z]$/.test(text) && /^[A-Za-z0-9]/.test(next) ? `${text} ${next}` : text + next;
}

function render(cells: Cell[]): string {
  return cells.map((cell) => cell.texts.reduce(joinCellLines)).join(' ');
}

/** A page number printed in the footer (58, - 58 -, 第 58 页) stands between a row and its end on the next page. */
const PAGE_NUMBER = /^[-—–\s]*(?:第\s*)?\d+(?:\s*页)?[-—–\s]*$/;

/**
 * Adds a page's lines to those before. The row a page ends with may go on at the top of the
 * next page (a table row broken by the page), after the page number.
 */
function addPage(lines: Cell[][], items: Item[]): void {
  const right = Math.max(...items.map((i) => i.x + i.width));
  let above = [...lines].reverse().find((l) => !PAGE_NUMBER.test(render(l))) ?? null;
  for (const row of rowsOf(items)) {
    const cells = cellsOf(row);
    const targets = above ? continuedCells(above, cells, right) : null;
    if (targets) {
      cells.forEach((piece, i) => {
        targets[i].texts.push(...piece.texts);
        targets[i].end = piece.end;
      });
    } else {
      lines.push(cells);
      above = cells;
    }
  }
}

/** The lines of the PDF and how many characters its text layer holds (0 for a scan). */
export async function pdfLines(bytes: Uint8Array): Promise<{ lines: string[]; characters: number }> {
  const task = getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, standardFontDataUrl, cMapUrl, cMapPacked: true, verbosity: 0 });
  const doc = await task.promise;
  const lines: Cell[][] = [];
  let characters = 0;
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      // pdf.js fills the space between two runs of text with a blank item; the gap itself is what tells a cell border.
      const items = content.items.map(toItem).filter((i): i is Item => i !== null && i.str.trim() !== '');
      characters += items.reduce((sum, i) => sum + i.str.replace(/\s+/g, '').length, 0);
      if (items.length > 0) addPage(lines, items);
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  return { lines: lines.map(render), characters };
}
