/** The answer of POST /api/data/imports (docs/data-collection.md), line by line. */
import type { LocalizedText } from '../../../api/client.js';

export type RowAction = 'create' | 'update' | 'unchanged' | 'reject';

export interface RowOutcome {
  row: number;
  action: RowAction;
  dataElement: string;
  orgUnit: string;
  period: string;
  categoryOptionCombo: string;
  value: string | number;
  previous?: number;
  reason?: LocalizedText;
}

export interface ImportSummary {
  status: 'SUCCESS' | 'WARNING' | 'ERROR';
  dryRun: boolean;
  importCount: { imported: number; updated: number; ignored: number; deleted: number };
  conflicts: Array<{ object: string; value: string; errorCode: string; indexes: number[] }>;
  rows: RowOutcome[];
  truncated: boolean;
  rejected: number;
}

export type ImportLine =
  | { processed: number }
  | { summary: ImportSummary }
  | { error: { code: string; messageZh: string; messageEn: string; field?: string } };
