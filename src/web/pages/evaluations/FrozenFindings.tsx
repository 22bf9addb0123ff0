import { Alert, Tag, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import { CONSISTENCY_KIND_LABELS, FINDING_STATUS_LABELS, NO_FINDINGS_RECORDED, QUALITY_KIND_LABELS } from '../../../domain/evaluation/finding-labels.js';
import type { FindingSeverity, IndicatorRef, SnapshotFindings } from '../../../domain/evaluation/findings.js';
import type { LocalizedText } from '../../api/client.js';
import { DataTable } from '../../components/DataTable.js';
import { useI18n } from '../../i18n/context.js';

interface Row {
  key: string;
  source: 'consistency' | 'quality';
  kind: LocalizedText;
  indicators: IndicatorRef[];
  message: LocalizedText;
  values: number[];
  lines: number[];
  where: string;
  severity: FindingSeverity;
}

const SEVERITY_COLOURS: Record<FindingSeverity, string> = { error: 'error', warning: 'warning', info: 'default' };

function rowsOf(findings: SnapshotFindings): Row[] {
  return [
    ...findings.consistency.map((f, k): Row => ({
      key: `c${k}`,
      source: 'consistency',
      kind: CONSISTENCY_KIND_LABELS[f.code] ?? { zh: f.code, en: f.code },
      indicators: f.indicator ? [f.indicator] : [],
      message: f.message,
      values: f.values,
      lines: f.lines,
      where: '',
      severity: f.severity,
    })),
    ...findings.dataQuality.map((f, k): Row => ({
      key: `q${k}`,
      source: 'quality',
      kind: QUALITY_KIND_LABELS[f.kind],
      indicators: f.indicators,
      message: f.message,
      values: f.values,
      lines: [],
      where: `${f.orgUnit} ${f.period}`,
      severity: f.severity,
    })),
  ];
}

/** The consistency and data-quality findings frozen with an evaluation, as its Word report lists them. */
export function FrozenFindings({ findings }: { findings: SnapshotFindings | undefined }) {
  const { t, locale } = useI18n();
  const dash = t('common.empty');
  const title = (
    <Typography.Title level={2} style={{ fontSize: 18, marginTop: 24 }}>
      {t('eval.findings.title')}
    </Typography.Title>
  );
  if (!findings) {
    return (
      <>
        {title}
        <Alert type="info" showIcon title={NO_FINDINGS_RECORDED[locale]} />
      </>
    );
  }
  const separator = t('common.listSeparator');
  const columns: TableColumnsType<Row> = [
    {
      title: t('eval.findings.col.kind'),
      key: 'kind',
      width: 150,
      render: (_, r) => (
        <>
          <Typography.Text type="secondary">{t(`eval.findings.source.${r.source}`)}</Typography.Text>
          <br />
          {r.kind[locale]}
        </>
      ),
    },
    {
      title: t('eval.findings.col.indicator'),
      key: 'indicator',
      width: 180,
      render: (_, r) =>
        r.indicators.length === 0
          ? dash
          : r.indicators.map((i, k) => (
              <span key={i.code}>
                {k > 0 && separator}
                <Link to={`/indicators/${encodeURIComponent(i.code)}`}>{i.name}</Link>
              </span>
            )),
    },
    { title: t('eval.findings.col.message'), key: 'message', width: 360, render: (_, r) => r.message[locale] },
    { title: t('eval.findings.col.values'), key: 'values', width: 110, render: (_, r) => (r.values.length === 0 ? dash : r.values.join(' / ')) },
    { title: t('eval.findings.col.where'), key: 'where', width: 130, render: (_, r) => (r.lines.length > 0 ? t('eval.findings.lines', { lines: r.lines.join(separator) }) : r.where || dash) },
    { title: t('eval.findings.col.status'), key: 'status', width: 90, render: (_, r) => <Tag color={SEVERITY_COLOURS[r.severity]}>{FINDING_STATUS_LABELS[r.severity][locale]}</Tag> },
  ];
  return (
    <>
      {title}
      <DataTable<Row> label={t('eval.findings.title')} rowKey="key" columns={columns} rows={rowsOf(findings)} tableLayout="fixed" scroll={{ x: 1020 }} empty={t('eval.findings.empty')} />
    </>
  );
}
