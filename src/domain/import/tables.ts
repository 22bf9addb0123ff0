import type { DocLine } from './lines.js';
import { readHeader, type IndicatorHeader, type ProjectHeader } from './table-header.js';
import { readTableBody, type TableBody } from './table-rows.js';

export interface FoundTable<H> {
  header: H;
  body: TableBody;
}

export interface DocumentTables {
  indicator: Array<FoundTable<IndicatorHeader>>;
  project: Array<FoundTable<ProjectHeader>>;
  /** Line numbers inside any table, header included. */
  lineNumbers: Set<number>;
}

/** Every indicator table and project table of the document, in order. */
export function findTables(lines: readonly DocLine[]): DocumentTables {
  const found: DocumentTables = { indicator: [], project: [], lineNumbers: new Set() };
  for (let i = 0; i < lines.length; i++) {
    const header = readHeader(lines, i);
    if (!header) continue;
    const body = readTableBody(lines, header);
    if (body.rows.length === 0) continue;
    if (header.kind === 'indicator') found.indicator.push({ header, body });
    else found.project.push({ header, body });
    for (let j = header.start; j < body.end; j++) found.lineNumbers.add(lines[j].no);
    i = body.end - 1;
  }
  return found;
}
