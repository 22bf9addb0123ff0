/** Chinese numerals as printed in headings and sequence markers (一 … 九十九, 〇, 两). */
const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

export const CHINESE_NUMERAL = '[〇零一二两三四五六七八九十百]+';

/** Value of a Chinese numeral up to 999, or of Arabic digits; null when it is neither. */
export function numeralValue(text: string): number | null {
  const t = text.trim();
  if (/^\d+$/.test(t)) return Number(t);
  if (!new RegExp(`^${CHINESE_NUMERAL}$`).test(t)) return null;
  let total = 0;
  let current = 0;
  for (const ch of t) {
    if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else {
      current = DIGITS[ch];
    }
  }
  return total + current;
}
