import { useCallback, useEffect, useState } from 'react';
import type { PagedResults } from '../../ui/ResultsSection';
import { refusedSkills } from './matchQuery';

/**
 * Drops from the filters the skills a ranking request was refused for (see refusedSkills), so a
 * link naming a skill we do not know shows the ranking without it instead of an error that
 * retrying cannot mend. Returns the skills dropped, to be said once, and a way to forget them
 * (the next filter change), and `shown`, which gives the page's results as a loading state while the
 * error is one being mended this way, rather than flash an error.
 */
export function useRefusedSkills(
  error: unknown,
  skills: readonly string[],
  keep: (skills: string[]) => void,
): {
  dropped: string[];
  forget: () => void;
  shown: <T>(results: PagedResults<T>) => PagedResults<T>;
} {
  const [dropped, setDropped] = useState<string[]>([]);
  const refused = refusedSkills(error, skills).join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: the refused skills are the trigger.
  useEffect(() => {
    if (refused === '') return;
    const gone = refused.split(',');
    setDropped((before) => [...before, ...gone.filter((skill) => !before.includes(skill))]);
    keep(skills.filter((skill) => !gone.includes(skill)));
  }, [refused]);
  const forget = useCallback(() => setDropped([]), []);
  const mending = refused !== '';
  const shown = <T>(results: PagedResults<T>): PagedResults<T> =>
    mending ? { status: 'loading', items: [], error: null, hasMore: false } : results;
  return { dropped, forget, shown };
}
