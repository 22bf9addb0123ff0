import { Checkbox, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../i18n/context.js';
import type { RowAction, RowOutcome } from './types.js';

const ACTION_COLOR: Record<RowAction, string> = { create: 'green', update: 'blue', unchanged: 'default', reject: 'red' };

/** What the dry run says each row of the file would do, and why a row is rejected. */
export function RowsTable({ rows }: { rows: RowOutcome[] }) {
  const { t, locale } = useI18n();
  // A file with rejected rows opens on them: they are what the user has to fix.
  const [rejectedOnly, setRejectedOnly] = useState(() => rows.some((r) => r.action === 'reject'));
  const shown = rejectedOnly ? rows.filter((r) => r.action === 'reject') : rows;
  const columns: TableColumnsType<RowOutcome> = [
    { title: t('dataImport.col.row'), dataIndex: 'row', width: 70 },
    { title: t('dataImport.col.action'), dataIndex: 'action', render: (a: RowAction) => <Tag color={ACTION_COLOR[a]}>{t(`dataImport.action.${a}`)}</Tag> },
    { title: t('dataImport.col.element'), dataIndex: 'dataElement' },
    { title: t('dataImport.col.orgUnit'), dataIndex: 'orgUnit' },
    { title: t('dataImport.col.period'), dataIndex: 'period' },
    { title: t('dataImport.col.disaggregation'), dataIndex: 'categoryOptionCombo' },
    { title: t('dataImport.col.value'), key: 'value', render: (_, r) => (r.previous !== undefined && r.action === 'update' ? `${r.previous} → ${r.value}` : String(r.value)) },
    { title: t('dataImport.col.reason'), key: 'reason', render: (_, r) => r.reason?.[locale] ?? '' },
  ];
  return (
    <>
      <div style={{ marginBottom: 8 }}>
        <Checkbox checked={rejectedOnly} onChange={(e) => setRejectedOnly(e.target.checked)}>
          {t('dataImport.rejectedOnly')}
        </Checkbox>
      </div>
      <Table<RowOutcome>
        aria-label={t('dataImport.rowsLabel')}
        size="small"
        rowKey="row"
        columns={columns}
        dataSource={shown}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
      />
    </>
  );
}
