import type { FeatureBoxDef, FeatureBoxItem } from '../plan/format.js';
import { parseHeading } from './headings.js';
import type { DocLine } from './lines.js';
import { numeralValue } from './numerals.js';
import type { Outline } from './outline.js';
import { joinWrapped } from './wrap-join.js';

/**
 * 专栏 boxes: "专栏 1 全民健康服务体系建设重点工程" followed by numbered items ("01 健康联合体
 * 建设项目", "1.疾控中心能力提升工程") each with its text. A box ends at the next heading above
 * the level of numbered items, the next box, or a table. Boxes are found before the outline,
 * whose numbered headings their items would otherwise be taken for.
 */
export interface FoundBox {
  box: FeatureBoxDef;
  /** DocLine index of the box title. */
  index: number;
}

export interface FoundBoxes {
  boxes: FoundBox[];
  /** Every line of every box. */
  lineNumbers: Set<number>;
  /** Lines of box titles and item titles, where running text breaks. */
  titleLines: Set<number>;
}

const BOX = /^专栏\s*([0-9]{1,2}|[一二三四五六七八九十]+)\s*[:：]?\s*(.*)$/;
const ITEM = /^(\d{1,2})\s*[.、．]?\s+(\S.{0,40})$|^(\d{1,2})[.、．](\S.{0,40})$/;
/** Numbered items of a box look like the lowest headings; anything above them ends the box. */
const ITEM_RANK = 4;

function endsBox(line: DocLine, skip: ReadonlySet<number>): boolean {
  if (skip.has(line.no) || BOX.test(line.text)) return true;
  const heading = parseHeading(line.text);
  return heading !== null && heading.rank < ITEM_RANK;
}

export function findBoxes(lines: readonly DocLine[], skip: ReadonlySet<number>, document?: string): FoundBoxes {
  const found: FoundBox[] = [];
  const lineNumbers = new Set<number>();
  const titleLines = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const m = BOX.exec(lines[i].text);
    if (!m || skip.has(lines[i].no)) continue;
    let title = m[2].trim();
    let j = i + 1;
    if (title === '' && j < lines.length) title = lines[j++].text;
    const items: FeatureBoxItem[] = [];
    let expected = 1;
    for (; j < lines.length && !endsBox(lines[j], skip); j++) {
      const line = lines[j];
      const item = ITEM.exec(line.text);
      const number = item ? numeralValue(item[1] ?? item[3]) : null;
      const itemTitle = item ? (item[2] ?? item[4]).trim() : '';
      if (item && number === expected && !/[。；]/.test(itemTitle)) {
        items.push({ title: itemTitle, text: null, line: line.no });
        titleLines.add(line.no);
        expected += 1;
      } else if (items.length > 0) {
        const last = items[items.length - 1];
        last.text = joinWrapped(last.text ?? '', line.text);
      } else {
        items.push({ title: line.text, text: null, line: line.no });
      }
    }
    for (let k = i; k < j; k++) lineNumbers.add(lines[k].no);
    titleLines.add(lines[i].no);
    found.push({ box: { code: m[1], title, path: null, items, source: { document, line: lines[i].no } }, index: i });
    i = j - 1;
  }
  return { boxes: found, lineNumbers, titleLines };
}

/** The boxes placed in the outline: each belongs to the section it is printed in. */
export function placeBoxes(found: FoundBoxes, outline: Outline): FeatureBoxDef[] {
  return found.boxes.map(({ box, index }) => {
    const owner = outline.owner[index];
    return { ...box, path: owner >= 0 ? outline.entries[owner].path : null };
  });
}
