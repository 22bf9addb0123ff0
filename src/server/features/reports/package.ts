import JSZip from 'jszip';

const TIMESTAMP = /(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g;
const RANDOM_RELATIONSHIP = /rId[a-z0-9_-]{21}/g;
const DRAWING_ID = /<wp:docPr id="\d+"/g;

function normaliseXml(text: string, date: Date, ids: Map<string, string>): string {
  let drawing = 0;
  return text
    .replace(TIMESTAMP, `$1${date.toISOString().replace(/\.\d{3}Z$/, 'Z')}$2`)
    .replace(RANDOM_RELATIONSHIP, (id) => ids.get(id) ?? id)
    .replace(DRAWING_ID, () => `<wp:docPr id="${++drawing}"`);
}

/**
 * Rewrites an Office Open XML package so that it depends only on its content: entries in name
 * order with one fixed date, document timestamps set to `date`, the random relationship ids the
 * docx library draws and the drawing ids it counts across every document of the process replaced
 * by ids numbered in order of appearance.
 */
export async function reproducible(buffer: Buffer, date: Date): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buffer);
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir).sort();
  const texts = new Map<string, string>();
  for (const name of names) {
    if (/\.(xml|rels)$/.test(name)) texts.set(name, await zip.files[name].async('string'));
  }
  const ids = new Map<string, string>();
  for (const text of texts.values()) {
    for (const m of text.matchAll(RANDOM_RELATIONSHIP)) if (!ids.has(m[0])) ids.set(m[0], `rIdH${ids.size + 1}`);
  }
  const out = new JSZip();
  for (const name of names) {
    const text = texts.get(name);
    out.file(name, text === undefined ? await zip.files[name].async('nodebuffer') : normaliseXml(text, date, ids), { date, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'UNIX' });
}
