import { useCallback, useMemo, useState } from 'react';
import type { CandidateMatch } from '../../api/matching';

type Row = Pick<CandidateMatch, 'candidate' | 'action'>;

/**
 * The rows a recruiter's list shows: all when `showing`, else all but the dismissed ones not
 * `kept`; and how many dismissed rows there are to show or hide.
 */
export function withoutDismissed<T extends Row>(
  items: T[],
  kept: ReadonlySet<string>,
  showing: boolean,
): { shown: T[]; dismissedCount: number } {
  const dismissed = new Set(
    items.filter((item) => item.action?.action === 'dismiss' && !kept.has(item.candidate.candidateId)),
  );
  return {
    shown: showing || dismissed.size === 0 ? items : items.filter((item) => !dismissed.has(item)),
    dismissedCount: dismissed.size,
  };
}

/**
 * A recruiter's working list leaves out the candidates they dismissed (each dismissal is kept, with
 * its reason, as feedback for the ranking), unless they ask to see them again. Someone dismissed
 * while the list is on screen stays, marked, until the list is next loaded: a row vanishing under
 * the pointer, or from under the open explanation, would lose the recruiter's place.
 */
export function useHiddenDismissed(items: CandidateMatch[]) {
  const [showing, setShowing] = useState(false);
  const [kept, setKept] = useState<ReadonlySet<string>>(new Set());
  const { shown, dismissedCount } = useMemo(
    () => withoutDismissed(items, kept, showing),
    [items, kept, showing],
  );
  /** Ranks in the whole ranking, which hidden rows do not renumber. */
  const rankOf = useMemo(
    () => new Map(items.map((item, index) => [item.candidate.candidateId, index + 1])),
    [items],
  );
  const keep = useCallback((candidateId: string) => setKept((ids) => new Set([...ids, candidateId])), []);
  const reset = useCallback(() => setKept(new Set()), []);
  return {
    shown,
    dismissedCount,
    showing,
    toggle: () => setShowing((on) => !on),
    rankOf: (candidateId: string) => rankOf.get(candidateId) ?? 0,
    /** Keeps a row dismissed in this view on screen. */
    keep,
    /** Forgets the rows kept (the list is loaded anew). */
    reset,
  };
}
