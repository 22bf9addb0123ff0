import { App, Alert, Breadcrumb, Button, Card, Flex, Select, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api } from '../../api/client.js';
import type { PlanDetail } from '../../api/types.js';
import { useApiData } from '../../api/useApiData.js';
import { DataTable } from '../../components/DataTable.js';
import { LoadError } from '../../components/LoadError.js';
import { PageLoading } from '../../components/PageLoading.js';
import { useDocumentTitle } from '../../components/useDocumentTitle.js';
import { useI18n } from '../../i18n/context.js';
import { SampleMark } from '../scorecard/SampleMark.js';
import { StatusCounts } from './StatusCounts.js';
import type { EvaluationKind, EvaluationMeta } from './types.js';

const KINDS: EvaluationKind[] = ['annual', 'midterm', 'final'];

export default function EvaluationsPage() {
  const { code = '' } = useParams();
  const { t, errorText } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const planPath = `/api/plans/${encodeURIComponent(code)}`;
  const plan = useApiData<PlanDetail>(planPath);
  const list = useApiData<{ items: EvaluationMeta[] }>(`${planPath}/evaluations`);
  const [kind, setKind] = useState<EvaluationKind>('annual');
  const [year, setYear] = useState<number | null>(null);
  const [creating, setCreating] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  useDocumentTitle(plan.data ? t('eval.title', { plan: plan.data.plan.title }) : null);

  const error = plan.error ?? list.error;
  if (error !== null) return <LoadError error={error} onRetry={() => (plan.reload(), list.reload())} />;
  if (!plan.data || !list.data) return <PageLoading />;
  const head = plan.data.plan;
  const years: number[] = [];
  for (let y = head.periodStart; y <= head.periodEnd; y += 1) years.push(y);
  const chosenYear = year ?? head.periodEnd;

  const create = async () => {
    setCreating(true);
    setFailure(null);
    try {
      const created = await api.post<EvaluationMeta>(`${planPath}/evaluations`, { kind, year: chosenYear });
      void message.success(t('eval.created', { kind: t(`eval.kind.${kind}`), year: chosenYear }));
      navigate(`/plans/${encodeURIComponent(code)}/evaluations/${created.id}`);
    } catch (err) {
      setFailure(err);
    } finally {
      setCreating(false);
    }
  };

  const columns: TableColumnsType<EvaluationMeta> = [
    { title: t('eval.col.kind'), dataIndex: 'kind', width: 110, render: (k: EvaluationKind) => t(`eval.kind.${k}`) },
    { title: t('eval.col.year'), dataIndex: 'year', width: 80 },
    {
      title: t('eval.col.summary'),
      key: 'summary',
      render: (_, e) => (
        <>
          <StatusCounts counts={e.summary.indicators} /> {e.usesSamples && <SampleMark />}
        </>
      ),
    },
    { title: t('eval.col.published'), dataIndex: 'published', width: 90, render: (p: boolean) => <Tag>{t(p ? 'eval.published' : 'eval.notPublished')}</Tag> },
    { title: t('eval.col.createdAt'), dataIndex: 'createdAt', width: 180, render: (at: string, e) => `${at.slice(0, 16).replace('T', ' ')} ${e.createdBy ?? ''}` },
    {
      title: t('board.col.action'),
      key: 'view',
      width: 80,
      render: (_, e) => (
        <Link to={`/plans/${encodeURIComponent(code)}/evaluations/${e.id}`} aria-label={`${t('eval.view')} ${t(`eval.kind.${e.kind}`)} ${e.year}`}>
          {t('eval.view')}
        </Link>
      ),
    },
  ];

  return (
    <>
      <Breadcrumb style={{ marginBottom: 16 }} items={[{ title: <Link to={`/plans/${encodeURIComponent(code)}`}>{head.title}</Link> }]} />
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        {t('eval.title', { plan: head.title })}
      </Typography.Title>
      <Card size="small" title={t('eval.create')} style={{ marginBottom: 16 }}>
        <Flex wrap gap={12} align="center">
          <label>
            {t('eval.kind')}{' '}
            <Select aria-label={t('eval.kind')} style={{ minWidth: 140 }} value={kind} onChange={setKind} options={KINDS.map((k) => ({ value: k, label: t(`eval.kind.${k}`) }))} />
          </label>
          <label>
            {t('eval.year')}{' '}
            <Select aria-label={t('eval.year')} style={{ minWidth: 110 }} value={chosenYear} onChange={setYear} options={years.map((y) => ({ value: y, label: t('common.year', { year: y }) }))} />
          </label>
          <Button type="primary" loading={creating} onClick={() => void create()}>
            {t('eval.submit')}
          </Button>
        </Flex>
        {failure !== null && <Alert type="error" showIcon role="alert" title={t('eval.createFailed')} description={errorText(failure)} style={{ marginTop: 12 }} />}
      </Card>
      <DataTable<EvaluationMeta> label={t('eval.listLabel')} rowKey="id" columns={columns} rows={list.data.items} empty={t('eval.empty')} />
    </>
  );
}
