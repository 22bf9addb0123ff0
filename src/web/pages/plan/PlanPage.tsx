import { Breadcrumb, Descriptions, Tabs, Typography } from 'antd';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import type { PlanDetail } from '../../api/types.js';
import { useApiData } from '../../api/useApiData.js';
import { LoadError } from '../../components/LoadError.js';
import { PageLoading } from '../../components/PageLoading.js';
import { PlanStatusTag } from '../../components/StatusTags.js';
import { useDocumentTitle } from '../../components/useDocumentTitle.js';
import { useI18n } from '../../i18n/context.js';
import { WorkspaceLinks } from '../scorecard/WorkspaceLinks.js';
import { IndicatorsTab } from './IndicatorsTab.js';
import { OverviewTab } from './OverviewTab.js';
import { ProjectsTab } from './ProjectsTab.js';
import { TasksTab } from './TasksTab.js';

const TABS = ['indicators', 'tasks', 'projects', 'overview'] as const;
type TabKey = (typeof TABS)[number];

export default function PlanPage() {
  const { code = '' } = useParams();
  const { t } = useI18n();
  const [search, setSearch] = useSearchParams();
  const { data, error, loading, reload } = useApiData<PlanDetail>(`/api/plans/${encodeURIComponent(code)}`);
  useDocumentTitle(data?.plan.title);

  const requested = search.get('tab');
  const tab: TabKey = TABS.find((key) => key === requested) ?? 'indicators';

  const breadcrumb = <Breadcrumb items={[{ title: <Link to="/plans">{t('common.backToPlans')}</Link> }]} style={{ marginBottom: 16 }} />;
  if (error !== null) {
    return (
      <>
        {breadcrumb}
        <LoadError error={error} onRetry={reload} />
      </>
    );
  }
  if (loading || !data) return <PageLoading />;

  const { plan } = data;
  const dash = t('common.empty');
  return (
    <>
      {breadcrumb}
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        {plan.title}
      </Typography.Title>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 3 }}
        items={[
          { key: 'region', label: t('plan.field.region'), children: plan.region.name },
          { key: 'period', label: t('plan.field.period'), children: t('common.period', { start: plan.periodStart, end: plan.periodEnd }) },
          { key: 'status', label: t('plan.field.status'), children: <PlanStatusTag status={plan.status} /> },
          { key: 'issuer', label: t('plan.field.issuer'), children: plan.issuer ?? dash },
          { key: 'documentNumber', label: t('plan.field.documentNumber'), children: plan.documentNumber ?? dash },
          { key: 'approvalDate', label: t('plan.field.approvalDate'), children: plan.approvalDate ?? dash },
        ]}
      />
      <WorkspaceLinks plan={plan.code} />
      <Tabs
        aria-label={t('plan.tabs.label')}
        activeKey={tab}
        onChange={(key) => setSearch(key === 'indicators' ? {} : { tab: key }, { replace: true })}
        items={[
          { key: 'indicators', label: t('plan.tab.indicators'), children: <IndicatorsTab indicators={data.indicators} /> },
          { key: 'tasks', label: t('plan.tab.tasks'), children: <TasksTab tasks={data.tasks} /> },
          { key: 'projects', label: t('plan.tab.projects'), children: <ProjectsTab projects={data.projects} /> },
          { key: 'overview', label: t('plan.tab.overview'), children: <OverviewTab detail={data} /> },
        ]}
        destroyOnHidden
      />
    </>
  );
}
