import { Breadcrumb, Card, Flex, Select, Space, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import type { IndicatorAttribute } from '../../api/types.js';
import { useApiData } from '../../api/useApiData.js';
import { DataTable } from '../../components/DataTable.js';
import { LoadError } from '../../components/LoadError.js';
import { PageLoading } from '../../components/PageLoading.js';
import { AttributeTag } from '../../components/StatusTags.js';
import { useDocumentTitle } from '../../components/useDocumentTitle.js';
import { useI18n } from '../../i18n/context.js';
import { categorySpans, higherLevelSource } from '../../plan/indicator-table.js';
import { ChangeMark } from './ChangeMark.js';
import { categoriesOf, filterRows, NO_FILTER, type ScorecardFilter } from './filter.js';
import { PROGRESS_STATUSES, ProgressTag } from './ProgressTag.js';
import { SampleBanner, SampleMark } from './SampleMark.js';
import { ScopePicker, scopeQuery } from './ScopePicker.js';
import type { Scorecard, ScorecardRow } from './types.js';

const ATTRIBUTES: IndicatorAttribute[] = ['binding', 'expected', 'guiding'];

export default function ScorecardPage() {
  const { code = '' } = useParams();
  const { t } = useI18n();
  const [search] = useSearchParams();
  const query = scopeQuery(search);
  const { data, error, loading, reload } = useApiData<Scorecard>(`/api/plans/${encodeURIComponent(code)}/scorecard${query}`);
  const [filter, setFilter] = useState<ScorecardFilter>(NO_FILTER);
  useDocumentTitle(data ? t('scorecard.title', { plan: data.plan.title }) : null);

  const rows = useMemo(() => (data ? filterRows(data.rows, filter) : []), [data, filter]);
  const breadcrumb = (
    <Breadcrumb
      style={{ marginBottom: 16 }}
      items={[{ title: <Link to="/plans">{t('common.backToPlans')}</Link> }, { title: <Link to={`/plans/${encodeURIComponent(code)}`}>{data?.plan.title ?? code}</Link> }]}
    />
  );
  if (error !== null) {
    return (
      <>
        {breadcrumb}
        <LoadError error={error} onRetry={reload} />
      </>
    );
  }
  if (loading || !data) return <PageLoading />;

  return (
    <>
      {breadcrumb}
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        {t('scorecard.title', { plan: data.plan.title })}
      </Typography.Title>
      {data.usesSamples && <SampleBanner />}
      <ScopePicker scorecard={data} />
      <StatusSummary scorecard={data} />
      <Flex wrap gap={12} style={{ margin: '16px 0' }} role="search">
        <Select
          aria-label={t('scorecard.filterCategory')}
          style={{ minWidth: 160 }}
          value={filter.category ?? ''}
          onChange={(value: string) => setFilter({ ...filter, category: value === '' ? null : value })}
          options={[{ value: '', label: t('scorecard.allCategories') }, ...categoriesOf(data.rows).map((c) => ({ value: c, label: c }))]}
        />
        <Select
          aria-label={t('scorecard.filterStatus')}
          style={{ minWidth: 160 }}
          value={filter.status ?? ''}
          onChange={(value: string) => setFilter({ ...filter, status: value === '' ? null : (value as ScorecardFilter['status']) })}
          options={[{ value: '', label: t('scorecard.allStatuses') }, ...PROGRESS_STATUSES.map((s) => ({ value: s, label: t(`progress.status.${s}`) }))]}
        />
        <Select
          aria-label={t('scorecard.filterAttribute')}
          style={{ minWidth: 140 }}
          value={filter.attribute ?? ''}
          onChange={(value: string) => setFilter({ ...filter, attribute: value === '' ? null : (value as IndicatorAttribute) })}
          options={[{ value: '', label: t('scorecard.allAttributes') }, ...ATTRIBUTES.map((a) => ({ value: a, label: t(`indicators.attribute.${a}`) }))]}
        />
        <Typography.Text type="secondary" style={{ alignSelf: 'center' }} aria-live="polite">
          {t('scorecard.shown', { shown: rows.length, total: data.rows.length })}
        </Typography.Text>
      </Flex>
      <ScorecardTable rows={rows} scorecard={data} />
    </>
  );
}

function StatusSummary({ scorecard }: { scorecard: Scorecard }) {
  const { t } = useI18n();
  const present = PROGRESS_STATUSES.filter((s) => scorecard.summary.byStatus[s] > 0);
  return (
    <Card size="small" title={t('scorecard.summary', { total: scorecard.summary.total })}>
      <Space wrap>
        {present.map((status) => (
          <span key={status} data-status={status}>
            <ProgressTag status={status} />
            <strong>{scorecard.summary.byStatus[status]}</strong>
          </span>
        ))}
      </Space>
    </Card>
  );
}

function ScorecardTable({ rows, scorecard }: { rows: ScorecardRow[]; scorecard: Scorecard }) {
  const { t } = useI18n();
  const dash = t('common.empty');
  const spans = categorySpans(rows);
  const scope = `?orgUnit=${encodeURIComponent(scorecard.orgUnit.code)}&year=${scorecard.year}`;
  const columns: TableColumnsType<ScorecardRow> = [
    {
      title: t('indicators.col.category'),
      dataIndex: 'category',
      width: 90,
      onCell: (_, index) => ({ rowSpan: spans[index ?? 0] }),
      render: (category: string | null) => category ?? dash,
    },
    { title: t('indicators.col.seq'), dataIndex: 'seq', width: 56, render: (seq: string | null) => seq ?? dash },
    {
      title: t('indicators.col.name'),
      dataIndex: 'name',
      width: 220,
      render: (name: string, row) => (
        <Link to={`/indicators/${encodeURIComponent(row.code)}${scope}`} aria-label={t('scorecard.openIndicator', { name })} style={{ paddingInlineStart: row.parent ? 16 : 0 }}>
          {name}
        </Link>
      ),
    },
    {
      title: t('indicators.col.attribute'),
      dataIndex: 'attribute',
      width: 96,
      render: (attribute: IndicatorAttribute | null) => (attribute ? <AttributeTag attribute={attribute} /> : dash),
    },
    {
      title: t('indicators.col.baseline'),
      key: 'baseline',
      width: 130,
      render: (_, row) =>
        row.baseline ? (
          <>
            {row.baseline.text ?? row.baseline.value}
            <Typography.Text type="secondary">{t('indicators.baselineYear', { year: row.baseline.year })}</Typography.Text>
          </>
        ) : (
          dash
        ),
    },
    {
      title: t('indicators.col.targets'),
      key: 'targets',
      width: 170,
      render: (_, row) =>
        row.targets.length === 0 ? (
          dash
        ) : (
          <Flex vertical gap={4}>
            {row.targets.map((target, i) => {
              const higher = higherLevelSource(target);
              return (
                <div key={`${target.year}-${i}`}>
                  {target.text} <Typography.Text type="secondary">{t('indicators.targetYear', { year: target.year })}</Typography.Text>
                  {higher && <Tag style={{ marginInlineStart: 4 }}>{t('indicators.targetSource', { source: higher })}</Tag>}
                </div>
              );
            })}
          </Flex>
        ),
    },
    {
      title: t('scorecard.col.latest'),
      key: 'latest',
      width: 140,
      render: (_, row) =>
        row.latest ? (
          <>
            <strong>{row.latest.roundedValue}</strong> {row.unit ?? ''}
            <Typography.Text type="secondary">{t('scorecard.latestYear', { year: row.latest.year })}</Typography.Text>
            {row.usesSamples && (
              <div>
                <SampleMark />
              </div>
            )}
          </>
        ) : (
          dash
        ),
    },
    { title: t('scorecard.col.change'), key: 'change', width: 120, render: (_, row) => <ChangeMark row={row} /> },
    { title: t('scorecard.col.status'), key: 'status', width: 130, render: (_, row) => <ProgressTag status={row.status} label={row.statusLabel} /> },
  ];
  return (
    <DataTable<ScorecardRow>
      label={t('scorecard.tableLabel')}
      rowKey="code"
      bordered
      tableLayout="fixed"
      scroll={{ x: 1150 }}
      columns={columns}
      rows={rows}
      empty={t('scorecard.empty')}
      rowClassName={(row) => (row.attribute === 'binding' ? 'row-binding' : '')}
    />
  );
}
