import { Breadcrumb, Card, Descriptions, Flex, Typography, type TableColumnsType } from 'antd';
import { lazy, Suspense, useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useApiData } from '../../api/useApiData.js';
import { LazyChart } from '../../charts/LazyChart.js';
import { DataTable } from '../../components/DataTable.js';
import { LoadError } from '../../components/LoadError.js';
import { PageLoading } from '../../components/PageLoading.js';
import { AttributeTag } from '../../components/StatusTags.js';
import { useDocumentTitle } from '../../components/useDocumentTitle.js';
import { useI18n } from '../../i18n/context.js';
import { ProgressTag } from '../scorecard/ProgressTag.js';
import { SampleBanner, SampleMark } from '../scorecard/SampleMark.js';
import { ScopePicker, scopeQuery } from '../scorecard/ScopePicker.js';
import type { Boundaries } from './BreakdownMap.js';
import { Provenance, ProvenanceTag, Sources } from './Provenance.js';
import { trendOption } from './trend-option.js';
import type { IndicatorPage as IndicatorData, ReferenceSeries, SeriesPoint } from './types.js';

const BreakdownMap = lazy(() => import('./BreakdownMap.js'));

export default function IndicatorPage() {
  const { code = '' } = useParams();
  const { t, locale } = useI18n();
  const [search] = useSearchParams();
  const { data, error, loading, reload } = useApiData<IndicatorData>(`/api/indicators/${encodeURIComponent(code)}${scopeQuery(search)}`);
  useDocumentTitle(data?.indicator.name);
  const labels = useMemo(
    () => ({
      value: t('indicator.series.value'),
      baseline: t('indicator.series.baseline'),
      target: t('indicator.series.target'),
      expected: t('indicator.series.expected'),
      projection: t('indicator.series.projection'),
      sample: t('indicator.series.sample'),
    }),
    [t],
  );
  const option = useMemo(() => (data ? trendOption(data, labels) : null), [data, labels]);

  if (error !== null) return <LoadError error={error} onRetry={reload} />;
  if (loading || !data || !option) return <PageLoading />;
  const { indicator } = data;
  const dash = t('common.empty');
  const plan = encodeURIComponent(data.plan.code);
  // Marked by its own year's inputs: a published latest value is not sample data because earlier years are.
  const latestUsesSamples = data.series.some((p) => p.year === data.latest?.year && p.usesSamples);

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 16 }}
        items={[
          { title: <Link to={`/plans/${plan}`}>{data.plan.title}</Link> },
          { title: <Link to={`/plans/${plan}/scorecard${scopeQuery(search)}`}>{t('scorecard.link')}</Link> },
        ]}
      />
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        {indicator.name}
      </Typography.Title>
      {data.usesSamples && <SampleBanner />}
      <ScopePicker scorecard={data} />
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 3 }}
        items={[
          { key: 'category', label: t('indicators.col.category'), children: indicator.category ?? dash },
          { key: 'unit', label: t('indicators.col.unit'), children: indicator.unit ?? dash },
          { key: 'attribute', label: t('indicators.col.attribute'), children: indicator.attribute ? <AttributeTag attribute={indicator.attribute} /> : dash },
          {
            key: 'baseline',
            label: t('indicators.col.baseline'),
            children: data.baseline ? `${data.baseline.text ?? data.baseline.value}${t('indicators.baselineYear', { year: data.baseline.year })}` : dash,
          },
          {
            key: 'targets',
            label: t('indicators.col.targets'),
            children: data.targets.length === 0 ? dash : data.targets.map((x) => `${x.text} ${t('indicators.targetYear', { year: x.year })}`).join(t('common.listSeparator')),
          },
          {
            key: 'latest',
            label: t('scorecard.col.latest'),
            children: data.latest ? (
              <span data-testid="latest-value">
                {data.latest.roundedValue} {indicator.unit ?? ''}
                {t('scorecard.latestYear', { year: data.latest.year })} {latestUsesSamples && <SampleMark />}
              </span>
            ) : (
              dash
            ),
          },
        ]}
      />
      <Card size="small" title={t('indicator.rule')} style={{ margin: '16px 0' }}>
        <Flex vertical gap={8}>
          <span>
            {t('indicator.status')}：<ProgressTag status={data.status} label={data.statusLabel} />
          </span>
          {data.explanation && <Typography.Paragraph style={{ margin: 0 }}>{data.explanation[locale]}</Typography.Paragraph>}
          {data.targets.length > 1 &&
            data.targets.map((x, i) => (
              <Typography.Text key={i} type="secondary">
                {t('indicator.targetRule', { target: x.text, year: x.year, text: x.explanation[locale] })}
              </Typography.Text>
            ))}
          {indicator.canonical && <Link to={`/compare/${encodeURIComponent(indicator.canonical)}`}>{t('indicator.compare')}</Link>}
        </Flex>
      </Card>
      <Typography.Title level={2} style={{ fontSize: 18 }}>
        {t('indicator.trend')}
      </Typography.Title>
      <LazyChart option={option} label={t('indicator.trendLabel', { name: indicator.name })} height={340} />
      {data.series.some((p) => p.usesSamples && p.roundedValue !== null) && (
        <Typography.Paragraph data-testid="trend-sample-legend" style={{ marginTop: 8 }}>
          <SampleMark /> {t('indicator.sampleLegend')}
        </Typography.Paragraph>
      )}
      <Typography.Title level={2} style={{ fontSize: 18, marginTop: 24 }}>
        {t('indicator.values')}
      </Typography.Title>
      <ValuesTable series={data.series} unit={indicator.unit} />
      {data.reference && data.reference.values.length > 0 && <ReferenceTable reference={data.reference} unit={indicator.unit} />}
      <Definition data={data} />
      <Breakdown data={data} />
    </>
  );
}

