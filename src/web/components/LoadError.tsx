import { Alert, Button } from 'antd';
import { ApiError } from '../api/client.js';
import { useI18n } from '../i18n/context.js';

/** A failed load: what went wrong, in the reader's language, and a way to try again. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t, errorText } = useI18n();
  const field = error instanceof ApiError ? error.field : null;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={t('common.loadFailed')}
      description={
        <>
          {errorText(error)}
          {field && <div>{t('error.field', { field })}</div>}
        </>
      }
      action={onRetry && <Button onClick={onRetry}>{t('common.retry')}</Button>}
    />
  );
}
