import { Empty, Tag, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import type { PlanList, PlanSummary } from '../api/types.js';
import { useApiData } from '../api/useApiData.js';
import { DataTable } from '../components/DataTable.js';
import { LoadError } from '../components/LoadError.js';
import { PlanStatusTag } from '../components/StatusTags.js';
import { useDocumentTitle } from '../components/useDocumentTitle.js';
import { useI18n } from '../i18n/context.js';

export default function PlansPage() {
  const { t } = useI18n();
  const { data, error, loading, reload } = useApiData<PlanList>('/api/plans');
  useDocumentTitle(t('plans.title'));

  const count = (key: keyof PlanSummary['counts']) => ({
    title: t(`plans.col.${key}`),
    key,
    align: 'right' as const,
    render: (_: unknown, plan: PlanSummary) => plan.counts[key],
  });

  const columns: TableColumnsType<PlanSummary> = [
    {
      title: t('plans.col.title'),
      dataIndex: 'title',
      render: (title: string, plan) => <Link to={`/plans/${encodeURIComponent(plan.code)}`}>{title}</Link>,
    },
    { title: t('plans.col.region'), key: 'region', render: (_, plan) => plan.region.name },
    {
      title: t('plans.col.period'),
      key: 'period',
      render: (_, plan) => t('common.period', { start: plan.periodStart, end: plan.periodEnd }),
    },
    {
      title: t('plans.col.status'),
      dataIndex: 'status',
      render: (_, plan) => (
        <>
          <PlanStatusTag status={plan.status} />
          {plan.published && <Tag color="green">{t('plan.published')}</Tag>}
        </>
      ),
    },
    count('indicators'),
    count('targets'),
    count('tasks'),
    count('projects'),
  ];

  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        {t('plans.title')}
      </Typography.Title>
      <Typography.Paragraph>
        <Link to="/plans/import">{t('plans.import')}</Link>
      </Typography.Paragraph>
      {error !== null ? (
        <LoadError error={error} onRetry={reload} />
      ) : (
        <DataTable<PlanSummary>
          label={t('plans.tableLabel')}
          rowKey="code"
          size="middle"
          columns={columns}
          rows={data?.items ?? []}
          loading={loading}
          empty={<Empty description={t('plans.empty')} />}
        />
      )}
    </>
  );
}