function ValuesTable({ series, unit }: { series: SeriesPoint[]; unit: string | null }) {
  const { t } = useI18n();
  const dash = t('common.empty');
  const rows = series.filter((p) => p.value !== null);
  const columns: TableColumnsType<SeriesPoint> = [
    { title: t('indicator.col.year'), dataIndex: 'year', width: 70 },
    {
      title: t('indicator.col.value'),
      key: 'value',
      width: 140,
      render: (_, p) => (
        <>
          {p.roundedValue} {unit ?? ''}
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {p.basis ? t(`indicator.basis.${p.basis}`) : ''}
          </Typography.Text>
        </>
      ),
    },
    { title: t('indicator.col.numerator'), dataIndex: 'numerator', width: 100, render: (v: number | null) => v ?? dash },
    { title: t('indicator.col.denominator'), dataIndex: 'denominator', width: 100, render: (v: number | null) => v ?? dash },
    { title: t('indicator.col.provenance'), key: 'provenance', width: 150, render: (_, p) => <Provenance point={p} kind="provenance" /> },
    { title: t('indicator.col.approval'), key: 'approval', width: 150, render: (_, p) => <Provenance point={p} kind="status" /> },
    { title: t('indicator.col.source'), key: 'source', render: (_, p) => <Sources sources={p.inputs.flatMap((input) => input.sources)} /> },
  ];
  return <DataTable<SeriesPoint> label={t('indicator.valuesLabel')} rowKey="year" columns={columns} rows={rows} empty={t('indicator.noValues')} />;
}

type ReferenceValue = ReferenceSeries['values'][number];

function ReferenceTable({ reference, unit }: { reference: ReferenceSeries; unit: string | null }) {
  const { t } = useI18n();
  const name = reference.orgUnit.name;
  const columns: TableColumnsType<ReferenceValue> = [
    { title: t('indicator.col.year'), dataIndex: 'year', width: 70 },
    { title: t('indicator.col.value'), key: 'value', width: 140, render: (_, v) => `${v.value} ${unit ?? ''}` },
    { title: t('indicator.col.provenance'), key: 'provenance', width: 150, render: (_, v) => (v.provenance ? <ProvenanceTag provenance={v.provenance} /> : t('common.empty')) },
    { title: t('indicator.col.source'), key: 'source', render: (_, v) => <Sources sources={v.source === null ? [] : [v.source]} /> },
  ];
  return (
    <>
      <Typography.Title level={3} style={{ fontSize: 16, marginTop: 16 }}>
        {t('indicator.reference', { name })}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('indicator.referenceNote', { name })}</Typography.Paragraph>
      <DataTable<ReferenceValue> label={t('indicator.referenceLabel', { name })} rowKey="year" columns={columns} rows={reference.values} empty={t('indicator.noValues')} />
    </>
  );
}

