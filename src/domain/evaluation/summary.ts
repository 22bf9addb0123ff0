import type { ProgressStatus } from '../progress/index.js';
import { STATUS_LABELS } from '../progress/index.js';
import type { StatusCounts } from './snapshot.js';

/** Indicators counted by status, every status present (0 when none); null is an indicator without a target. */
export function countStatuses(statuses: readonly (ProgressStatus | null)[]): StatusCounts {
  const byStatus = Object.fromEntries(Object.keys(STATUS_LABELS).map((s) => [s, 0])) as Record<ProgressStatus, number>;
  let noTarget = 0;
  for (const status of statuses) {
    if (status === null) noTarget++;
    else byStatus[status]++;
  }
  return { total: statuses.length, byStatus, noTarget };
}
