import { Space } from 'antd';
import type { EvaluationSummary } from '../../../domain/evaluation/snapshot.js';
import { PROGRESS_STATUSES, ProgressTag } from '../scorecard/ProgressTag.js';

/** The statuses an evaluation found, each with its count; statuses no indicator has are left out. */
export function StatusCounts({ counts }: { counts: EvaluationSummary['indicators'] }) {
  return (
    <Space wrap size={4}>
      {PROGRESS_STATUSES.filter((s) => counts.byStatus[s] > 0).map((s) => (
        <span key={s}>
          <ProgressTag status={s} />
          {counts.byStatus[s]}
        </span>
      ))}
    </Space>
  );
}
