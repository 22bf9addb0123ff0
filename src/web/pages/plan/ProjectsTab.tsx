import { Typography, type TableColumnsType } from 'antd';
import type { ProjectView } from '../../api/types.js';
import { DataTable } from '../../components/DataTable.js';
import { ProjectStageTag } from '../../components/StatusTags.js';
import { useI18n } from '../../i18n/context.js';
import { investmentTotal } from '../../projects/investment.js';

/** The plan's key projects; the investment total says which projects it leaves out. */
export function ProjectsTab({ projects }: { projects: ProjectView[] }) {
  const { t, locale } = useI18n();
  const number = new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en');
  const dash = t('common.empty');
  const total = investmentTotal(projects);
  const amount = (value: number | null) => (value === null ? dash : number.format(value));

  const columns: TableColumnsType<ProjectView> = [
    { title: t('projects.col.name'), dataIndex: 'name' },
    { title: t('projects.col.kind'), dataIndex: 'kind', render: (kind: string | null) => kind ?? dash },
    { title: t('projects.col.stage'), dataIndex: 'stage', render: (_, p) => (p.stage ? <ProjectStageTag stage={p.stage} /> : dash) },
    {
      title: t('projects.col.investment'),
      dataIndex: 'investment',
      align: 'right',
      render: (_, p) => (p.investment !== null ? number.format(p.investment) : (p.investmentText ?? dash)),
    },
    { title: t('projects.col.beds'), dataIndex: 'beds', align: 'right', render: amount },
    { title: t('projects.col.floorArea'), dataIndex: 'floorArea', align: 'right', render: amount },
    { title: t('projects.col.plannedCompletion'), dataIndex: 'plannedCompletion', render: (v: string | null) => v ?? dash },
  ];

  return (
    <>
      <DataTable<ProjectView> label={t('projects.tableLabel')} rowKey="id" columns={columns} rows={projects} empty={t('projects.empty')} />
      {projects.length > 0 && (
        <Typography.Paragraph style={{ marginTop: 12 }}>
          {t('projects.totalInvestment', { amount: number.format(total.amount), count: total.counted })}
          {total.leftOut.length > 0 && (
            <Typography.Text type="secondary" style={{ display: 'block' }}>
              {t('projects.totalLeavesOut', {
                count: total.leftOut.length,
                names: total.leftOut.map((p) => p.name).join(t('common.listSeparator')),
              })}
            </Typography.Text>
          )}
        </Typography.Paragraph>
      )}
    </>
  );
}
