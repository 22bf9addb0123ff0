import { Alert, Button, Card, Form, Input, InputNumber, Select, Space, Tag, Typography, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { isPeriodId } from '../../../../domain/periods/period.js';
import { api } from '../../../api/client.js';
import { DataTable } from '../../../components/DataTable.js';
import { LoadError } from '../../../components/LoadError.js';
import { PageLoading } from '../../../components/PageLoading.js';
import { useDocumentTitle } from '../../../components/useDocumentTitle.js';
import { useI18n } from '../../../i18n/context.js';
import { defaultRoot } from '../metadata/default-root.js';
import { orgUnitLabel, useMetadata } from '../metadata/useMetadata.js';
import { entryLink, type QualityReport, type Violation } from './types.js';

const KIND_COLOR: Record<Violation['kind'], string> = { rule: 'volcano', bounds: 'red', change: 'gold' };

interface Check {
  dataSet: string;
  orgUnit: string;
  period: string;
  periodTo: string;
  maxChange: number;
}

/** The check in the address, so that a list of findings can be reloaded and shared. */
function checkOf(params: URLSearchParams): Check | null {
  const [dataSet, orgUnit, period] = ['dataSet', 'orgUnit', 'period'].map((k) => params.get(k));
  if (!dataSet || !orgUnit || !period) return null;
  return { dataSet, orgUnit, period, periodTo: params.get('periodTo') ?? period, maxChange: Number(params.get('maxChange') ?? 50) };
}

/** 数据质量: validation rules, bounds and year-on-year jumps of a data set in a subtree over a range of periods. */
export default function QualityPage() {
  const { t, locale } = useI18n();
  const title = t('dataQuality.title');
  useDocumentTitle(title);
  const { sets, orgUnits, elements, scope, error, loading } = useMetadata();
  const [params, setParams] = useSearchParams();
  const check = checkOf(params);
  const [draft, setDraft] = useState<Partial<Check>>(() => check ?? { maxChange: 50 });
  const [report, setReport] = useState<{ key: string; data: QualityReport | null; error: unknown } | null>(null);
  const key = params.toString();

  useEffect(() => {
    const check = checkOf(new URLSearchParams(key));
    if (!check) return;
    const controller = new AbortController();
    const query = { dataSet: check.dataSet, orgUnit: check.orgUnit, period: check.period, periodTo: check.periodTo, maxChange: check.maxChange / 100 };
    api.get<QualityReport>('/api/data/quality', { query, signal: controller.signal }).then(
      (data) => setReport({ key, data, error: null }),
      (err: unknown) => {
        if (!controller.signal.aborted) setReport({ key, data: null, error: err });
      },
    );
    return () => controller.abort();
  }, [key]);

  if (error) return <LoadError error={error} onRetry={() => [sets, orgUnits].forEach((d) => d.reload())} />;
  if (loading || !sets.data || !orgUnits.data) return <PageLoading />;
  const allSets = sets.data.items;
  const units = orgUnits.data.items;
  const set = allSets.find((s) => s.code === (draft.dataSet ?? allSets[0]?.code));
  const current: Partial<Check> = { ...draft, dataSet: set?.code, orgUnit: draft.orgUnit ?? defaultRoot(set, units, scope) };
  const periodTo = current.periodTo || current.period;
  const ready = Boolean(current.dataSet && current.orgUnit && current.period && isPeriodId(current.period) && periodTo && isPeriodId(periodTo));
  const unitName = new Map(units.map((u) => [u.code, u.name]));
  const bounds = new Map((elements.data?.items ?? []).map((e) => [e.code, `${e.min ?? '−∞'} – ${e.max ?? '+∞'}`]));

  const run = () => {
    if (!ready) return;
    setParams({ dataSet: current.dataSet!, orgUnit: current.orgUnit!, period: current.period!, periodTo: periodTo!, maxChange: String(current.maxChange ?? 50) });
  };

  const shown = report && report.key === key ? report : null;
  const columns: TableColumnsType<Violation> = [
    { title: t('dataQuality.col.kind'), dataIndex: 'kind', render: (k: Violation['kind']) => <Tag color={KIND_COLOR[k]}>{t(`dataQuality.kind.${k}`)}</Tag> },
    { title: t('dataQuality.col.orgUnit'), dataIndex: 'orgUnit', render: (code: string) => unitName.get(code) ?? code },
    { title: t('dataQuality.col.period'), dataIndex: 'period' },
    { title: t('dataQuality.col.subject'), key: 'subject', render: (_, v) => [v.dataElement ?? v.rule, v.disaggregation].filter(Boolean).join(' · ') },
    {
      title: t('dataQuality.col.values'),
      key: 'values',
      render: (_, v) =>
        v.kind === 'rule'
          ? `${v.left} ${v.operator} ${v.right}`
          : v.kind === 'change'
            ? `${v.previous} → ${v.value}`
            : t('dataQuality.outside', { value: String(v.value), bounds: bounds.get(v.dataElement ?? '') ?? '' }),
    },
    { title: t('dataQuality.col.message'), key: 'message', render: (_, v) => v.message[locale] },
    {
      title: t('dataQuality.col.cell'),
      key: 'cell',
      render: (_, v) => (
        <Link to={entryLink(shown!.data!.dataSet ?? current.dataSet!, v)} aria-label={t('dataQuality.openCell', { orgUnit: unitName.get(v.orgUnit) ?? v.orgUnit, period: v.period })}>
          {t('dataQuality.open')}
        </Link>
      ),
    },
  ];

  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        {title}
      </Typography.Title>
      <Typography.Paragraph>{t('dataQuality.intro')}</Typography.Paragraph>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Form layout="vertical" onFinish={run}>
          <Space wrap align="end">
            <Form.Item label={t('dataImport.dataSet')} htmlFor="quality-set">
              <Select
                id="quality-set"
                style={{ width: 240 }}
                value={current.dataSet}
                onChange={(code: string) => setDraft({ ...draft, dataSet: code, orgUnit: undefined })}
                options={allSets.map((s) => ({ value: s.code, label: `${s.name}（${s.code}）` }))}
                notFoundContent={t('dataImport.noSets')}
              />
            </Form.Item>
            <Form.Item label={t('dataImport.orgUnit')} htmlFor="quality-unit">
              <Select id="quality-unit" style={{ width: 260 }} showSearch optionFilterProp="label" value={current.orgUnit} onChange={(orgUnit: string) => setDraft({ ...draft, orgUnit })} options={units.map((u) => ({ value: u.code, label: orgUnitLabel(u) }))} />
            </Form.Item>
            <Form.Item label={t('dataQuality.from')} htmlFor="quality-from">
              <Input id="quality-from" style={{ width: 120 }} value={current.period ?? ''} onChange={(e) => setDraft({ ...draft, period: e.target.value.trim() })} placeholder="2021" />
            </Form.Item>
            <Form.Item label={t('dataQuality.to')} htmlFor="quality-to">
              <Input id="quality-to" style={{ width: 120 }} value={current.periodTo ?? ''} onChange={(e) => setDraft({ ...draft, periodTo: e.target.value.trim() })} placeholder={current.period || '2025'} />
            </Form.Item>
            <Form.Item label={t('dataQuality.maxChange')} htmlFor="quality-change">
              <InputNumber id="quality-change" min={1} max={1000} suffix="%" style={{ width: 110 }} value={current.maxChange} onChange={(maxChange) => setDraft({ ...draft, maxChange: maxChange ?? 50 })} />
            </Form.Item>
            <Form.Item>
              <Button type="primary" htmlType="submit" disabled={!ready}>
                {t('dataQuality.run')}
              </Button>
            </Form.Item>
          </Space>
        </Form>
      </Card>
      {check && !shown && <PageLoading />}
      {shown?.error != null && <LoadError error={shown.error} />}
      {shown?.data && (
        <>
          <Alert
            type={shown.data.violations.length ? 'warning' : 'success'}
            showIcon
            role="status"
            title={t(shown.data.violations.length ? 'dataQuality.found' : 'dataQuality.none', { count: shown.data.violations.length, from: shown.data.period, to: shown.data.periodTo })}
            style={{ marginBottom: 12 }}
          />
          <DataTable<Violation>
            label={t('dataQuality.tableLabel')}
            rows={shown.data.violations}
            rowKey={(v) => `${v.kind}|${v.orgUnit}|${v.period}|${v.dataElement ?? v.rule}|${v.disaggregation ?? ''}`}
            columns={columns}
            empty={t('dataQuality.empty')}
          />
        </>
      )}
    </>
  );
}
