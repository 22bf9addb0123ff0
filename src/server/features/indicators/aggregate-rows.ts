import type { ApprovalStatus, Provenance } from '../../db/schema.js';

export interface AggregationQuery {
  /** Data element codes; every disaggregation of each comes back, plus nothing for codes that do not exist. */
  elements: readonly string[];
  /** Org units to aggregate at; each one covers its whole subtree. */
  orgUnitIds: readonly number[];
  /** ISO period ids: 2024, 2024S1, 2024Q3, 202403. */
  periods: readonly string[];
  /** Only approved values (what published evaluations are computed from). */
  approvedOnly?: boolean;
  /** Leave out values whose provenance is 'sample'. */
  excludeSamples?: boolean;
  /**
   * Also collect the provenances, approval statuses and sources of the values used (for indicator
   * pages and snapshots); a scorecard does without, which keeps the aggregation lean.
   */
  detailed?: boolean;
}

/** One data element (one disaggregation of it) aggregated at one org unit for one period. */
export interface AggregatedValue {
  orgUnitId: number;
  period: string;
  element: string;
  /** '' for values stored without a disaggregation. */
  disaggregation: string;
  value: number;
  /** How many stored values went into it, and how many of those are sample values. */
  count: number;
  samples: number;
  /** Distinct provenances, approval statuses and sources of those values; empty unless detailed. */
  provenance: Provenance[];
  status: ApprovalStatus[];
  sources: unknown[];
}

/** A data element with its two aggregation rules. */
export interface ElementRules {
  id: number;
  code: string;
  aggregation_across: 'sum' | 'average' | 'none';
  aggregation_over_time: 'sum' | 'average' | 'last';
}

/** What both aggregation paths return for one (org unit, period, element, disaggregation). */
export interface AggregateRow {
  org_unit_id: number;
  period: string;
  element_id: number;
  disaggregation: string;
  /** Across the stored units: the sum, the largest, and how many have a value; the element's rule picks. */
  total: number;
  top: number;
  units: number;
  n: number;
  samples: number;
  provenances: Provenance[][] | null;
  statuses: ApprovalStatus[][] | null;
  sources: unknown[][] | null;
}

export function toAggregatedValues(rows: AggregateRow[], elements: readonly ElementRules[]): AggregatedValue[] {
  const byId = new Map(elements.map((e) => [e.id, e]));
  return rows.map((row) => {
    const element = byId.get(row.element_id)!;
    const across = element.aggregation_across;
    return {
      orgUnitId: row.org_unit_id,
      period: row.period,
      element: element.code,
      disaggregation: row.disaggregation,
      value: across === 'sum' ? Number(row.total) : across === 'average' ? Number(row.total) / Number(row.units) : Number(row.top),
      count: Number(row.n),
      samples: Number(row.samples),
      provenance: distinct(row.provenances),
      status: distinct(row.statuses),
      sources: distinct(row.sources),
    };
  });
}

/** The distinct members of nested lists, in order of first appearance. */
function distinct<T>(groups: T[][] | null): T[] {
  const seen = new Map<string, T>();
  for (const group of groups ?? []) for (const item of group) seen.set(JSON.stringify(item), item);
  return [...seen.values()];
}
