// Switches the UI between 中文 and English; the choice survives reloads (see i18n.ts).
import { locale, setLocale, t, type Locale } from '../i18n/i18n.ts';

export function LanguageSwitch() {
  return (
    <label class="language-switch">
      <span class="visually-hidden">{t('lang.label')}</span>
      <select data-testid="language-switch" value={locale()} onChange={(e) => setLocale(e.currentTarget.value as Locale)}>
        <option value="zh-CN">中文</option>
        <option value="en">English</option>
      </select>
    </label>
  );
}
