import { Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import { useApiData } from '../../api/useApiData.js';
import { DataTable } from '../../components/DataTable.js';
import { LoadError } from '../../components/LoadError.js';
import { PageLoading } from '../../components/PageLoading.js';
import { useDocumentTitle } from '../../components/useDocumentTitle.js';
import { useI18n } from '../../i18n/context.js';
import type { CanonicalEntry } from './types.js';

export default function ComparisonListPage() {
  const { t, locale } = useI18n();
  const { data, error, loading, reload } = useApiData<{ items: CanonicalEntry[] }>('/api/canonical-indicators');
  useDocumentTitle(t('compare.listTitle'));
  if (error !== null) return <LoadError error={error} onRetry={reload} />;
  if (loading || !data) return <PageLoading />;
  const columns: TableColumnsType<CanonicalEntry> = [
    {
      title: t('compare.col.name'),
      key: 'name',
      render: (_, c) => <Link to={`/compare/${encodeURIComponent(c.code)}`}>{locale === 'en' && c.nameEn ? c.nameEn : c.name}</Link>,
    },
    { title: t('compare.col.unit'), dataIndex: 'unit', width: 80, render: (u: string | null) => u ?? t('common.empty') },
    { title: t('compare.col.plans'), dataIndex: 'plans', width: 110 },
    { title: t('compare.col.indicators'), dataIndex: 'indicators', width: 110 },
  ];
  const rows = [...data.items].sort((a, b) => b.plans - a.plans);
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        {t('compare.listTitle')}
      </Typography.Title>
      <DataTable<CanonicalEntry> label={t('compare.listLabel')} rowKey="code" columns={columns} rows={rows} empty={t('compare.empty')} />
    </>
  );
}
