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
  start: number;
  /** Where the last line of the cell's text ends. */
  end: number;
}

/** Items of a row set apart by gaps: the cells of a table row. */
function cellsOf(row: Item[]): Cell[] {
  const cells: Cell[] = [];
  for (const item of row) {
    const last = cells[cells.length - 1];
    if (!last || item.x - last.end > item.size * 0.25) cells.push({ items: [item], start: item.x, end: item.x + item.width });
    else {
      last.items.push(item);
      last.end = item.x + item.width;
    }
  }
  return cells;
}

/**
 * The cells of a table row that a line continues. Word and LibreOffice print a cell's wrapped
 * text top-aligned under its first line, so a line is the row going on when every piece of it
 * starts under a cell whose text ran up to the next cell (or to the right edge), where it had
 * to wrap, and ends before the next cell begins. A line under cells with room left is a new row.
 */
function continuedCells(above: Cell[], line: Cell[], right: number): Cell[] | null {
  if (above.length < 2) return null;
  const targets: Cell[] = [];
  for (const piece of line) {
    const size = piece.items[0].size;
    const index = above.findIndex((cell) => Math.abs(cell.start - piece.start) < size);
    if (index < 0) return null;
    const edge = above[index + 1]?.start ?? right;
    if (above[index].end + 4 * size < edge || piece.end > edge) return null;
    targets.push(above[index]);
  }
  return targets;
}

function render(cells: Cell[]): string {
  return cells.map((cell) => cell.items.map((i) => i.str).join('')).join(' ');
}

function pageLines(items: Item[]): string[] {
  const right = Math.max(...items.map((i) => i.x + i.width));
  const lines: Cell[][] = [];
  for (const row of rowsOf(items)) {
    const cells = cellsOf(row);
    const above = lines[lines.length - 1];
    const targets = above ? continuedCells(above, cells, right) : null;
    if (targets) {
      cells.forEach((piece, i) => {
        targets[i].items.push(...piece.items);
        targets[i].end = piece.end;
      });
    } else {
      lines.push(cells);
    }
  }
  return lines.map(render);
}

/** The lines of the PDF and how many characters its text layer holds (0 for a scan). */
export async function pdfLines(bytes: Uint8Array): Promise<{ lines: string[]; characters: number }> {
  const task = getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, standardFontDataUrl, cMapUrl, cMapPacked: true, verbosity: 0 });
  const doc = await task.promise;
  const lines: string[] = [];
  let characters = 0;
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      // pdf.js fills the space between two runs of text with a blank item; the gap itself is what tells a cell border.
      const items = content.items.map(toItem).filter((i): i is Item => i !== null && i.str.trim() !== '');
      characters += items.reduce((sum, i) => sum + i.str.replace(/\s+/g, '').length, 0);
      lines.push(...pageLines(items));
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  return { lines, characters };
}
