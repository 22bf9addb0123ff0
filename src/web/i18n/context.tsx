import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError } from '../api/client.js';
import type { MessageKey } from './zh.js';
import { htmlLang, readStoredLocale, storeLocale, translate, type Locale, type MessageParams } from './locale.js';

export interface I18n {
  locale: Locale;
  setLocale(locale: Locale): void;
  t(key: MessageKey, params?: MessageParams): string;
  /** A failure as the user should read it, in the current language. */
  errorText(error: unknown): string;
}

const I18nContext = createContext<I18n | null>(null);

function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => readStoredLocale(browserStorage()));

  useEffect(() => {
    document.documentElement.lang = htmlLang(locale);
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    storeLocale(browserStorage(), next);
    setLocaleState(next);
  }, []);

  const value = useMemo<I18n>(() => {
    const t = (key: MessageKey, params?: MessageParams) => translate(locale, key, params);
    const errorText = (error: unknown) => {
      if (error instanceof ApiError) return error.text(locale);
      return t('error.unexpected', { message: error instanceof Error ? error.message : String(error) });
    };
    return { locale, setLocale, t, errorText };
  }, [locale, setLocale]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n needs an I18nProvider above it');
  return i18n;
}
