import { Button, Result } from 'antd';
import { useLocation, useNavigate } from 'react-router-dom';
import { useDocumentTitle } from '../components/useDocumentTitle.js';
import { useI18n } from '../i18n/context.js';

export default function NotFoundPage() {
  const { t } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  useDocumentTitle(t('notFound.title'));
  return (
    <Result
      status="404"
      title={t('notFound.title')}
      subTitle={t('notFound.text', { path: location.pathname })}
      extra={<Button onClick={() => navigate('/plans')}>{t('common.backToPlans')}</Button>}
    />
  );
}
