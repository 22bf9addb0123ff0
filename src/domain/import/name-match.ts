/**
 * Whether two names mean the same indicator despite the small differences plans allow
 * themselves between a table, its definitions and the text (高血压患者的规范化服务率 /
 * 高血压患者规范化服务率, 每万人… / 万人…).
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/^其中[:：]?/, '')
    .replace(/[“”"‘’'《》]/g, '')
    .replace(/的|每|名/g, '');
}

function bigrams(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length - 1; i++) out.push(text.slice(i, i + 2));
  return out;
}

/** Dice coefficient of character bigrams of the normalised names, 0 … 1. */
export function nameSimilarity(a: string, b: string): number {
  const x = normalizeName(a);
  const y = normalizeName(b);
  if (x === y) return 1;
  const bx = bigrams(x);
  const by = bigrams(y);
  if (bx.length === 0 || by.length === 0) return 0;
  const pool = new Map<string, number>();
  for (const g of by) pool.set(g, (pool.get(g) ?? 0) + 1);
  let shared = 0;
  for (const g of bx) {
    const left = pool.get(g) ?? 0;
    if (left > 0) {
      shared += 1;
      pool.set(g, left - 1);
    }
  }
  return (2 * shared) / (bx.length + by.length);
}
