import type { Message } from '../problem.js';

export type Severity = 'error' | 'warning' | 'info';

/**
 * A contradiction or oddity in a plan's own figures, for a planner to look at: the document
 * said it, the product shows it rather than hiding it.
 */
export interface Finding {
  /** Stable identifier, e.g. "PLAN_BASELINE_CONFLICT". */
  code: string;
  severity: Severity;
  message: Message;
  /** Code of the indicator concerned, when there is one. */
  indicator?: string;
  /** Lines of the plan document where the figures involved are printed. */
  lines: number[];
  /** The figures involved, for display and for tests. */
  details: Record<string, unknown>;
}

/** The distinct line numbers, in order. */
export function linesOf(...lines: Array<number | undefined | null>): number[] {
  return [...new Set(lines.filter((line): line is number => typeof line === 'number'))].sort((a, b) => a - b);
}

/** An indicator as a reader recognises it: code and name. */
export function labelOf(indicator: { code: string; name: string }): string {
  return `${indicator.code}「${indicator.name}」`;
}
