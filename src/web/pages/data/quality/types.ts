/** GET /api/data/quality as the quality page reads it. */
import type { LocalizedText } from '../../../api/client.js';

export interface Violation {
  kind: 'rule' | 'bounds' | 'change';
  orgUnit: string;
  period: string;
  dataElement?: string;
  disaggregation?: string;
  rule?: string;
  left?: number;
  right?: number;
  operator?: string;
  value?: number;
  previous?: number;
  message: LocalizedText;
}

export interface QualityReport {
  orgUnit: string;
  dataSet: string | null;
  period: string;
  periodTo: string;
  violations: Violation[];
}

/** The entry grid's address of the form holding a finding's cell (the entry page reads these parameters). */
export function entryLink(dataSet: string, v: Pick<Violation, 'orgUnit' | 'period'>): string {
  return `/data/entry?${new URLSearchParams({ dataSet, orgUnit: v.orgUnit, period: v.period })}`;
}
