import { useEffect } from 'react';
import { useI18n } from '../i18n/context.js';

/** Names the browser tab after the page, so that tabs, history and screen readers tell pages apart. */
export function useDocumentTitle(title: string | null | undefined): void {
  const { t } = useI18n();
  const appName = t('app.name');
  useEffect(() => {
    document.title = title ? `${title} · ${appName}` : appName;
  }, [title, appName]);
}
