import { createContext, useContext } from 'react';
import type { SignInBody, User } from '../../../src/contracts/auth.js';

export type AuthStatus = 'loading' | 'anonymous' | 'authenticated';

export interface AuthValue {
  status: AuthStatus;
  user: User | null;
  signIn: (body: SignInBody) => Promise<User>;
  /**
   * Ends the session. `beforeReset` runs after the server agreed but before the user is forgotten, so a
   * caller can navigate away first and route guards never see a signed-out visitor on a private page.
   */
  signOut: (beforeReset?: () => void | Promise<void>) => Promise<void>;
  /** Replace the cached user after the server returned a fresh copy (e.g. PATCH /me). */
  setUser: (user: User) => void;
  /** Forget the user because the server said the session is gone. */
  expire: () => void;
  refresh: () => Promise<void>;
}

export const AuthContext = createContext<AuthValue | null>(null);

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
}
