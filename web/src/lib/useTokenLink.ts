import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';

/** Where a page opened from a single-use `?token=` link stands: spending it, spent, or refused. */
export type TokenLinkState<T> =
  | { status: 'pending' }
  | { status: 'confirmed'; result: T }
  | { status: 'failed'; error: unknown };

/**
 * Wraps a call that spends a token so each token is spent at most once: tokens are single-use, and
 * StrictMode (or a remount) would otherwise run the effect, and spend the token, twice.
 */
export function spendOnce<T>(spend: (token: string) => Promise<T>): (token: string) => Promise<T> {
  const attempts = new Map<string, Promise<T>>();
  return (token) => {
    let attempt = attempts.get(token);
    if (!attempt) {
      attempt = spend(token);
      attempts.set(token, attempt);
    }
    return attempt;
  };
}

/** Spends the page's `?token=` with `spend` (stable, from spendOnce); no token fails with error null. */
export function useTokenLink<T>(spend: (token: string) => Promise<T>): TokenLinkState<T> {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [state, setState] = useState<TokenLinkState<T>>(
    token ? { status: 'pending' } : { status: 'failed', error: null },
  );

  useEffect(() => {
    if (!token) return;
    let cancelled = false;
    spend(token).then(
      (result) => {
        if (!cancelled) setState({ status: 'confirmed', result });
      },
      (error: unknown) => {
        if (!cancelled) setState({ status: 'failed', error });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [token, spend]);

  return state;
}
