import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language, setLanguage } from '../i18n';

/** 中文 / English; the choice is remembered in this browser. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <select data-testid="language-switch" aria-label={t('app.language')} value={i18n.language} onChange={(event) => setLanguage(event.target.value as Language)}>
      {LANGUAGES.map((language) => (
        <option key={language} value={language}>
          {t(`app.languages.${language}`)}
        </option>
      ))}
    </select>
  );
}
