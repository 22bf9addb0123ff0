import { Breadcrumb, Flex, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useApiData } from '../../api/useApiData.js';
import { LazyChart } from '../../charts/LazyChart.js';
import { DataTable } from '../../components/DataTable.js';
import { LoadError } from '../../components/LoadError.js';
import { PageLoading } from '../../components/PageLoading.js';
import { useDocumentTitle } from '../../components/useDocumentTitle.js';
import { useI18n } from '../../i18n/context.js';
import { higherLevelSource } from '../../plan/indicator-table.js';
import { comparisonOption } from './comparison-option.js';
import type { Comparison, ComparisonItem } from './types.js';

export default function ComparisonPage() {
  const { canonicalCode = '' } = useParams();
  const { t, locale } = useI18n();
  const { data, error, loading, reload } = useApiData<Comparison>(`/api/canonical-indicators/${encodeURIComponent(canonicalCode)}/comparison`);
  const name = data ? (locale === 'en' && data.canonical.nameEn ? data.canonical.nameEn : data.canonical.name) : null;
  useDocumentTitle(name ? t('compare.title', { name }) : null);
  const option = useMemo(
    () => (data ? comparisonOption(data.items, { latest: t('compare.latest'), target: t('compare.target') }, data.canonical.unit) : null),
    [data, t],
  );
  if (error !== null) return <LoadError error={error} onRetry={reload} />;
  if (loading || !data || !option || !name) return <PageLoading />;
  const dash = t('common.empty');

  const columns: TableColumnsType<ComparisonItem> = [
    { title: t('compare.col.plan'), key: 'plan', width: 220, render: (_, i) => <Link to={`/plans/${encodeURIComponent(i.plan.code)}`}>{i.plan.title}</Link> },
    { title: t('compare.col.region'), key: 'region', width: 90, render: (_, i) => i.region.name },
    { title: t('compare.col.indicator'), key: 'indicator', width: 180, render: (_, i) => <Link to={`/indicators/${encodeURIComponent(i.indicator.code)}`}>{i.indicator.name}</Link> },
    {
      title: t('indicators.col.baseline'),
      key: 'baselines',
      width: 170,
      render: (_, i) =>
        i.baselines.length === 0
          ? dash
          : i.baselines.map((b, n) => (
              <div key={n}>
                {b.text ?? b.value}
                <Typography.Text type="secondary">{t('indicators.baselineYear', { year: b.year })}</Typography.Text>
              </div>
            )),
    },
    {
      title: t('indicators.col.targets'),
      key: 'targets',
      width: 170,
      render: (_, i) =>
        i.targets.length === 0
          ? dash
          : i.targets.map((x, n) => {
              const higher = higherLevelSource(x);
              return (
                <div key={n}>
                  {x.text} <Typography.Text type="secondary">{t('indicators.targetYear', { year: x.year })}</Typography.Text>
                  {higher && <Tag>{t('indicators.targetSource', { source: higher })}</Tag>}
                </div>
              );
            }),
    },
    {
      title: t('scorecard.col.latest'),
      key: 'latest',
      width: 120,
      render: (_, i) => (i.latest ? `${i.latest.roundedValue}${t('scorecard.latestYear', { year: i.latest.year })}` : dash),
    },
  ];

  return (
    <>
      <Breadcrumb style={{ marginBottom: 16 }} items={[{ title: <Link to="/compare">{t('compare.backToList')}</Link> }]} />
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        {t('compare.title', { name })}
      </Typography.Title>
      {data.canonical.definition && <Typography.Paragraph type="secondary">{data.canonical.definition}</Typography.Paragraph>}
      <Flex vertical gap={16}>
        <DataTable<ComparisonItem> label={t('compare.tableLabel')} rowKey={(i) => i.indicator.code} columns={columns} rows={data.items} tableLayout="fixed" scroll={{ x: 950 }} empty={t('compare.noPlans')} />
        {data.items.length > 0 && <LazyChart option={option} label={t('compare.chartLabel', { name })} height={320} />}
      </Flex>
    </>
  );
}
