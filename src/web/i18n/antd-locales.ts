import type { ConfigProviderProps } from 'antd';
import enUS from 'antd/es/locale/en_US.js';
import zhCN from 'antd/es/locale/zh_CN.js';
import type { Locale } from './locale.js';

type AntdLocale = NonNullable<ConfigProviderProps['locale']>;

// antd's package declares no "type": "module", so TypeScript reads these ES modules' typings as
// CommonJS and sees a namespace; the bundler loads the ES modules, whose default export is the locale.
export const ANTD_LOCALES: Record<Locale, AntdLocale> = {
  zh: zhCN as unknown as AntdLocale,
  en: enUS as unknown as AntdLocale,
};
