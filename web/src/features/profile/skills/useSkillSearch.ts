import { useEffect, useState } from 'react';
import { type SkillSummary, searchSkills } from '../../../api/skills';

export type SkillSearchState =
  | { status: 'idle'; skills: SkillSummary[] }
  | { status: 'loading'; skills: SkillSummary[] }
  | { status: 'ready'; skills: SkillSummary[] }
  | { status: 'error'; skills: SkillSummary[] };

const DEBOUNCE_MS = 180;

/** Searches the skill taxonomy as the person types; answers to older queries are ignored. */
export function useSkillSearch(query: string): SkillSearchState {
  const [state, setState] = useState<SkillSearchState>({ status: 'idle', skills: [] });
  const q = query.trim();

  useEffect(() => {
    if (q === '') {
      setState({ status: 'idle', skills: [] });
      return;
    }
    let cancelled = false;
    setState((s) => ({ status: 'loading', skills: s.skills }));
    const timer = window.setTimeout(() => {
      searchSkills(q.slice(0, 80)).then(
        (skills) => {
          if (!cancelled) setState({ status: 'ready', skills });
        },
        () => {
          if (!cancelled) setState({ status: 'error', skills: [] });
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [q]);

  return state;
}
