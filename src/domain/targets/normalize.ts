/**
 * Brings a target text as printed (PDF extraction, Word tables, typed in) to one form:
 * half-width signs and digits, no spaces, no footnote marks, bracketed remarks taken out.
 */

export interface NormalizedTarget {
  text: string;
  /** Remarks that stood in brackets: ≥3人（全市） → 全市. */
  remarks: string[];
}

// Footnote marks. Circled and bracketed numbers must go before NFKC, which would turn ① into 1.
const FOOTNOTE_MARKS = /[\u2460-\u249B\u24EA-\u24FF\u2776-\u2793\u3251-\u325F\u32B1-\u32BF\u00B9\u00B2\u00B3\u2070-\u2079*＊※†‡]/g;
const TRAILING_NOTE = /(?:[(（[［]\s*注\s*\d*\s*[)）\]］]|注\s*\d*|\[\d+\]|［\d+］)\s*$/;
const SIGNS: Array<[RegExp, string]> = [
  [/[≧⩾]|>=|=>/g, '≥'],
  [/[≦⩽]|<=|=</g, '≤'],
  [/[–—―−‐‑‒~〜∼]/g, '-'],
  [/[“”"‘’'「」『』]/g, ''],
];
const BRACKETED = /\(([^()]*)\)/g;
const EDGE_PUNCTUATION = /^[。.,;:!，；：、！]+|[。.,;:!，；：、！]+$/g;

export function normalizeTargetText(raw: string): NormalizedTarget {
  let text = raw.replace(FOOTNOTE_MARKS, '');
  while (TRAILING_NOTE.test(text)) text = text.replace(TRAILING_NOTE, '');
  text = text.normalize('NFKC');
  for (const [pattern, replacement] of SIGNS) text = text.replace(pattern, replacement);
  text = text.replace(/\s+/g, '');
  const remarks: string[] = [];
  text = text.replace(BRACKETED, (_, inner: string) => {
    if (inner) remarks.push(inner);
    return '';
  });
  text = text.replace(EDGE_PUNCTUATION, '');
  return { text, remarks };
}
