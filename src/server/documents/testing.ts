import { Document, Packer, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';

/*
 * Documents for tests, made the way planners' files are made: Word documents written from the
 * text of a plan, and PDFs written by hand.
 */

/**
 * A Word document made from the text of a plan, the way its authors wrote it: paragraphs for
 * the text, and real Word tables where the text copy shows a table as blocks of tab-led cells
 * (a cell per line starting with a tab, a blank line between rows, and short lines without a
 * tab continuing the cell above while the table goes on after them). Used by tests and to make
 * the PDF fixtures with LibreOffice.
 */
type Block = { kind: 'paragraph'; text: string } | { kind: 'table'; rows: string[][] };

/** Whether a cell goes on after a blank line: one or two short pieces of text and then the next cell. */
function cellGoesOn(lines: readonly string[], from: number): boolean {
  const ahead = lines.slice(from).filter((l) => l.trim() !== '').slice(0, 3);
  const next = ahead.findIndex((l) => l.startsWith('\t'));
  return next > 0 && ahead.slice(0, next).every((l) => l.trim().length <= 20);
}

function blocks(lines: readonly string[]): Block[] {
  const out: Block[] = [];
  let table: string[][] | null = null;
  let row: string[] | null = null;
  let broken = false;
  lines.forEach((line, i) => {
    if (line.trim() === '') {
      broken = true;
      return;
    }
    if (line.startsWith('\t')) {
      if (!table) {
        table = [];
        out.push({ kind: 'table', rows: table });
      }
      if (!row || broken) {
        row = [];
        table.push(row);
      }
      row.push(line.slice(1).trim());
    } else if (row && (!broken || cellGoesOn(lines, i))) {
      row[row.length - 1] += line.trim();
    } else {
      table = null;
      row = null;
      out.push({ kind: 'paragraph', text: line });
    }
    broken = false;
  });
  return out;
}

/** Text width of an A4 page with Word's default margins, in twentieths of a point. */
const TEXT_WIDTH = 9026;

/** A fixed-layout table whose columns share the width as their longest texts do, as an author sizes them. */
function wordTable(rows: string[][]): Table {
  const width = Math.max(...rows.map((r) => r.length));
  const longest = Array.from({ length: width }, (_, i) => Math.min(30, Math.max(4, ...rows.map((r) => (r[i] ?? '').length))));
  const total = longest.reduce((a, b) => a + b, 0);
  const columnWidths = longest.map((l) => Math.floor((TEXT_WIDTH * l) / total));
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths,
    rows: rows.map(
      (cells) =>
        new TableRow({
          children: columnWidths.map((w, i) => new TableCell({ width: { size: w, type: WidthType.DXA }, children: [new Paragraph(cells[i] ?? '')] })),
        }),
    ),
  });
}

export async function planDocx(text: string): Promise<Uint8Array> {
  const children = blocks(text.split(/\r?\n/)).map((b) => (b.kind === 'table' ? wordTable(b.rows) : new Paragraph({ children: [new TextRun(b.text)] })));
  const document = new Document({ styles: { default: { document: { run: { font: { eastAsia: 'Noto Serif CJK SC', ascii: 'Noto Serif CJK SC' }, size: 21 } } } }, sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(document));
}

/**
 * The pages of the 朝阳区 plan that hold its tables: the title block, the 关键指标 section with
 * the indicator table, and the 附表 with the project table.
 */
export function chaoyangTablePages(text: string): string {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((l) => l.trim() === '四、关键指标');
  const end = lines.findIndex((l, i) => i > start && /^第.章/.test(l.trim()));
  const annex = lines.findIndex((l) => l.trim() === '附表');
  return [...lines.slice(0, 4), '', ...lines.slice(start, end), '', ...lines.slice(annex)].join('\n');
}

/** A PDF written by hand: one page per content stream, text in Helvetica. */
export function handWrittenPdf(pages: string[]): Uint8Array {
  const objects: string[] = [];
  const pageIds = pages.map((_, i) => 4 + 2 * i);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
  pages.forEach((stream, i) => {
    objects[pageIds[i]] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageIds[i] + 1} 0 R >>`;
    objects[pageIds[i] + 1] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
  });
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = out.length;
    out += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = out.length;
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) out += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}
