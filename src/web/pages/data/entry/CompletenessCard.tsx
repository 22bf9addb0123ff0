import { Card, Progress, Space, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import { DataTable } from '../../../components/DataTable.js';
import { useI18n } from '../../../i18n/context.js';
import type { Completeness, CompletenessUnit } from './types.js';
import { FormStatusTag } from './WorkflowBar.js';

/** Which reporting org units in the user's scope have submitted and been approved, with the shares. */
export function CompletenessCard({ completeness, formLink }: { completeness: Completeness; formLink(orgUnit: string): string }) {
  const { t, locale } = useI18n();
  const { total, submitted, approved } = completeness.counts;
  const percent = (n: number) => (total === 0 ? 0 : Math.round((n / total) * 1000) / 10);
  const when = (at: string | null) => (at ? new Date(at).toLocaleString(locale === 'zh' ? 'zh-CN' : 'en-GB') : t('common.empty'));
  const columns: TableColumnsType<CompletenessUnit> = [
    { title: t('entry.col.orgUnit'), dataIndex: 'name', render: (name: string, unit) => <Link to={formLink(unit.code)}>{name}</Link> },
    { title: t('entry.col.status'), key: 'status', render: (_, unit) => <FormStatusTag status={unit.status} reopenReason={unit.reopenReason} /> },
    { title: t('entry.col.submittedAt'), dataIndex: 'submittedAt', render: when },
    { title: t('entry.col.approvedAt'), dataIndex: 'approvedAt', render: when },
  ];
  return (
    <Card size="small" title={t('entry.completeness', { period: completeness.period })} style={{ marginTop: 16 }}>
      <Space wrap size="large" style={{ marginBottom: 12 }}>
        <span data-testid="completeness-submitted">
          <Typography.Text>{t('entry.completenessSubmitted', { count: submitted, total, percent: percent(submitted) })}</Typography.Text>
          <Progress percent={percent(submitted)} size="small" style={{ width: 160, marginInlineStart: 8 }} showInfo={false} aria-hidden />
        </span>
        <span data-testid="completeness-approved">
          <Typography.Text>{t('entry.completenessApproved', { count: approved, total, percent: percent(approved) })}</Typography.Text>
          <Progress percent={percent(approved)} size="small" status="success" style={{ width: 160, marginInlineStart: 8 }} showInfo={false} aria-hidden />
        </span>
      </Space>
      <DataTable<CompletenessUnit> label={t('entry.completenessLabel')} rows={completeness.orgUnits} rowKey="code" columns={columns} empty={t('entry.noOrgUnits')} />
    </Card>
  );
}
