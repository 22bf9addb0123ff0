import type { ProgressStatus } from '../progress/index.js';
import { STATUS_LABELS } from '../progress/index.js';
import type { StatusCounts } from './snapshot.js';

/** How often each key occurs in `values`, every key present (0 when absent). */
export function countBy<K extends string>(keys: readonly K[], values: readonly K[]): Record<K, number> {
  const counts = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const v of values) counts[v]++;
  return counts;
}

/** Indicators counted by status, every status present; null is an indicator without a target. */
export function countStatuses(statuses: readonly (ProgressStatus | null)[]): StatusCounts {
  const judged = statuses.filter((s): s is ProgressStatus => s !== null);
  return { total: statuses.length, byStatus: countBy(Object.keys(STATUS_LABELS) as ProgressStatus[], judged), noTarget: statuses.length - judged.length };
}
