import type { Message } from '../plan/problem.js';

/** Kinds of doubt the importer reports; stable identifiers for tools and tests. */
export type UncertaintyKind =
  | 'title-missing'
  | 'region-missing'
  | 'region-code'
  | 'period-missing'
  | 'no-indicator-table'
  | 'row-unreadable'
  | 'sequence-typo'
  | 'target-qualitative'
  | 'unit-missing'
  | 'baseline-not-a-number'
  | 'sub-row'
  | 'definition-unmatched'
  | 'prose-target-year'
  | 'prose-target-unparsed'
  | 'project-row-unreadable';

/** Something the importer proposes but a person should check, at a line of the document. */
export interface Uncertainty {
  line: number | null;
  kind: UncertaintyKind;
  message: Message;
}

export function uncertainty(kind: UncertaintyKind, line: number | null, zh: string, en: string): Uncertainty {
  return { line, kind, message: { zh, en } };
}
