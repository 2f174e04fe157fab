import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';

/**
 * Filters whose record is the query string (shareable, reloadable, back and forward work). The copy
 * held here updates at once, so a ticked box shows ticked while the router applies the new URL.
 * `fromParams` and `toParams` must be stable (module-level).
 */
export function useUrlFilters<F>(
  fromParams: (params: URLSearchParams) => F,
  toParams: (filters: F) => URLSearchParams,
) {
  const [params, setParams] = useSearchParams();
  const [filters, setFilters] = useState(() => fromParams(params));
  /**
   * Queries this hook has written that the router has not yet reported back. The router applies
   * a new URL a moment later: were its report of an older write taken as a navigation, a change
   * made in between (a second select changed quickly) would be undone.
   */
  const written = useRef<string[]>([]);
  const urlQuery = params.toString();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the URL is the trigger; the converters are stable.
  useEffect(() => {
    const own = written.current.indexOf(urlQuery);
    if (own >= 0) {
      written.current = written.current.slice(own + 1);
      return;
    }
    // Someone else's navigation (back, forward, a link): the URL wins.
    written.current = [];
    const fromUrl = fromParams(new URLSearchParams(urlQuery));
    setFilters((current) =>
      toParams(current).toString() === toParams(fromUrl).toString() ? current : fromUrl,
    );
  }, [urlQuery]);

  /** Shows `next` and records it in the URL, as a new history entry when `push`. */
  const apply = (next: F, push = false) => {
    const query = toParams(next);
    // A write of the URL already shown (nothing pending) changes nothing, so no report comes back.
    if (query.toString() !== urlQuery || written.current.length > 0) written.current.push(query.toString());
    setFilters(next);
    setParams(query, { replace: !push, preventScrollReset: true });
  };
  return [filters, apply] as const;
}
