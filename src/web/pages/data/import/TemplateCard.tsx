import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Radio, Select, Space } from 'antd';
import { useState } from 'react';
import { isPeriodId } from '../../../../domain/periods/period.js';
import { useI18n } from '../../../i18n/context.js';
import type { DataSet, OrgUnitItem } from '../metadata/types.js';
import { defaultRoot } from '../metadata/default-root.js';
import { orgUnitLabel } from '../metadata/useMetadata.js';

const EXAMPLE_PERIOD = { yearly: '2024', sixmonthly: '2024S1', quarterly: '2024Q3', monthly: '202403' } as const;

/** A file to fill in: every element of a data set for each reporting org unit of a subtree and a period. */
export function TemplateCard({ sets, orgUnits, scope }: { sets: DataSet[]; orgUnits: OrgUnitItem[]; scope: string | null }) {
  const { t } = useI18n();
  const [setCode, setSetCode] = useState<string | undefined>(sets[0]?.code);
  const set = sets.find((s) => s.code === setCode);
  const [orgUnit, setOrgUnit] = useState<string | undefined>(defaultRoot(set, orgUnits, scope));
  const [period, setPeriod] = useState('');
  const [format, setFormat] = useState<'xlsx' | 'csv'>('xlsx');
  const ready = set !== undefined && orgUnit !== undefined && isPeriodId(period);
  const href = ready ? `/api/data/template?${new URLSearchParams({ dataSet: set.code, orgUnit, period, format })}` : undefined;

  return (
    <Card size="small" title={t('dataImport.templateTitle')} style={{ marginBottom: 16 }}>
      <Form layout="vertical">
        <Space wrap align="end">
          <Form.Item label={t('dataImport.dataSet')} htmlFor="template-set">
            <Select
              id="template-set"
              style={{ width: 240 }}
              value={setCode}
              onChange={(code: string) => {
                setSetCode(code);
                const next = sets.find((s) => s.code === code);
                setOrgUnit(defaultRoot(next, orgUnits, scope));
              }}
              options={sets.map((s) => ({ value: s.code, label: `${s.name}（${s.code}）` }))}
              notFoundContent={t('dataImport.noSets')}
            />
          </Form.Item>
          <Form.Item label={t('dataImport.orgUnit')} htmlFor="template-unit">
            <Select id="template-unit" style={{ width: 260 }} showSearch optionFilterProp="label" value={orgUnit} onChange={setOrgUnit} options={orgUnits.map((u) => ({ value: u.code, label: orgUnitLabel(u) }))} />
          </Form.Item>
          <Form.Item
            label={t('dataImport.period')}
            htmlFor="template-period"
            validateStatus={period !== '' && !isPeriodId(period) ? 'error' : undefined}
            help={period !== '' && !isPeriodId(period) ? t('dataImport.periodInvalid') : undefined}
          >
            <Input id="template-period" style={{ width: 140 }} value={period} onChange={(e) => setPeriod(e.target.value.trim())} placeholder={set ? EXAMPLE_PERIOD[set.periodType] : '2024'} />
          </Form.Item>
          <Form.Item label={t('dataImport.format')}>
            <Radio.Group value={format} onChange={(e) => setFormat(e.target.value as 'xlsx' | 'csv')} options={[{ value: 'xlsx', label: 'Excel (.xlsx)' }, { value: 'csv', label: 'CSV' }]} />
          </Form.Item>
          <Form.Item>
            <Button icon={<DownloadOutlined />} href={href} disabled={!ready} download>
              {t('dataImport.download')}
            </Button>
          </Form.Item>
        </Space>
      </Form>
    </Card>
  );
}
