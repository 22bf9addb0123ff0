/**
 * Joins pieces of text that the document broke across lines. Chinese text wraps anywhere, so
 * a line break between two Chinese characters is no space at all; between two Latin letters
 * or digits it was a space.
 */
const LATIN = /[A-Za-z0-9.%]/;

export function joinWrapped(a: string, b: string): string {
  if (a === '') return b;
  if (b === '') return a;
  const last = a[a.length - 1];
  const first = b[0];
  return LATIN.test(last) && LATIN.test(first) ? `${a} ${b}` : a + b;
}

export function joinAllWrapped(parts: readonly string[]): string {
  return parts.reduce((text, part) => joinWrapped(text, part), '');
}

/** Text without any whitespace, for comparing names written with and without spaces. */
export function compact(text: string): string {
  return text.replace(/\s+/g, '');
}
