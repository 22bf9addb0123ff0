import { Drawer, type TableColumnsType } from 'antd';
import { useApiData } from '../../../api/useApiData.js';
import { DataTable } from '../../../components/DataTable.js';
import { LoadError } from '../../../components/LoadError.js';
import { PageLoading } from '../../../components/PageLoading.js';
import { useI18n } from '../../../i18n/context.js';
import type { GridRow } from './rows.js';
import type { HistoryItem } from './types.js';

/** The audit trail of one cell: every change, who made it, when, through which channel and why. */
export function HistoryDrawer({ row, label, orgUnit, period, onClose }: { row: GridRow | null; label: string; orgUnit: string; period: string; onClose(): void }) {
  const { t } = useI18n();
  return (
    <Drawer open={row !== null} onClose={onClose} size={960} title={t('entry.history.title', { name: label })} destroyOnHidden>
      {row && <HistoryTable row={row} orgUnit={orgUnit} period={period} />}
    </Drawer>
  );
}

function HistoryTable({ row, orgUnit, period }: { row: GridRow; orgUnit: string; period: string }) {
  const { t, locale } = useI18n();
  const query = new URLSearchParams({ dataElement: row.dataElement, orgUnit, period });
  if (row.disaggregation) query.set('disaggregation', row.disaggregation);
  const { data, error, loading, reload } = useApiData<{ items: HistoryItem[] }>(`/api/data/values/history?${query.toString()}`);
  if (error !== null) return <LoadError error={error} onRetry={reload} />;
  if (loading || !data) return <PageLoading />;
  const empty = t('common.empty');
  const shown = (side: HistoryItem['before']) => {
    if (!side) return empty;
    const value = side.value ?? empty;
    return side.comment ? `${value}（${side.comment}）` : String(value);
  };
  const columns: TableColumnsType<HistoryItem> = [
    { title: t('entry.history.at'), dataIndex: 'at', render: (at: string) => new Date(at).toLocaleString(locale === 'zh' ? 'zh-CN' : 'en-GB') },
    { title: t('entry.history.user'), dataIndex: 'username', render: (name: string | null) => name ?? empty },
    { title: t('entry.history.before'), key: 'before', render: (_, item) => shown(item.before) },
    { title: t('entry.history.after'), key: 'after', render: (_, item) => shown(item.after) },
    { title: t('entry.history.channel'), dataIndex: 'channel', render: (channel: string) => channelLabel(t, channel) },
    { title: t('entry.history.reason'), dataIndex: 'reason', render: (reason: string | null) => reason ?? empty },
  ];
  return <DataTable<HistoryItem> label={t('entry.history.label')} rows={data.items} rowKey={(item) => `${item.at}-${item.action}`} columns={columns} empty={t('entry.history.empty')} />;
}

const CHANNELS = ['form', 'import', 'api', 'cli'] as const;

function channelLabel(t: ReturnType<typeof useI18n>['t'], channel: string): string {
  const known = CHANNELS.find((c) => c === channel);
  return known ? t(`entry.channel.${known}`) : channel;
}
