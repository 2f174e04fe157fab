import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import ar from './ar.json';
import en from './en.json';
import { applyDocumentLocale, initialLocale } from './locale';

// `satisfies` makes the type checker fail when the Arabic catalogue misses a key.
export const resources = {
  en: { translation: en },
  ar: { translation: ar satisfies typeof en },
} as const;

const lng = initialLocale();
applyDocumentLocale(lng);
i18n.on('languageChanged', applyDocumentLocale);

void i18n.use(initReactI18next).init({
  resources,
  lng,
  fallbackLng: 'en',
  supportedLngs: ['en', 'ar'],
  initAsync: false,
  // React escapes text already.
  interpolation: { escapeValue: false },
  returnNull: false,
});

export default i18n;
