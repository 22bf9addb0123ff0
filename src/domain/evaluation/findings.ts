/**
 * The consistency and data-quality findings an evaluation freezes with its results, so that its
 * report names the doubts about the figures as they stood when it was made. Pure types and helpers.
 */
import type { Message } from '../plan/problem.js';
import { decimalsOf, roundHalfUp } from '../rounding.js';

export type FindingSeverity = 'error' | 'warning' | 'info';

export interface IndicatorRef {
  code: string;
  name: string;
}

/** A contradiction in the plan document's own figures, as stored when the plan was imported. */
export interface FrozenConsistencyFinding {
  code: string;
  severity: FindingSeverity;
  indicator: IndicatorRef | null;
  message: Message;
  /** The figures that disagree, as printed or as computed from the document. */
  values: number[];
  /** Lines of the plan document where those figures are printed. */
  lines: number[];
}

/** A validation-rule, bounds or year-on-year violation in the data behind the evaluation's indicators. */
export interface FrozenQualityFinding {
  kind: 'rule' | 'bounds' | 'change';
  severity: FindingSeverity;
  orgUnit: string;
  period: string;
  /** The value's data element (bounds and change), or null for a rule. */
  dataElement: string | null;
  rule: string | null;
  /** The evaluation's indicators computed from the data concerned. */
  indicators: IndicatorRef[];
  /** The value and the one it was compared with: previous and current, a rule's two sides, or the value out of bounds. */
  values: number[];
  message: Message;
}

export interface SnapshotFindings {
  consistency: FrozenConsistencyFinding[];
  dataQuality: FrozenQualityFinding[];
}

function numbers(values: unknown[]): number[] {
  return values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
}

/**
 * The figures a stored consistency finding compares, read from its details: the conflicting values,
 * the stated and computed rate (rounded as the finding's message shows it), the total and the sum of
 * its parts, or the factors that differ.
 */
export function disagreeingFigures(details: unknown): number[] {
  if (details === null || typeof details !== 'object') return [];
  const d = details as Record<string, unknown>;
  if (Array.isArray(d.values)) return numbers(d.values);
  if (typeof d.stated === 'number' && typeof d.computed === 'number') return [d.stated, roundHalfUp(d.computed, Math.max(2, decimalsOf(d.stated)))];
  if ('total' in d) return numbers([d.total, d.sum]);
  if ('definitionFactor' in d) return numbers([d.definitionFactor, d.factor]);
  if (Array.isArray(d.baselines)) return numbers([...d.baselines, (d.target as { value?: unknown } | undefined)?.value]);
  return [];
}
