import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/errors';
import { useAuth } from '../app/auth-context';

type LoadState<T> =
  | { status: 'loading'; data: null; error: null }
  | { status: 'ready'; data: T; error: null }
  | { status: 'error'; data: null; error: unknown };

/**
 * Loads data for a page. A 401 means the session ended elsewhere (revoked or expired), so the auth
 * state is reset and the route guard sends the visitor to sign in.
 */
export function useLoad<T>(load: () => Promise<T>) {
  const { expire } = useAuth();
  const [state, setState] = useState<LoadState<T>>({ status: 'loading', data: null, error: null });
  const [version, setVersion] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` is the explicit reload trigger.
  useEffect(() => {
    let cancelled = false;
    load().then(
      (data) => {
        if (!cancelled) setState({ status: 'ready', data, error: null });
      },
      (error: unknown) => {
        if (cancelled) return;
        if (error instanceof ApiError && error.status === 401) expire();
        setState({ status: 'error', data: null, error });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [load, expire, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { ...state, reload };
}