function Definition({ data }: { data: IndicatorData }) {
  const { t } = useI18n();
  const { indicator } = data;
  return (
    <Card size="small" title={t('indicator.definitionTitle')} style={{ margin: '24px 0' }}>
      <dl style={{ margin: 0 }}>
        <dt>
          <strong>{t('indicators.definition')}</strong>
        </dt>
        <dd style={{ marginInlineStart: 0, whiteSpace: 'pre-wrap' }}>{indicator.definition ?? t('indicators.noDefinition')}</dd>
        <dt>
          <strong>{t('indicator.numerator')}</strong>
        </dt>
        <dd style={{ marginInlineStart: 0 }}>{indicator.numerator.description}</dd>
        <dt>
          <strong>{t('indicator.denominator')}</strong>
        </dt>
        <dd style={{ marginInlineStart: 0 }}>{indicator.denominator?.description ?? t('indicator.noDenominator')}</dd>
        {indicator.direction && (
          <>
            <dt>
              <strong>{t('indicators.direction')}</strong>
            </dt>
            <dd style={{ marginInlineStart: 0 }}>{t(`indicators.direction.${indicator.direction}`)}</dd>
          </>
        )}
      </dl>
    </Card>
  );
}

function Breakdown({ data }: { data: IndicatorData }) {
  const { t } = useI18n();
  const valued = data.breakdown.orgUnits.filter((u) => u.roundedValue !== null);
  const boundaries = useApiData<Boundaries>(`/api/org-units/${encodeURIComponent(data.orgUnit.code)}/boundaries`).data;
  const mapped = useMemo(
    () => (boundaries ? valued.flatMap((u) => (u.roundedValue !== null && boundaries.features.some((f) => f.properties.code === u.code) ? [{ name: u.name, value: u.roundedValue }] : [])) : []),
    [boundaries, valued],
  );
  const map = boundaries && boundaries.features.length > 0 && (
    <div style={{ flex: '1 1 360px' }}>
      <Suspense fallback={null}>
        <BreakdownMap
          region={data.orgUnit.code}
          boundaries={boundaries}
          values={mapped}
          seriesName={data.indicator.name}
          label={t('indicator.breakdownMapLabel', { name: data.indicator.name, year: data.breakdown.year })}
        />
      </Suspense>
    </div>
  );
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      grid: { left: 140, right: 32, top: 16, bottom: 32 },
      xAxis: { type: 'value', name: data.indicator.unit ?? '' },
      yAxis: { type: 'category', data: valued.map((u) => u.name), inverse: true },
      series: [{ type: 'bar', name: data.indicator.name, data: valued.map((u) => u.roundedValue), label: { show: true, position: 'right' } }],
    }),
    [valued, data.indicator],
  );
  const year = data.breakdown.year;
  return (
    <>
      <Typography.Title level={2} style={{ fontSize: 18 }}>
        {t('indicator.breakdown', { year })}
      </Typography.Title>
      {valued.length === 0 && <Typography.Paragraph type="secondary">{t('indicator.breakdownEmpty')}</Typography.Paragraph>}
      <Flex wrap gap={16}>
        {valued.length > 0 && (
          <div style={{ flex: '1 1 360px' }}>
            <LazyChart option={option} label={t('indicator.breakdownLabel', { name: data.indicator.name, year })} height={Math.max(160, valued.length * 32 + 48)} />
          </div>
        )}
        {map}
      </Flex>
    </>
  );
}
