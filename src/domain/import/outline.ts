import type { OutlineNode } from '../plan/format.js';
import { parseHeading, type Heading } from './headings.js';
import type { DocLine } from './lines.js';

const LIST_APPENDIX = /^(?:指标说明|指标解释|名词解释)$/;
const LIST_ITEM_RANK = 3;

export interface OutlineEntry extends OutlineNode {
  heading: Heading;
  /** Index of the parent entry, or -1 at the top. */
  parent: number;
  /** Index in the DocLine array of the heading line. */
  index: number;
}

export interface Outline {
  entries: OutlineEntry[];
  /** For every DocLine, the index of the innermost entry it belongs to, or -1 before the first heading. */
  owner: number[];
}

/**
 * The outline of the document: headings nested by rank. Lines inside tables are skipped,
 * since a table cell such as "1.3 左右" or "一、二级医院" is not a heading.
 */
export function buildOutline(lines: readonly DocLine[], skip: ReadonlySet<number>): Outline {
  const entries: OutlineEntry[] = [];
  const owner: number[] = [];
  const stack: number[] = [];
  lines.forEach((line, index) => {
    let heading = skip.has(line.no) ? null : parseHeading(line.text);
    // An appendix of explanations is a numbered list whose items are text, not headings.
    const inList = stack.some((at) => LIST_APPENDIX.test(entries[at].heading.marker));
    if (heading && inList && heading.rank >= LIST_ITEM_RANK) heading = null;
    if (heading) {
      while (stack.length > 0 && entries[stack[stack.length - 1]].heading.rank >= heading.rank) stack.pop();
      const parent = stack.length > 0 ? stack[stack.length - 1] : -1;
      const path = parent >= 0 ? `${entries[parent].path}/${heading.marker}` : heading.marker;
      entries.push({ path, title: heading.title, level: stack.length + 1, line: line.no, heading, parent, index });
      stack.push(entries.length - 1);
    }
    owner.push(stack.length > 0 ? stack[stack.length - 1] : -1);
  });
  return { entries, owner };
}

/** Whether entry `inner` lies inside entry `outer` (or is it). */
export function isWithin(outline: Outline, inner: number, outer: number): boolean {
  for (let at = inner; at >= 0; at = outline.entries[at].parent) if (at === outer) return true;
  return false;
}

/** Plain outline nodes for the plan document. */
export function outlineNodes(outline: Outline): OutlineNode[] {
  return outline.entries.map(({ path, title, level, line }) => ({ path, title, level, line }));
}
