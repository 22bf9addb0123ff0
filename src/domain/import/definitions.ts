import type { IndicatorDef } from '../plan/format.js';
import type { DocLine } from './lines.js';
import { nameSimilarity } from './name-match.js';
import { numeralValue } from './numerals.js';
import { uncertainty, type Uncertainty } from './uncertainty.js';
import { joinWrapped } from './wrap-join.js';

/**
 * Definitions printed under 指标解释 / 指标说明: numbered items "(一) 孕产妇系统服务率，指…".
 * Each is matched to the indicator whose name is closest; the item's number, which follows the
 * table's order, settles near ties.
 */
const SECTION = /^(?:[一二三四五六七八九十]+、\s*)?(?:主要)?(?:指标解释|指标说明|指标定义)[:：]?$/;
const ITEM = /^(?:[（(]\s*([一二三四五六七八九十百]+|\d{1,3})\s*[）)]|(\d{1,3})\s*[.．、]|([一二三四五六七八九十]+)\s*、)\s*(.*)$/;
const DEFINED = /^(.{2,60}?)\s*(?:[，,：:]\s*(?:是指|指)|[，,]?\s*是指|：)\s*(.*)$/;
/** Classes of indicators are explained in the same place but are no indicator. */
const CLASS_OF_INDICATORS = /^(?:约束性|预期性|指导性)指标$/;

interface Item {
  ordinal: number;
  name: string;
  text: string;
  line: number;
}

function readItems(lines: readonly DocLine[], from: number, stopAt: ReadonlySet<number>): { items: Item[]; end: number } {
  const items: Item[] = [];
  let current: { ordinal: number; text: string; line: number } | null = null;
  const close = (): void => {
    if (!current) return;
    const m = DEFINED.exec(current.text);
    if (m && !CLASS_OF_INDICATORS.test(m[1].trim())) items.push({ ordinal: current.ordinal, name: m[1].trim(), text: current.text, line: current.line });
    current = null;
  };
  let i = from;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (stopAt.has(line.no)) break;
    const m = ITEM.exec(line.text);
    if (m) {
      close();
      current = { ordinal: numeralValue(m[1] ?? m[2] ?? m[3]) ?? 0, text: m[4], line: line.no };
    } else if (current) {
      current.text = joinWrapped(current.text, line.text);
    }
  }
  close();
  return { items, end: i };
}

/** Sets the definition, and the unit of a score on an N-point scale (5 分制) when none was printed. */
function define(indicator: IndicatorDef, text: string): void {
  indicator.definition = text;
  if (!indicator.unit && /\d+\s*分制/.test(text)) indicator.unit = '分';
}

const SAME = 0.6;
const ORDER_BONUS = 0.15;

export function addDefinitions(lines: readonly DocLine[], indicators: readonly IndicatorDef[], stopAt: ReadonlySet<number>): Uncertainty[] {
  const uncertainties: Uncertainty[] = [];
  const tableRows = indicators.filter((i) => i.table && !i.parent);
  for (let i = 0; i < lines.length; i++) {
    if (!SECTION.test(lines[i].text.replace(/\s+/g, ''))) continue;
    const { items, end } = readItems(lines, i + 1, stopAt);
    i = end - 1;
    for (const item of items) {
      let best: IndicatorDef | null = null;
      let bestScore = 0;
      tableRows.forEach((indicator, index) => {
        if (indicator.definition) return;
        const similarity = Math.max(...[indicator.name, ...(indicator.aliases ?? [])].map((n) => nameSimilarity(n, item.name)));
        const score = similarity + (index + 1 === item.ordinal ? ORDER_BONUS : 0);
        if (similarity >= SAME && score > bestScore) {
          best = indicator;
          bestScore = score;
        }
      });
      if (best) define(best as IndicatorDef, item.text);
      else {
        uncertainties.push(
          uncertainty('definition-unmatched', item.line, `指标解释“${item.name}”未找到对应的指标`, `The definition of "${item.name}" matches no indicator of the tables`),
        );
      }
    }
  }
  return uncertainties;
}
