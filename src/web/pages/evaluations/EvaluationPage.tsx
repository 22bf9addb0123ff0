import { FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Card, Space, Typography, type TableColumnsType } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useApiData } from '../../api/useApiData.js';
import { DataTable } from '../../components/DataTable.js';
import { LoadError } from '../../components/LoadError.js';
import { PageLoading } from '../../components/PageLoading.js';
import { useDocumentTitle } from '../../components/useDocumentTitle.js';
import { useI18n } from '../../i18n/context.js';
import { ProgressTag } from '../scorecard/ProgressTag.js';
import { SampleBanner, SampleMark } from '../scorecard/SampleMark.js';
import { FrozenFindings } from './FrozenFindings.js';
import { StatusCounts } from './StatusCounts.js';
import type { Evaluation, FrozenIndicator } from './types.js';

/** One evaluation's frozen results, exactly as stored when it was created. */
export default function EvaluationPage() {
  const { code = '', id = '' } = useParams();
  const { t } = useI18n();
  const { data, error, loading, reload } = useApiData<Evaluation>(`/api/evaluations/${encodeURIComponent(id)}`);
  const title = data ? t('eval.detailTitle', { kind: t(`eval.kind.${data.kind}`), year: data.year, plan: data.snapshot.plan.title }) : null;
  useDocumentTitle(title);
  if (error !== null) return <LoadError error={error} onRetry={reload} />;
  if (loading || !data || !title) return <PageLoading />;
  const dash = t('common.empty');

  const columns: TableColumnsType<FrozenIndicator> = [
    { title: t('indicators.col.category'), dataIndex: 'category', width: 90, render: (c: string | null) => c ?? dash },
    { title: t('indicators.col.name'), dataIndex: 'name', width: 220 },
    {
      title: t('indicators.col.baseline'),
      key: 'baseline',
      width: 130,
      render: (_, i) => (i.baseline ? `${i.baseline.text ?? i.baseline.value}${t('indicators.baselineYear', { year: i.baseline.year })}` : dash),
    },
    { title: t('indicators.col.targets'), key: 'targets', width: 160, render: (_, i) => (i.targets.length === 0 ? dash : i.targets.map((x) => x.text).join(t('common.listSeparator'))) },
    {
      title: t('scorecard.col.latest'),
      key: 'latest',
      width: 150,
      render: (_, i) =>
        i.latest ? (
          <>
            {i.latest.roundedValue} {i.unit ?? ''}
            {t('scorecard.latestYear', { year: i.latest.year })} {i.values.some((v) => v.year === i.latest?.year && v.usesSamples) && <SampleMark />}
          </>
        ) : (
          dash
        ),
    },
    { title: t('scorecard.col.status'), key: 'status', width: 130, render: (_, i) => <ProgressTag status={i.status} /> },
  ];

  return (
    <>
      <Breadcrumb style={{ marginBottom: 16 }} items={[{ title: <Link to={`/plans/${encodeURIComponent(code)}/evaluations`}>{t('eval.backToList')}</Link> }]} />
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        {title}
      </Typography.Title>
      {data.usesSamples && <SampleBanner />}
      <Typography.Paragraph type="secondary">{t('eval.frozen', { time: data.createdAt.slice(0, 16).replace('T', ' '), user: data.createdBy ?? dash })}</Typography.Paragraph>
      <Space style={{ marginBottom: 16 }}>
        <Button icon={<FileWordOutlined />} href={`/api/evaluations/${encodeURIComponent(id)}/report.docx`}>
          {t('eval.downloadDocx')}
        </Button>
        <Button icon={<FileExcelOutlined />} href={`/api/evaluations/${encodeURIComponent(id)}/report.xlsx`}>
          {t('eval.downloadXlsx')}
        </Button>
      </Space>
      <Card size="small" title={t('scorecard.summary', { total: data.summary.indicators.total })} style={{ marginBottom: 16 }}>
        <StatusCounts counts={data.summary.indicators} />
      </Card>
      <DataTable<FrozenIndicator> label={t('eval.indicatorsLabel')} rowKey="code" columns={columns} rows={data.snapshot.indicators} tableLayout="fixed" scroll={{ x: 880 }} empty={t('indicators.empty')} />
      <FrozenFindings findings={data.snapshot.findings} />
    </>
  );
}
