import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../core/model/index.ts';
import { NAMESPACES } from './namespaces.ts';

/** Builds i18next resources from the namespace files: { 'zh-CN': { common: {...}, sections: {...} }, en: {...} }. */
function resources() {
  const out: Record<Language, Record<string, Record<string, string>>> = { 'zh-CN': {}, en: {} };
  for (const [ns, byLanguage] of Object.entries(NAMESPACES)) {
    out['zh-CN'][ns] = byLanguage['zh-CN'];
    out.en[ns] = byLanguage.en;
  }
  return out;
}

/** The UI language: zh-CN for any Chinese OS locale, English otherwise. */
export function languageFor(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export async function initI18n(language: Language): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    defaultNS: 'common',
    ns: Object.keys(NAMESPACES),
    resources: resources(),
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });
  return instance;
}
