import { Segmented } from 'antd';
import { useI18n } from '../i18n/context.js';
import { LOCALES, type Locale } from '../i18n/locale.js';

/** Each language is named in itself, so a reader who cannot read the current one still finds theirs. */
export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  return (
    <Segmented<Locale>
      aria-label={t('lang.label')}
      size="small"
      value={locale}
      onChange={setLocale}
      options={LOCALES.map((value) => ({ value, label: <span lang={value === 'zh' ? 'zh-CN' : 'en'}>{t(`lang.${value}`)}</span> }))}
    />
  );
}
