import { Alert, Breadcrumb, Empty, Flex, Select, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import type { ApiError } from '../../../api/client.js';
import { useApiData } from '../../../api/useApiData.js';
import { LoadError } from '../../../components/LoadError.js';
import { PageLoading } from '../../../components/PageLoading.js';
import { useDocumentTitle } from '../../../components/useDocumentTitle.js';
import { useI18n } from '../../../i18n/context.js';
import { CompletenessCard } from './CompletenessCard.js';
import { EntryGrid } from './EntryGrid.js';
import { defaultPeriod, periodChoices } from './periods.js';
import { gridRows } from './rows.js';
import type { Completeness, CompletenessUnit, DataSetSummary, ElementSummary, EntryForm } from './types.js';
import { WorkflowBar } from './WorkflowBar.js';

const today = () => new Date().toISOString().slice(0, 10);

/** 数据录入: pick a data set, a period and an org unit of one's scope, then fill in the form. */
export default function DataEntryPage() {
  const { t } = useI18n();
  useDocumentTitle(t('entry.title'));
  const [search, setSearch] = useSearchParams();
  const sets = useApiData<{ items: DataSetSummary[] }>('/api/data/sets');
  const elements = useApiData<{ items: ElementSummary[] }>('/api/data/elements');
  const elementMap = useMemo(() => new Map((elements.data?.items ?? []).map((e) => [e.code, e])), [elements.data]);

  const header = (
    <>
      <Breadcrumb style={{ marginBottom: 16 }} items={[{ title: <Link to="/data">{t('area.data.title')}</Link> }, { title: t('entry.title') }]} />
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        {t('entry.title')}
      </Typography.Title>
    </>
  );
  const failed = sets.error ?? elements.error;
  if (failed !== null) {
    return (
      <>
        {header}
        <LoadError error={failed} onRetry={sets.error !== null ? sets.reload : elements.reload} />
      </>
    );
  }
  if (!sets.data || !elements.data) return <PageLoading />;
  if (sets.data.items.length === 0) {
    return (
      <>
        {header}
        <Empty description={<Link to="/data/sets">{t('entry.noDataSets')}</Link>} />
      </>
    );
  }

  const set = sets.data.items.find((s) => s.code === search.get('dataSet')) ?? sets.data.items[0]!;
  const choices = periodChoices(set.periodType, today());
  const period = search.get('period') ?? defaultPeriod(set.periodType, today());
  const choose = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(search);
    for (const [name, value] of Object.entries(changes)) {
      if (value === null) next.delete(name);
      else next.set(name, value);
    }
    setSearch(next, { replace: true });
  };

  return (
    <>
      {header}
      <Flex wrap gap={12} align="center" role="search" aria-label={t('entry.pick')}>
        <Select
          aria-label={t('entry.dataSet')}
          style={{ minWidth: 240 }}
          value={set.code}
          onChange={(code: string) => choose({ dataSet: code, period: null, orgUnit: null })}
          options={sets.data.items.map((s) => ({ value: s.code, label: s.name }))}
        />
        <Select
          aria-label={t('entry.period')}
          style={{ minWidth: 140 }}
          value={period}
          onChange={(id: string) => choose({ period: id })}
          options={(choices.includes(period) ? choices : [period, ...choices]).map((id) => ({ value: id, label: id }))}
        />
        <WindowTag set={set} />
      </Flex>
      <Workspace key={`${set.code}|${period}`} set={set} period={period} orgUnit={search.get('orgUnit')} elements={elementMap} onOrgUnit={(code) => choose({ orgUnit: code })} />
    </>
  );
}

function WindowTag({ set }: { set: DataSetSummary }) {
  const { t } = useI18n();
  const from = set.openFrom ?? t('entry.window.noLimit');
  const until = set.openUntil ?? t('entry.window.noLimit');
  const day = today();
  const open = (set.openFrom === null || day >= set.openFrom) && (set.openUntil === null || day <= set.openUntil);
  if (set.openFrom === null && set.openUntil === null) return <Tag>{t('entry.window.always')}</Tag>;
  return <Tag color={open ? 'success' : 'error'}>{t(open ? 'entry.window.open' : 'entry.window.closed', { from, until })}</Tag>;
}

interface WorkspaceProps {
  set: DataSetSummary;
  period: string;
  orgUnit: string | null;
  elements: ReadonlyMap<string, ElementSummary>;
  onOrgUnit(code: string): void;
}

