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

function pageLines(items: Item[]): string[] {
  const rows: Item[][] = [];
  for (const item of [...items].sort((a, b) => b.y - a.y || a.x - b.x)) {
    const row = rows.find((r) => Math.abs(r[0].y - item.y) < Math.max(r[0].size, item.size) / 2);
    if (row) row.push(item);
    else rows.push([item]);
  }
  return rows.map((row) => {
    let line = '';
    let end: number | null = null;
    for (const item of row.sort((a, b) => a.x - b.x)) {
      if (end !== null) {
        const gap = item.x - end;
        if (gap > item.size * 0.25 && !line.endsWith(' ') && !item.str.startsWith(' ')) line += ' ';
      }
      line += item.str;
      end = item.x + item.width;
    }
    return line;
  });
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
