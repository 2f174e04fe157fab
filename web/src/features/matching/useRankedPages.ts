import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/errors';
import type { MatchPage } from '../../api/matching';
import { useAuth } from '../../app/auth-context';

export const PAGE_SIZE = 20;

export type RankedPages<T> =
  | { status: 'loading'; items: T[]; nextOffset: null; error: null }
  | { status: 'ready' | 'loading_more'; items: T[]; nextOffset: number | null; error: unknown }
  | { status: 'error'; items: T[]; nextOffset: null; error: unknown };

/**
 * The first page of a ranking for a query, and the next ones on request ("Load more"). `query` is a
 * stable key of what is asked; answers to a query since replaced are dropped, so pages never mix.
 */
export function useRankedPages<T>(query: string, fetchPage: (offset: number) => Promise<MatchPage<T>>) {
  const { expire } = useAuth();
  const generation = useRef(0);
  // The latest fetcher, so the effect below re-runs only when the query itself changes.
  const fetcher = useRef(fetchPage);
  fetcher.current = fetchPage;
  const [pages, setPages] = useState<RankedPages<T>>({
    status: 'loading',
    items: [],
    nextOffset: null,
    error: null,
  });
  const [version, setVersion] = useState(0);

  const failed = useCallback(
    (error: unknown) => {
      // The session ended elsewhere: the route guard sends the person to sign in.
      if (error instanceof ApiError && error.status === 401) expire();
    },
    [expire],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: `query` and `version` are the triggers; the fetcher is read from a ref.
  useEffect(() => {
    const current = ++generation.current;
    setPages((p) => ({ status: 'loading', items: p.items, nextOffset: null, error: null }));
    fetcher.current(0).then(
      (page) => {
        if (current === generation.current)
          setPages({ status: 'ready', items: page.items, nextOffset: page.nextOffset, error: null });
      },
      (error: unknown) => {
        if (current !== generation.current) return;
        failed(error);
        setPages({ status: 'error', items: [], nextOffset: null, error });
      },
    );
  }, [query, version, failed]);

  const loadMore = useCallback(() => {
    if (pages.status !== 'ready' || pages.nextOffset === null) return;
    const current = generation.current;
    const offset = pages.nextOffset;
    setPages({ ...pages, status: 'loading_more', error: null });
    fetcher.current(offset).then(
      (page) => {
        if (current !== generation.current) return;
        setPages((p) => ({
          status: 'ready',
          items: [...p.items, ...page.items],
          nextOffset: page.nextOffset,
          error: null,
        }));
      },
      (error: unknown) => {
        if (current !== generation.current) return;
        failed(error);
        // Keep what is shown; the same page can be asked for again.
        setPages((p) => ({ status: 'ready', items: p.items, nextOffset: offset, error }));
      },
    );
  }, [pages, failed]);

  /** Replaces shown items in place, e.g. a candidate row after a recruiter's action. */
  const update = useCallback((change: (item: T) => T) => {
    setPages((p) => ({ ...p, items: p.items.map(change) }));
  }, []);

  const retry = useCallback(() => setVersion((v) => v + 1), []);
  return { pages, loadMore, retry, update };
}
