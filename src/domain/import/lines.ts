/**
 * The document as numbered lines, the unit every other part of the importer works on.
 * Blank lines and page furniture (page numbers, "- 58 -" footers) are dropped here so that
 * tables and paragraphs broken by a page end read as if the page had not ended; every kept
 * line remembers its 1-based number in the document.
 */
export interface DocLine {
  /** 1-based line number in the document. */
  no: number;
  /** The line trimmed, full-width and non-breaking spaces turned into plain spaces. */
  text: string;
  /** The line began with a tab: in copies of tables one cell per line, a tab starts a cell. */
  cellStart: boolean;
  /** The cells of a row written on one line, separated by tabs; null when the line has no inner tab. */
  cells: string[] | null;
}

const PAGE_FURNITURE = [
  /^[-—–－]\s*\d{1,4}\s*[-—–－]$/,
  /^第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?$/,
  /^\d{1,4}\s*\/\s*\d{1,4}$/,
];

export function isPageFurniture(text: string): boolean {
  return PAGE_FURNITURE.some((re) => re.test(text));
}

function clean(text: string): string {
  return text.replace(/[\u3000\u00a0\u2002\u2003\u2009\ufeff]/g, ' ').replace(/ {2,}/g, ' ').trim();
}

/** Splits raw text into lines, accepting \n, \r\n and \r. */
export function splitLines(text: string): string[] {
  return text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
}

export function toDocLines(raw: readonly string[]): DocLine[] {
  const out: DocLine[] = [];
  raw.forEach((original, index) => {
    const text = clean(original.replace(/\t/g, ' '));
    if (text === '' || isPageFurniture(text)) return;
    const inner = original.replace(/^\s+/, '').replace(/\s+$/, '');
    const cells = inner.includes('\t') ? inner.split('\t').map(clean) : null;
    out.push({ no: index + 1, text, cellStart: /^\s*\t/.test(original), cells });
  });
  return out;
}
