import { Form, Input, InputNumber, Select, Space, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { api } from '../../../api/client.js';
import { DataTable } from '../../../components/DataTable.js';
import { LoadError } from '../../../components/LoadError.js';
import { PageLoading } from '../../../components/PageLoading.js';
import { useDocumentTitle } from '../../../components/useDocumentTitle.js';
import { useI18n } from '../../../i18n/context.js';
import { conflictCurrent, EditModal } from './EditModal.js';
import { editColumn, MetadataHead } from './MetadataHead.js';
import type { AggregationAcross, AggregationOverTime, DataElement } from './types.js';
import { useMetadata } from './useMetadata.js';

interface ElementForm {
  code: string;
  name: string;
  nameEn?: string;
  unit?: string;
  valueType: DataElement['valueType'];
  aggregationAcross: AggregationAcross;
  aggregationOverTime: AggregationOverTime;
  disaggregations?: string[];
  min?: number | null;
  max?: number | null;
  description?: string;
}

const FIELDS = ['code', 'name', 'nameEn', 'unit', 'valueType', 'aggregationAcross', 'aggregationOverTime', 'disaggregations', 'min', 'max', 'description'] as const;
const VALUE_TYPES = ['number', 'integer', 'percentage'] as const;
const ACROSS: AggregationAcross[] = ['sum', 'average', 'none'];
const OVER_TIME: AggregationOverTime[] = ['sum', 'average', 'last'];

const blankToNull = (text: string | undefined) => (text === undefined || text.trim() === '' ? null : text.trim());

function body(values: ElementForm) {
  return {
    name: values.name.trim(),
    nameEn: blankToNull(values.nameEn),
    unit: blankToNull(values.unit),
    valueType: values.valueType,
    aggregationAcross: values.aggregationAcross,
    aggregationOverTime: values.aggregationOverTime,
    disaggregations: values.disaggregations ?? [],
    min: values.min ?? null,
    max: values.max ?? null,
    description: blankToNull(values.description),
  };
}

/** 数据项: what is collected, with its unit, type, aggregation rules, disaggregations and bounds. */
export default function ElementsPage() {
  const { t, locale } = useI18n();
  const title = t('dataElements.title');
  useDocumentTitle(title);
  const { elements, canEdit } = useMetadata();
  const [editing, setEditing] = useState<{ element: DataElement | null; initial: Partial<ElementForm> } | undefined>(undefined);

  if (elements.error) return <LoadError error={elements.error} onRetry={elements.reload} />;
  if (!elements.data) return <PageLoading />;

  const save = async (values: ElementForm) => {
    try {
      if (editing?.element) await api.patch(`/api/data/elements/${encodeURIComponent(editing.element.code)}`, { ...body(values), version: editing.element.version });
      else await api.post('/api/data/elements', { code: values.code.trim(), ...body(values) });
    } catch (err) {
      const current = conflictCurrent<DataElement>(err);
      if (current) setEditing((e) => e && { ...e, element: current });
      throw err;
    }
    setEditing(undefined);
    elements.reload();
  };

  const columns: TableColumnsType<DataElement> = [
    { title: t('dataElements.code'), dataIndex: 'code', render: (code: string) => <Typography.Text code>{code}</Typography.Text> },
    { title: t('dataElements.name'), key: 'name', render: (_, e) => (locale === 'en' && e.nameEn ? e.nameEn : e.name) },
    { title: t('dataElements.unit'), dataIndex: 'unit', render: (unit: string | null) => unit ?? t('common.empty') },
    { title: t('dataElements.valueType'), dataIndex: 'valueType', render: (type: DataElement['valueType']) => t(`dataElements.type.${type}`) },
    { title: t('dataElements.across'), dataIndex: 'aggregationAcross', render: (a: AggregationAcross) => t(`dataElements.agg.${a}`) },
    { title: t('dataElements.overTime'), dataIndex: 'aggregationOverTime', render: (a: AggregationOverTime) => t(`dataElements.agg.${a}`) },
    { title: t('dataElements.disaggregations'), dataIndex: 'disaggregations', render: (list: string[]) => (list.length ? list.map((d) => <Tag key={d}>{d}</Tag>) : t('common.empty')) },
    { title: t('dataElements.bounds'), key: 'bounds', render: (_, e) => `${e.min ?? '−∞'} – ${e.max ?? '+∞'}` },
    ...(canEdit
      ? [
          editColumn<DataElement>(t('meta.actions'), t('meta.edit'), (e) => t('dataElements.editOne', { code: e.code }), (e) =>
            setEditing({ element: e, initial: { ...e, nameEn: e.nameEn ?? undefined, unit: e.unit ?? undefined, description: e.description ?? undefined } }),
          ),
        ]
      : []),
  ];

  return (
    <>
      <MetadataHead
        title={title}
        intro={t('dataElements.intro')}
        link={{ to: '/data/sets', label: t('dataSets.title') }}
        create={
          canEdit
            ? { label: t('dataElements.create'), onClick: () => setEditing({ element: null, initial: { valueType: 'number', aggregationAcross: 'sum', aggregationOverTime: 'last', disaggregations: [] } }) }
            : null
        }
      />
      <DataTable<DataElement> label={title} rows={elements.data.items} rowKey="code" columns={columns} empty={t('dataElements.empty')} />
      <EditModal<ElementForm>
        title={editing?.element ? t('dataElements.editOne', { code: editing.element.code }) : t('dataElements.create')}
        initial={editing?.initial}
        fields={FIELDS}
        onCancel={() => setEditing(undefined)}
        onSave={save}
      >
        <Form.Item name="code" label={t('dataElements.code')} rules={[{ required: true, whitespace: true, message: t('meta.required') }]} extra={t('dataElements.codeHelp')}>
          <Input disabled={Boolean(editing?.element)} maxLength={100} />
        </Form.Item>
        <Space.Compact block>
          <Form.Item name="name" label={t('dataElements.nameZh')} rules={[{ required: true, whitespace: true, message: t('meta.required') }]} style={{ flex: 1 }}>
            <Input maxLength={300} />
          </Form.Item>
          <Form.Item name="nameEn" label={t('dataElements.nameEn')} style={{ flex: 1, marginInlineStart: 12 }}>
            <Input maxLength={300} />
          </Form.Item>
        </Space.Compact>
        <Space wrap>
          <Form.Item name="unit" label={t('dataElements.unit')}>
            <Input maxLength={50} style={{ width: 120 }} />
          </Form.Item>
          <Form.Item name="valueType" label={t('dataElements.valueType')}>
            <Select style={{ width: 160 }} options={VALUE_TYPES.map((v) => ({ value: v, label: t(`dataElements.type.${v}`) }))} />
          </Form.Item>
          <Form.Item name="aggregationAcross" label={t('dataElements.across')}>
            <Select style={{ width: 160 }} options={ACROSS.map((v) => ({ value: v, label: t(`dataElements.agg.${v}`) }))} />
          </Form.Item>
          <Form.Item name="aggregationOverTime" label={t('dataElements.overTime')}>
            <Select style={{ width: 160 }} options={OVER_TIME.map((v) => ({ value: v, label: t(`dataElements.agg.${v}`) }))} />
          </Form.Item>
        </Space>
        <Form.Item name="disaggregations" label={t('dataElements.disaggregations')} extra={t('dataElements.disaggregationsHelp')}>
          <Select mode="tags" tokenSeparators={[',', '，']} open={false} suffixIcon={null} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="min" label={t('dataElements.min')}>
            <InputNumber style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="max" label={t('dataElements.max')}>
            <InputNumber style={{ width: 160 }} />
          </Form.Item>
        </Space>
        <Form.Item name="description" label={t('dataElements.description')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </EditModal>
    </>
  );
}
