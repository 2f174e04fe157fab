import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignInBody, User } from '../../../src/contracts/auth.js';
import * as authApi from '../api/auth';
import { ApiError } from '../api/errors';
import { storedLocale } from '../i18n/locale';
import { AuthContext, type AuthStatus, type AuthValue } from './auth-context';

interface State {
  status: AuthStatus;
  user: User | null;
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const [state, setState] = useState<State>({ status: 'loading', user: null });

  const adopt = useCallback(
    (user: User) => {
      setState({ status: 'authenticated', user });
      // An explicit choice on this device wins over the account preference.
      if (!storedLocale() && i18n.language !== user.locale) void i18n.changeLanguage(user.locale);
    },
    [i18n],
  );

  const refresh = useCallback(async () => {
    try {
      adopt(await authApi.fetchMe());
    } catch {
      // 401 is the normal anonymous answer; an unreachable API is treated the same way.
      setState({ status: 'anonymous', user: null });
    }
  }, [adopt]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const signIn = useCallback(
    async (body: SignInBody) => {
      const user = await authApi.signIn(body);
      adopt(user);
      return user;
    },
    [adopt],
  );

  const signOut = useCallback(async (beforeReset?: () => void | Promise<void>) => {
    try {
      await authApi.signOut();
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 401)) throw error;
    }
    await beforeReset?.();
    setState({ status: 'anonymous', user: null });
  }, []);

  const setUser = useCallback((user: User) => setState({ status: 'authenticated', user }), []);
  const expire = useCallback(() => setState({ status: 'anonymous', user: null }), []);

  const value = useMemo<AuthValue>(
    () => ({ ...state, signIn, signOut, setUser, expire, refresh }),
    [state, signIn, signOut, setUser, expire, refresh],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
