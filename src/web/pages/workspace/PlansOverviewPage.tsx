import { Empty, Space, Tag, Typography, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useApiData } from '../../api/useApiData.js';
import { DataTable } from '../../components/DataTable.js';
import { LoadError } from '../../components/LoadError.js';
import { PlanStatusTag } from '../../components/StatusTags.js';
import { useDocumentTitle } from '../../components/useDocumentTitle.js';
import { useI18n } from '../../i18n/context.js';
import type { MessageKey } from '../../i18n/zh.js';
import type { PlanState, WorkspaceArea } from './types.js';

/** Counts by status as small tags, only the statuses that occur. */
function Counts({ counts, label }: { counts: Record<string, number>; label: (key: string) => string }) {
  const present = Object.entries(counts).filter(([, n]) => n > 0);
  if (present.length === 0) return <>{'—'}</>;
  return (
    <Space size={[4, 4]} wrap>
      {present.map(([key, n]) => (
        <Tag key={key}>
          {label(key)} {n}
        </Tag>
      ))}
    </Space>
  );
}

/**
 * A side-menu area (任务, 项目, 评估) across every plan: each plan with the state of its tasks,
 * projects or evaluations, leading to that plan's board.
 */
export default function PlansOverviewPage({ area }: { area: WorkspaceArea }) {
  const { t } = useI18n();
  const { data, error, loading, reload } = useApiData<{ items: PlanState[] }>('/api/workspace/plans');
  const title = t(`workspace.${area}.title`);
  useDocumentTitle(title);
  const dash = t('common.empty');
  const board = (plan: PlanState) => `/plans/${encodeURIComponent(plan.code)}/${area}`;
  const warning = (n: number, key: MessageKey) => (n > 0 ? <Tag color="error">{t(key, { count: n })}</Tag> : dash);

  const specific: Record<WorkspaceArea, TableColumnsType<PlanState>> = {
    tasks: [
      { title: t('workspace.col.total'), key: 'total', align: 'right', width: 80, render: (_, p) => p.tasks.total },
      { title: t('workspace.col.byStatus'), key: 'byStatus', render: (_, p) => <Counts counts={p.tasks.byStatus} label={(s) => t(`tasks.status.${s}` as MessageKey)} /> },
      { title: t('workspace.col.warnings'), key: 'overdue', width: 120, render: (_, p) => warning(p.tasks.overdue, 'workspace.overdue') },
    ],
    projects: [
      { title: t('workspace.col.total'), key: 'total', align: 'right', width: 80, render: (_, p) => p.projects.total },
      {
        title: t('workspace.col.byStage'),
        key: 'byStage',
        render: (_, p) => <Counts counts={p.projects.byStage} label={(s) => t((s === 'unknown' ? 'workspace.stageUnknown' : `projects.stage.${s}`) as MessageKey)} />,
      },
      { title: t('workspace.col.warnings'), key: 'delayed', width: 120, render: (_, p) => warning(p.projects.delayed, 'workspace.delayed') },
    ],
    evaluations: [
      { title: t('workspace.col.total'), key: 'total', align: 'right', width: 80, render: (_, p) => p.evaluations.total },
      { title: t('workspace.col.published'), key: 'published', align: 'right', width: 90, render: (_, p) => p.evaluations.published },
      {
        title: t('workspace.col.latest'),
        key: 'latest',
        render: (_, p): ReactNode => {
          const latest = p.evaluations.latest;
          if (!latest) return dash;
          return (
            <Link to={`/plans/${encodeURIComponent(p.code)}/evaluations/${latest.id}`}>
              {t('eval.detailTitle', { kind: t(`eval.kind.${latest.kind}`), year: latest.year, plan: p.title })}
            </Link>
          );
        },
      },
    ],
  };

  const columns: TableColumnsType<PlanState> = [
    { title: t('plans.col.title'), dataIndex: 'title', width: 260, render: (name: string, p) => <Link to={`/plans/${encodeURIComponent(p.code)}`}>{name}</Link> },
    { title: t('plans.col.period'), key: 'period', width: 110, render: (_, p) => t('common.period', { start: p.periodStart, end: p.periodEnd }) },
    { title: t('plans.col.status'), key: 'status', width: 90, render: (_, p) => <PlanStatusTag status={p.status} /> },
    ...specific[area],
    { title: t('workspace.col.open'), key: 'open', width: 130, render: (_, p) => <Link to={board(p)}>{t(`workspace.${area}.open`)}</Link> },
  ];

  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        {title}
      </Typography.Title>
      <Typography.Paragraph>{t(`workspace.${area}.intro`)}</Typography.Paragraph>
      {error !== null ? (
        <LoadError error={error} onRetry={reload} />
      ) : (
        <DataTable<PlanState> label={title} rowKey="code" columns={columns} rows={data?.items ?? []} loading={loading} empty={<Empty description={t('plans.empty')} />} />
      )}
    </>
  );
}
