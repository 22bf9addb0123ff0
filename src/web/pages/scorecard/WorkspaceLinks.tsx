import { Space } from 'antd';
import { Link } from 'react-router-dom';
import { useI18n } from '../../i18n/context.js';
import type { MessageKey } from '../../i18n/zh.js';

const PAGES: Array<{ path: string; label: MessageKey }> = [
  { path: 'scorecard', label: 'scorecard.link' },
  { path: 'tasks', label: 'workspace.tasks' },
  { path: 'projects', label: 'workspace.projects' },
  { path: 'evaluations', label: 'workspace.evaluations' },
  { path: 'findings', label: 'workspace.findings' },
];

/** The monitoring pages of one plan, linked from the plan page. */
export function WorkspaceLinks({ plan }: { plan: string }) {
  const { t } = useI18n();
  return (
    <nav aria-label={t('workspace.links')} style={{ margin: '8px 0 16px' }}>
      <Space wrap size="middle">
        {PAGES.map((page) => (
          <Link key={page.path} to={`/plans/${encodeURIComponent(plan)}/${page.path}`}>
            {t(page.label)}
          </Link>
        ))}
        <Link to="/compare">{t('workspace.compare')}</Link>
      </Space>
    </nav>
  );
}
