import { CheckCircleOutlined, ExclamationCircleOutlined, QuestionCircleOutlined } from '@ant-design/icons';
import { App, Alert, Breadcrumb, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { ProjectStage } from '../../api/types.js';
import { useApiData } from '../../api/useApiData.js';
import { DataTable } from '../../components/DataTable.js';
import { LoadError } from '../../components/LoadError.js';
import { PageLoading } from '../../components/PageLoading.js';
import { ProjectStageTag } from '../../components/StatusTags.js';
import { useDocumentTitle } from '../../components/useDocumentTitle.js';
import { useI18n } from '../../i18n/context.js';
import { progressColumns } from '../tasks/board-columns.js';
import { ProgressUpdateForm } from '../tasks/ProgressUpdateForm.js';
import type { BoardProject, ProjectBoard } from './types.js';

const STAGES: ProjectStage[] = ['preparation', 'started', 'structure_done', 'completed', 'in_use'];

export default function ProjectsPage() {
  const { code = '' } = useParams();
  const { t } = useI18n();
  const { message } = App.useApp();
  const [reporting, setReporting] = useState<BoardProject | null>(null);
  const { data, error, loading, reload } = useApiData<ProjectBoard>(`/api/plans/${encodeURIComponent(code)}/projects`);
  useDocumentTitle(data ? t('pboard.title', { plan: data.plan.title }) : null);

  if (error !== null) return <LoadError error={error} onRetry={reload} />;
  if (loading || !data) return <PageLoading />;
  const { totals } = data;
  const close = (saved: boolean) => {
    setReporting(null);
    if (saved) {
      void message.success(t('update.saved'));
      reload();
    }
  };

  return (
    <>
      <Breadcrumb style={{ marginBottom: 16 }} items={[{ title: <Link to={`/plans/${encodeURIComponent(code)}`}>{data.plan.title}</Link> }]} />
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        {t('pboard.title', { plan: data.plan.title })}
      </Typography.Title>
      <Alert
        type="info"
        style={{ marginBottom: 16 }}
        title={t('pboard.investmentTotal', { sum: totals.investment.sum, known: totals.investment.known })}
        description={
          <>
            {totals.investment.unknown > 0 && (
              <div>
                {totals.investment.pending > 0
                  ? t('pboard.investmentUnknown', { unknown: totals.investment.unknown, pending: totals.investment.pending })
                  : t('pboard.investmentUnknownOnly', { unknown: totals.investment.unknown })}
              </div>
            )}
            <div>{t('pboard.bedsTotal', { sum: totals.beds.sum, unknown: totals.beds.unknown })}</div>
            <div>{t('pboard.areaTotal', { sum: totals.floorArea.sum, unknown: totals.floorArea.unknown })}</div>
            <div>{t('pboard.delayedCount', { delayed: totals.delayed, unknown: totals.completionUnknown })}</div>
          </>
        }
      />
      <ProjectTable items={data.items} onReport={setReporting} />
      {reporting && (
        <ProgressUpdateForm
          title={t('board.reportFor', { name: reporting.name })}
          action={`/api/projects/${reporting.id}/updates`}
          today={data.today}
          percent={reporting.percent}
          choice={{ field: 'stage', required: false, initial: reporting.stage ?? undefined, options: STAGES.map((s) => ({ value: s, label: t(`projects.stage.${s}`) })) }}
          onClose={close}
        />
      )}
    </>
  );
}

function Unknown({ text }: { text: string | null }) {
  const { t } = useI18n();
  return (
    <Tag icon={<QuestionCircleOutlined />}>
      {text?.includes('待定') ? t('pboard.pending') : t('pboard.unknown')}
    </Tag>
  );
}

function Delay({ project }: { project: BoardProject }) {
  const { t } = useI18n();
  if (project.delayed === null) return <Typography.Text type="secondary">{t('pboard.noCompletion')}</Typography.Text>;
  return project.delayed ? (
    <Tag color="error" icon={<ExclamationCircleOutlined />}>
      {t('pboard.delayed')}
    </Tag>
  ) : (
    <Tag color="success" icon={<CheckCircleOutlined />}>
      {t('pboard.onSchedule')}
    </Tag>
  );
}

function ProjectTable({ items, onReport }: { items: BoardProject[]; onReport(project: BoardProject): void }) {
  const { t } = useI18n();
  const dash = t('common.empty');
  const columns: TableColumnsType<BoardProject> = [
    {
      title: t('projects.col.name'),
      dataIndex: 'name',
      width: 220,
      render: (name: string, p) => (
        <>
          {name}
          {p.content && (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {p.content}
            </Typography.Text>
          )}
        </>
      ),
    },
    { title: t('pboard.col.location'), dataIndex: 'locationText', width: 130, render: (v: string | null) => v ?? dash },
    { title: t('projects.col.stage'), dataIndex: 'stage', width: 96, render: (stage: ProjectStage | null) => (stage ? <ProjectStageTag stage={stage} /> : dash) },
    {
      title: t('projects.col.investment'),
      key: 'investment',
      width: 110,
      render: (_, p) => (p.investment === null ? <Unknown text={p.investmentText} /> : p.investment),
    },
    { title: t('projects.col.beds'), dataIndex: 'beds', width: 90, render: (v: number | null) => v ?? dash },
    { title: t('projects.col.floorArea'), dataIndex: 'floorArea', width: 120, render: (v: number | null) => v ?? dash },
    { title: t('projects.col.plannedCompletion'), dataIndex: 'plannedCompletion', width: 100, render: (v: string | null) => v ?? dash },
    { title: t('pboard.col.delay'), key: 'delay', width: 110, render: (_, p) => <Delay project={p} /> },
    ...progressColumns<BoardProject>(t, (p) => p.name, onReport),
  ];
  return <DataTable<BoardProject> label={t('pboard.tableLabel')} rowKey="id" columns={columns} rows={items} tableLayout="fixed" scroll={{ x: 1330 }} empty={t('projects.empty')} />;
}
