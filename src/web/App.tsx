import { App as AntApp, ConfigProvider } from 'antd';
import { BrowserRouter } from 'react-router-dom';
import { SessionProvider } from './auth/session.js';
import { ANTD_LOCALES } from './i18n/antd-locales.js';
import { I18nProvider, useI18n } from './i18n/context.js';
import { AppRoutes } from './routes.js';

function LocalizedApp() {
  const { locale } = useI18n();
  // antd would print 登录 as 登 录; screen readers then read two words, and the label differs from the text.
  return (
    <ConfigProvider locale={ANTD_LOCALES[locale]} button={{ autoInsertSpace: false }}>
      <AntApp>
        <SessionProvider>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </SessionProvider>
      </AntApp>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <I18nProvider>
      <LocalizedApp />
    </I18nProvider>
  );
}
