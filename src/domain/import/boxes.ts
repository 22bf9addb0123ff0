import type { FeatureBoxDef, FeatureBoxItem } from '../plan/format.js';
import type { DocLine } from './lines.js';
import { numeralValue } from './numerals.js';
import type { Outline } from './outline.js';
import { joinWrapped } from './wrap-join.js';

/**
 * 专栏 boxes: "专栏 1 全民健康服务体系建设重点工程" followed by numbered items ("01 健康联合体
 * 建设项目") each with its text. A box ends at the next heading, the next box, or a table.
 */
export interface FoundBoxes {
  boxes: FeatureBoxDef[];
  /** Lines of box titles and item titles, where running text breaks. */
  titleLines: Set<number>;
}

const BOX = /^专栏\s*([0-9]{1,2}|[一二三四五六七八九十]+)\s*[:：]?\s*(.*)$/;
const ITEM = /^(\d{1,2})\s*[.、．]?\s+(\S.{0,40})$|^(\d{1,2})[.、．](\S.{0,40})$/;

export function findBoxes(lines: readonly DocLine[], outline: Outline, skip: ReadonlySet<number>, document?: string): FoundBoxes {
  const headingLines = new Set(outline.entries.map((e) => e.line));
  const boxes: FeatureBoxDef[] = [];
  const titleLines = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const m = BOX.exec(lines[i].text);
    if (!m || skip.has(lines[i].no)) continue;
    const owner = outline.owner[i];
    let title = m[2].trim();
    let j = i + 1;
    if (title === '' && j < lines.length) title = lines[j++].text;
    titleLines.add(lines[i].no);
    const items: FeatureBoxItem[] = [];
    let expected = 1;
    for (; j < lines.length; j++) {
      const line = lines[j];
      if (headingLines.has(line.no) || skip.has(line.no) || BOX.test(line.text)) break;
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
    boxes.push({
      code: m[1],
      title,
      path: owner >= 0 ? outline.entries[owner].path : null,
      items,
      source: { document, line: lines[i].no },
    });
    i = j - 1;
  }
  return { boxes, titleLines };
}
