import mammoth from 'mammoth';

/**
 * Lines of a Word document: every paragraph a line, every table row a line with its cells
 * separated by tabs (the row-per-line layout the importer reads), text in a cell joined.
 */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function textOf(html: string): string {
  return decodeEntities(html.replace(/<br\s*\/?>/gi, ' ').replace(/<[^>]+>/g, ''));
}

function cells(rowHtml: string): string[] {
  const out: string[] = [];
  const re = /<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/gi;
  for (let m = re.exec(rowHtml); m; m = re.exec(rowHtml)) {
    const parts = m[1].split(/<\/p>/i).map(textOf).map((p) => p.replace(/\t/g, ' ').trim());
    out.push(parts.filter((p) => p !== '').join(''));
  }
  return out;
}

/** Converts the HTML mammoth writes (p, h1–h6, li, table) into lines. */
export function htmlToLines(html: string): string[] {
  const lines: string[] = [];
  const re = /<table[^>]*>([\s\S]*?)<\/table>|<(p|h[1-6]|li)[^>]*>([\s\S]*?)<\/\2>/gi;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m[1] !== undefined) {
      const rows = m[1].match(/<tr[^>]*>[\s\S]*?<\/tr>/gi) ?? [];
      for (const row of rows) lines.push(cells(row).join('\t'));
    } else {
      lines.push(textOf(m[3]));
    }
  }
  return lines;
}

export async function docxLines(bytes: Uint8Array): Promise<string[]> {
  const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { ignoreEmptyParagraphs: false });
  return htmlToLines(result.value);
}
