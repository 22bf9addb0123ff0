import { CloseCircleOutlined, InfoCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { Breadcrumb, Tag, Typography, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { LocalizedText } from '../../api/client.js';
import { useApiData } from '../../api/useApiData.js';
import { DataTable } from '../../components/DataTable.js';
import { LoadError } from '../../components/LoadError.js';
import { PageLoading } from '../../components/PageLoading.js';
import { useDocumentTitle } from '../../components/useDocumentTitle.js';
import { useI18n } from '../../i18n/context.js';

type Severity = 'error' | 'warning' | 'info';

interface Finding {
  id: number;
  code: string;
  severity: Severity;
  message: LocalizedText;
  indicator: { code: string; name: string } | null;
  lines: number[] | null;
}

interface Findings {
  plan: { code: string; title: string };
  summary: { total: number; error: number; warning: number; info: number };
  items: Finding[];
}

const LOOK: Record<Severity, { colour: string; icon: ReactNode }> = {
  error: { colour: 'error', icon: <CloseCircleOutlined /> },
  warning: { colour: 'warning', icon: <WarningOutlined /> },
  info: { colour: 'default', icon: <InfoCircleOutlined /> },
};

/** The consistency findings stored when the plan was imported, each linked to the indicator it concerns. */
export default function FindingsPage() {
  const { code = '' } = useParams();
  const { t, locale } = useI18n();
  const { data, error, loading, reload } = useApiData<Findings>(`/api/plans/${encodeURIComponent(code)}/findings`);
  useDocumentTitle(data ? t('findings.title', { plan: data.plan.title }) : null);
  if (error !== null) return <LoadError error={error} onRetry={reload} />;
  if (loading || !data) return <PageLoading />;
  const dash = t('common.empty');

  const columns: TableColumnsType<Finding> = [
    {
      title: t('findings.col.severity'),
      dataIndex: 'severity',
      width: 90,
      render: (severity: Severity) => (
        <Tag color={LOOK[severity].colour} icon={LOOK[severity].icon}>
          {t(`findings.severity.${severity}`)}
        </Tag>
      ),
    },
    {
      title: t('findings.col.indicator'),
      key: 'indicator',
      width: 200,
      render: (_, f) => (f.indicator ? <Link to={`/indicators/${encodeURIComponent(f.indicator.code)}`}>{f.indicator.name}</Link> : dash),
    },
    { title: t('findings.col.message'), key: 'message', render: (_, f) => f.message[locale] },
    { title: t('findings.col.lines'), dataIndex: 'lines', width: 110, render: (lines: number[] | null) => (lines && lines.length > 0 ? lines.join(t('common.listSeparator')) : dash) },
  ];

  return (
    <>
      <Breadcrumb style={{ marginBottom: 16 }} items={[{ title: <Link to={`/plans/${encodeURIComponent(code)}`}>{data.plan.title}</Link> }]} />
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        {t('findings.title', { plan: data.plan.title })}
      </Typography.Title>
      <Typography.Paragraph role="status">{t('findings.summary', data.summary)}</Typography.Paragraph>
      <DataTable<Finding> label={t('findings.tableLabel')} rowKey="id" columns={columns} rows={data.items} tableLayout="fixed" scroll={{ x: 900 }} empty={t('findings.empty')} />
    </>
  );
}
