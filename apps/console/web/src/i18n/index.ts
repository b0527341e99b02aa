import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

type Messages = Record<string, unknown>;

/**
 * Translations are JSON files in this folder: `en.json` / `zh-CN.json` hold the shell's and the
 * core pages' keys (each top-level key is a namespace: `board.title`), and a page may add its own
 * pair `<page>.en.json` / `<page>.zh-CN.json`, whose keys land under `<page>.` (e.g. `cases.title`).
 * Vite bundles every matching file, so adding a page needs no edit here. A unit test
 * (translations.spec.ts) fails when the two languages' keys differ.
 */
const files = import.meta.glob<Messages>('./*.json', { eager: true, import: 'default' });

function resourcesOf(modules: Record<string, Messages>): Record<Language, Messages> {
  const resources: Record<Language, Messages> = { 'zh-CN': {}, en: {} };
  for (const [path, messages] of Object.entries(modules)) {
    const match = /\.\/(?:([\w-]+)\.)?(zh-CN|en)\.json$/.exec(path);
    if (!match) continue;
    const [, page, language] = match as unknown as [string, string | undefined, Language];
    Object.assign(resources[language], page ? { [page]: messages } : messages);
  }
  return resources;
}

const STORAGE_KEY = 'concord.language';

function initialLanguage(): Language {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (saved === 'en' || saved === 'zh-CN') return saved;
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export function setLanguage(language: Language): void {
  localStorage.setItem(STORAGE_KEY, language);
  void i18n.changeLanguage(language);
}

const resources = resourcesOf(files);
void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: resources['zh-CN'] }, en: { translation: resources.en } },
  lng: initialLanguage(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
});
i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});
document.documentElement.lang = i18n.language;

export default i18n;
