/** Response shapes of the data entry API (docs/data-collection.md), as the entry page reads them. */
import type { LocalizedText } from '../../../api/client.js';
import type { ValueType } from '../../../../domain/data/value.js';
import type { PeriodType } from '../../../../domain/periods/period.js';

export type FormStatus = 'draft' | 'submitted' | 'approved';

export interface DataSetSummary {
  code: string;
  name: string;
  periodType: PeriodType;
  openFrom: string | null;
  openUntil: string | null;
  elements: string[];
  orgUnits: string[];
}

export interface ElementSummary {
  code: string;
  name: string;
  nameEn?: string | null;
  unit: string | null;
  valueType: ValueType;
  min: number | null;
  max: number | null;
  /** The categoryOptionCombo codes the element is collected by; absent or empty for a plain total. */
  disaggregations?: string[];
}

export interface FormCell {
  dataElement: string;
  name: string;
  unit: string | null;
  valueType: ValueType;
  disaggregation: string;
  value: number | null;
  version: number | null;
  status: FormStatus | null;
  comment: string | null;
  provenance: string | null;
  updatedAt: string | null;
}

export interface EntryForm {
  dataSet: { code: string; name: string; periodType: PeriodType; openFrom: string | null; openUntil: string | null; open: boolean };
  orgUnit: { code: string; name: string };
  period: string;
  status: FormStatus;
  submission: { reopen_reason: string | null; submitted_at: string | null; approved_at: string | null } | null;
  cells: FormCell[];
}

/** A stored value as PUT /api/data/values answers, and as a 409 carries it in `current`. */
export interface StoredCell {
  dataElement: string;
  disaggregation: string;
  value: number;
  version: number;
  status: FormStatus;
  comment: string | null;
  updatedAt: string;
}

export interface RuleViolation {
  rule?: string;
  message: LocalizedText;
}

export interface SavedCell extends StoredCell {
  violations: RuleViolation[];
}

export interface CompletenessUnit {
  code: string;
  name: string;
  status: FormStatus;
  submittedAt: string | null;
  approvedAt: string | null;
  reopenReason: string | null;
  canWrite: boolean;
  canApprove: boolean;
}

export interface Completeness {
  period: string;
  orgUnits: CompletenessUnit[];
  counts: { total: number; submitted: number; approved: number };
}

export interface HistoryItem {
  at: string;
  username: string | null;
  action: string;
  before: { value?: number | null; comment?: string | null } | null;
  after: { value?: number | null; comment?: string | null } | null;
  reason: string | null;
  channel: string;
}
