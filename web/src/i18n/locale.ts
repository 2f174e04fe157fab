import { type Locale, localeSchema } from '../../../src/contracts/common.js';

export type { Locale };

const STORAGE_KEY = 'ath.locale';

/** The choice the visitor made explicitly on this device, if any. */
export function storedLocale(): Locale | null {
  try {
    const parsed = localeSchema.safeParse(window.localStorage.getItem(STORAGE_KEY));
    return parsed.success ? parsed.data : null;
  } catch {
    // Storage can be unavailable (privacy modes); the app still works without persistence.
    return null;
  }
}

export function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // See storedLocale: persistence is best-effort.
  }
}

export function browserLocale(): Locale {
  const languages = navigator.languages.length > 0 ? navigator.languages : [navigator.language];
  return languages[0]?.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

/** The user's account locale is only known after /me answers; see AuthProvider. */
export function initialLocale(): Locale {
  return storedLocale() ?? browserLocale();
}

export function toLocale(language: string | undefined): Locale {
  return language?.startsWith('ar') ? 'ar' : 'en';
}

export function directionOf(locale: Locale): 'rtl' | 'ltr' {
  return locale === 'ar' ? 'rtl' : 'ltr';
}

export function applyDocumentLocale(language: string): void {
  const locale = toLocale(language);
  document.documentElement.lang = locale;
  document.documentElement.dir = directionOf(locale);
}
