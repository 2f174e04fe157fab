import { useCallback, useEffect, useRef, useState } from 'react';
import type { PositionSummary } from '../../api/positions';
import { searchJobs } from '../../api/positions';
import type { JobFilters } from './jobQuery';
import { searchFromFilters } from './jobQuery';

const PAGE_SIZE = 20;

export type JobResults =
  | { status: 'loading'; positions: PositionSummary[]; nextCursor: null; error: null }
  | {
      status: 'ready' | 'loading_more';
      positions: PositionSummary[];
      nextCursor: string | null;
      error: unknown;
    }
  | { status: 'error'; positions: PositionSummary[]; nextCursor: null; error: unknown };

/**
 * The first page of results for the filters, and the next ones on request. Answers to a search the
 * visitor has since changed are dropped, so results never mix two searches.
 */
export function useJobResults(filters: JobFilters) {
  const query = JSON.stringify(searchFromFilters(filters));
  const generation = useRef(0);
  const [results, setResults] = useState<JobResults>({
    status: 'loading',
    positions: [],
    nextCursor: null,
    error: null,
  });
  const [version, setVersion] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` is the explicit retry trigger.
  useEffect(() => {
    const current = ++generation.current;
    setResults((r) => ({ status: 'loading', positions: r.positions, nextCursor: null, error: null }));
    searchJobs({ ...JSON.parse(query), limit: String(PAGE_SIZE) }).then(
      (page) => {
        if (current === generation.current)
          setResults({
            status: 'ready',
            positions: page.positions,
            nextCursor: page.nextCursor,
            error: null,
          });
      },
      (error: unknown) => {
        if (current === generation.current)
          setResults({ status: 'error', positions: [], nextCursor: null, error });
      },
    );
  }, [query, version]);

  const loadMore = useCallback(() => {
    if (results.status !== 'ready' || !results.nextCursor) return;
    const current = generation.current;
    const cursor = results.nextCursor;
    setResults({ ...results, status: 'loading_more', error: null });
    searchJobs({ ...JSON.parse(query), cursor, limit: String(PAGE_SIZE) }).then(
      (page) => {
        if (current !== generation.current) return;
        setResults((r) => ({
          status: 'ready',
          positions: [...r.positions, ...page.positions],
          nextCursor: page.nextCursor,
          error: null,
        }));
      },
      (error: unknown) => {
        if (current !== generation.current) return;
        // Keep what is shown; the same cursor can be tried again.
        setResults((r) => ({ status: 'ready', positions: r.positions, nextCursor: cursor, error }));
      },
    );
  }, [results, query]);

  const retry = useCallback(() => setVersion((v) => v + 1), []);
  return { results, loadMore, retry };
}