/** The org unit picker, the form with its workflow, and the completeness of the data set and period. */
function Workspace({ set, period, orgUnit, elements, onOrgUnit }: WorkspaceProps) {
  const { t } = useI18n();
  const completeness = useApiData<Completeness>(`/api/data/completeness?${new URLSearchParams({ dataSet: set.code, period }).toString()}`);
  // Kept here, above the reload of the form and the completeness, so the refusal stays in view.
  const [blocked, setBlocked] = useState<{ orgUnit: string; error: ApiError } | null>(null);
  if (completeness.error !== null) return <LoadError error={completeness.error} onRetry={completeness.reload} />;
  if (!completeness.data) return <PageLoading />;
  const units = completeness.data.orgUnits;
  if (units.length === 0) return <Alert style={{ marginTop: 16 }} type="info" showIcon title={t('entry.noOrgUnits')} />;
  const code = orgUnit ?? units[0]!.code;
  const unit = units.find((u) => u.code === code);
  const formLink = (c: string) => `/data/entry?${new URLSearchParams({ dataSet: set.code, period, orgUnit: c }).toString()}`;

  return (
    <>
      <Flex wrap gap={12} align="center" style={{ marginTop: 12 }}>
        <Select
          aria-label={t('entry.orgUnit')}
          style={{ minWidth: 240 }}
          showSearch={{ optionFilterProp: 'label' }}
          value={code}
          onChange={onOrgUnit}
          options={units.map((u) => ({ value: u.code, label: u.name }))}
        />
      </Flex>
      <FormSection
        key={code}
        set={set}
        period={period}
        code={code}
        unit={unit ?? null}
        elements={elements}
        blocked={blocked?.orgUnit === code ? blocked.error : null}
        onBlocked={(error) => {
          setBlocked({ orgUnit: code, error });
          completeness.reload();
        }}
        onMoved={() => {
          setBlocked(null);
          completeness.reload();
        }}
      />
      <CompletenessCard completeness={completeness.data} formLink={formLink} />
    </>
  );
}

interface FormSectionProps {
  set: DataSetSummary;
  period: string;
  code: string;
  unit: CompletenessUnit | null;
  elements: ReadonlyMap<string, ElementSummary>;
  /** A save refused as locked or outside the input window, which makes the grid read-only. */
  blocked: ApiError | null;
  onBlocked(error: ApiError): void;
  /** The form moved along its workflow; the form and the completeness are read again. */
  onMoved(): void;
}

function FormSection({ set, period, code, unit, elements, blocked, onBlocked, onMoved }: FormSectionProps) {
  const { t, errorText } = useI18n();
  const form = useApiData<EntryForm>(`/api/data/values?${new URLSearchParams({ dataSet: set.code, orgUnit: code, period }).toString()}`);
  if (form.error !== null) return <LoadError error={form.error} onRetry={form.reload} />;
  if (!form.data) return <PageLoading />;
  const data = form.data;
  const locked = data.status === 'approved';
  const closed = !data.dataSet.open;
  const canWrite = unit?.canWrite ?? false;
  const readOnly = locked || closed || !canWrite || blocked !== null;

  return (
    <section aria-label={t('entry.formOf', { orgUnit: data.orgUnit.name, period })}>
      {unit && <WorkflowBar dataSet={set.code} period={period} unit={unit} onMoved={onMoved} />}
      <Flex vertical gap={8} style={{ marginBottom: 12 }}>
        {blocked && <Alert type="error" showIcon role="alert" title={errorText(blocked)} />}
        {!blocked && locked && <Alert type="warning" showIcon role="alert" title={t('entry.locked')} />}
        {!blocked && closed && <Alert type="warning" showIcon role="alert" title={t('entry.closed', { from: set.openFrom ?? t('entry.window.noLimit'), until: set.openUntil ?? t('entry.window.noLimit') })} />}
        {!canWrite && <Alert type="info" showIcon title={t('entry.viewOnly')} />}
        {!readOnly && <Typography.Text type="secondary">{t('entry.keys')}</Typography.Text>}
      </Flex>
      <EntryGrid rows={gridRows(data.cells, elements)} orgUnit={code} period={period} readOnly={readOnly} onBlocked={onBlocked} />
    </section>
  );
}
