/** Data collection metadata as GET /api/data/elements, /api/data/sets and /api/org-units answer. */
import type { ValueType } from '../../../../domain/data/value.js';
import type { PeriodType } from '../../../../domain/periods/period.js';

export type AggregationAcross = 'sum' | 'average' | 'none';
export type AggregationOverTime = 'sum' | 'average' | 'last';

export interface DataElement {
  code: string;
  name: string;
  nameEn: string | null;
  unit: string | null;
  valueType: ValueType;
  aggregationAcross: AggregationAcross;
  aggregationOverTime: AggregationOverTime;
  description: string | null;
  min: number | null;
  max: number | null;
  disaggregations: string[];
  version: number;
}

export interface DataSet {
  code: string;
  name: string;
  periodType: PeriodType;
  openFrom: string | null;
  openUntil: string | null;
  version: number;
  elements: string[];
  orgUnits: string[];
}

export interface OrgUnitItem {
  code: string;
  name: string;
  level: string;
  parent: string | null;
}

export const PERIOD_TYPES: PeriodType[] = ['yearly', 'sixmonthly', 'quarterly', 'monthly'];
