import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { updateMe } from '../api/auth';
import { type Locale, storeLocale } from '../i18n/locale';
import { useAuth } from './auth-context';

/** Switches the UI language, remembers it on this device and, when signed in, on the account. */
export function useChangeLocale() {
  const { i18n } = useTranslation();
  const { user, setUser } = useAuth();
  return useCallback(
    async (locale: Locale) => {
      storeLocale(locale);
      await i18n.changeLanguage(locale);
      if (user && user.locale !== locale) {
        try {
          setUser(await updateMe({ locale }));
        } catch {
          // The UI already switched; the account preference only affects emails and is retried next time.
        }
      }
    },
    [i18n, user, setUser],
  );
}
