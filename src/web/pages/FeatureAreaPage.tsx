import { Alert, Typography } from 'antd';
import { useDocumentTitle } from '../components/useDocumentTitle.js';
import { useI18n } from '../i18n/context.js';
import type { MessageKey } from '../i18n/zh.js';

export type FeatureArea = 'tasks' | 'projects' | 'evaluations' | 'admin';

const FEATURES: Record<FeatureArea, MessageKey[]> = {
  tasks: ['area.tasks.f1', 'area.tasks.f2', 'area.tasks.f3', 'area.tasks.f4'],
  projects: ['area.projects.f1', 'area.projects.f2', 'area.projects.f3'],
  evaluations: ['area.evaluations.f1', 'area.evaluations.f2', 'area.evaluations.f3', 'area.evaluations.f4'],
  admin: ['area.admin.f1', 'area.admin.f2', 'area.admin.f3', 'area.admin.f4'],
};

/** A menu area whose pages are still being built: it says which plan features will live there. */
export default function FeatureAreaPage({ area }: { area: FeatureArea }) {
  const { t } = useI18n();
  const title = t(`area.${area}.title`);
  useDocumentTitle(title);
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        {title}
      </Typography.Title>
      <Typography.Paragraph>{t(`area.${area}.intro`)}</Typography.Paragraph>
      <Alert
        type="info"
        showIcon
        title={t('area.building')}
        description={
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {FEATURES[area].map((key) => (
              <li key={key}>{t(key)}</li>
            ))}
          </ul>
        }
      />
    </>
  );
}
