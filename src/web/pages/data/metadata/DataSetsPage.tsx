import { Form, Input, Select, Space, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import type { PeriodType } from '../../../../domain/periods/period.js';
import { api } from '../../../api/client.js';
import { DataTable } from '../../../components/DataTable.js';
import { LoadError } from '../../../components/LoadError.js';
import { PageLoading } from '../../../components/PageLoading.js';
import { useDocumentTitle } from '../../../components/useDocumentTitle.js';
import { useI18n } from '../../../i18n/context.js';
import { conflictCurrent, EditModal } from './EditModal.js';
import { editColumn, MetadataHead } from './MetadataHead.js';
import { PERIOD_TYPES, type DataSet } from './types.js';
import { orgUnitLabel, useMetadata } from './useMetadata.js';

interface DataSetForm {
  code: string;
  name: string;
  periodType: PeriodType;
  elements: string[];
  orgUnits: string[];
  openFrom?: string;
  openUntil?: string;
}

const FIELDS = ['code', 'name', 'periodType', 'elements', 'orgUnits', 'openFrom', 'openUntil'] as const;

function body(values: DataSetForm) {
  return {
    name: values.name.trim(),
    periodType: values.periodType,
    elements: values.elements ?? [],
    orgUnits: values.orgUnits ?? [],
    openFrom: values.openFrom || null,
    openUntil: values.openUntil || null,
  };
}

/** 数据集 (forms): which elements, collected how often, by which org units, in which input window. */
export default function DataSetsPage() {
  const { t } = useI18n();
  const title = t('dataSets.title');
  useDocumentTitle(title);
  const { sets, elements, orgUnits, canEdit, error, loading } = useMetadata();
  const [editing, setEditing] = useState<{ set: DataSet | null; initial: Partial<DataSetForm> } | undefined>(undefined);

  if (error) return <LoadError error={error} onRetry={() => [sets, elements, orgUnits].forEach((d) => d.reload())} />;
  if (loading || !sets.data || !elements.data || !orgUnits.data) return <PageLoading />;
  const unitName = new Map(orgUnits.data.items.map((u) => [u.code, u.name]));
  const elementName = new Map(elements.data.items.map((e) => [e.code, e.name]));

  const save = async (values: DataSetForm) => {
    try {
      if (editing?.set) await api.patch(`/api/data/sets/${encodeURIComponent(editing.set.code)}`, { ...body(values), version: editing.set.version });
      else await api.post('/api/data/sets', { code: values.code.trim(), ...body(values) });
    } catch (err) {
      const current = conflictCurrent<DataSet>(err);
      if (current) setEditing((e) => e && { ...e, set: current });
      throw err;
    }
    setEditing(undefined);
    sets.reload();
  };

  const window = (s: DataSet) => (s.openFrom || s.openUntil ? `${s.openFrom ?? '…'} – ${s.openUntil ?? '…'}` : t('dataSets.alwaysOpen'));
  const columns: TableColumnsType<DataSet> = [
    { title: t('dataSets.code'), dataIndex: 'code', render: (code: string) => <Typography.Text code>{code}</Typography.Text> },
    { title: t('dataSets.name'), dataIndex: 'name' },
    { title: t('dataSets.periodType'), dataIndex: 'periodType', render: (p: PeriodType) => t(`dataSets.period.${p}`) },
    { title: t('dataSets.elements'), dataIndex: 'elements', render: (list: string[]) => list.map((c) => <Tag key={c} title={c}>{elementName.get(c) ?? c}</Tag>) },
    { title: t('dataSets.orgUnits'), dataIndex: 'orgUnits', render: (list: string[]) => t('dataSets.orgUnitCount', { count: list.length, names: list.slice(0, 3).map((c) => unitName.get(c) ?? c).join('、') }) },
    { title: t('dataSets.window'), key: 'window', render: (_, s) => window(s) },
    ...(canEdit
      ? [
          editColumn<DataSet>(t('meta.actions'), t('meta.edit'), (s) => t('dataSets.editOne', { code: s.code }), (s) =>
            setEditing({ set: s, initial: { ...s, openFrom: s.openFrom ?? undefined, openUntil: s.openUntil ?? undefined } }),
          ),
        ]
      : []),
  ];

  return (
    <>
      <MetadataHead
        title={title}
        intro={t('dataSets.intro')}
        link={{ to: '/data/elements', label: t('dataElements.title') }}
        create={canEdit ? { label: t('dataSets.create'), onClick: () => setEditing({ set: null, initial: { periodType: 'yearly', elements: [], orgUnits: [] } }) } : null}
      />
      <DataTable<DataSet> label={title} rows={sets.data.items} rowKey="code" columns={columns} empty={t('dataSets.empty')} />
      <EditModal<DataSetForm> title={editing?.set ? t('dataSets.editOne', { code: editing.set.code }) : t('dataSets.create')} initial={editing?.initial} fields={FIELDS} onCancel={() => setEditing(undefined)} onSave={save}>
        <Space wrap>
          <Form.Item name="code" label={t('dataSets.code')} rules={[{ required: true, whitespace: true, message: t('meta.required') }]}>
            <Input disabled={Boolean(editing?.set)} maxLength={100} style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="name" label={t('dataSets.name')} rules={[{ required: true, whitespace: true, message: t('meta.required') }]}>
            <Input maxLength={300} style={{ width: 300 }} />
          </Form.Item>
          <Form.Item name="periodType" label={t('dataSets.periodType')}>
            <Select style={{ width: 140 }} options={PERIOD_TYPES.map((p) => ({ value: p, label: t(`dataSets.period.${p}`) }))} />
          </Form.Item>
        </Space>
        <Form.Item name="elements" label={t('dataSets.elements')}>
          <Select mode="multiple" optionFilterProp="label" options={elements.data.items.map((e) => ({ value: e.code, label: `${e.name}（${e.code}）` }))} />
        </Form.Item>
        <Form.Item name="orgUnits" label={t('dataSets.orgUnits')}>
          <Select mode="multiple" optionFilterProp="label" options={orgUnits.data.items.map((u) => ({ value: u.code, label: orgUnitLabel(u) }))} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="openFrom" label={t('dataSets.openFrom')} extra={t('dataSets.windowHelp')}>
            <Input type="date" style={{ width: 180 }} />
          </Form.Item>
          <Form.Item name="openUntil" label={t('dataSets.openUntil')}>
            <Input type="date" style={{ width: 180 }} />
          </Form.Item>
        </Space>
      </EditModal>
    </>
  );
}
