import { useEffect, useState } from 'react';
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
  const urlQuery = params.toString();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the URL is the trigger; the converters are stable.
  useEffect(() => {
    const fromUrl = fromParams(new URLSearchParams(urlQuery));
    setFilters((current) =>
      toParams(current).toString() === toParams(fromUrl).toString() ? current : fromUrl,
    );
  }, [urlQuery]);

  /** Shows `next` and records it in the URL, as a new history entry when `push`. */
  const apply = (next: F, push = false) => {
    setFilters(next);
    setParams(toParams(next), { replace: !push, preventScrollReset: true });
  };
  return [filters, apply] as const;
}
