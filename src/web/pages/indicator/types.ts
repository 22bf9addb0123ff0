/** One indicator as GET /api/indicators/:code returns it. */
import type { LocalizedText } from '../../api/client.js';
import type { Direction, IndicatorAttribute } from '../../api/types.js';
import type { PlanScope, ProgressStatus, ScopeUnit } from '../scorecard/types.js';

export interface InputValue {
  item: string;
  name: string | null;
  value: number | null;
  /** Distinct provenances and approval statuses of the stored values behind this input. */
  provenance: string[];
  status: string[];
  sources: unknown[];
}

export interface SeriesPoint {
  year: number;
  value: number | null;
  roundedValue: number | null;
  basis: 'computed' | 'reported' | null;
  numerator: number | null;
  denominator: number | null;
  usesSamples: boolean;
  inputs: InputValue[];
}

export interface TargetResult {
  text: string;
  year: number;
  value: number | null;
  source: string | null;
  result: {
    status: ProgressStatus;
    projection: { year: number; value: number; achieved: boolean } | null;
    inputs: { aim: number | null; baseline: { year: number; value: number; roundedValue: number } | null };
  };
  explanation: LocalizedText;
}

export interface IndicatorPage {
  plan: PlanScope;
  orgUnit: ScopeUnit;
  year: number;
  indicator: {
    code: string;
    name: string;
    category: string | null;
    unit: string | null;
    attribute: IndicatorAttribute | null;
    direction: Direction | null;
    definition: string | null;
    canonical: string | null;
    numerator: { expression: string; description: string };
    denominator: { expression: string; description: string } | null;
    items: Array<{ item: string; name: string | null; unit: string | null }>;
  };
  baseline: { year: number; value: number | null; text: string | null } | null;
  targets: TargetResult[];
  primaryTarget: number | null;
  series: SeriesPoint[];
  latest: { year: number; roundedValue: number | null } | null;
  status: ProgressStatus | null;
  statusLabel: LocalizedText | null;
  explanation: LocalizedText | null;
  usesSamples: boolean;
  reference: ReferenceSeries | null;
  breakdown: { year: number; orgUnits: Array<ScopeUnit & { roundedValue: number | null; usesSamples: boolean }> };
}

/** The same indicator at the parent region (北京市 for its districts), drawn as a reference line. */
export interface ReferenceSeries {
  orgUnit: { code: string; name: string };
  values: Array<{ year: number; value: number; provenance: string | null; source: unknown }>;
}
