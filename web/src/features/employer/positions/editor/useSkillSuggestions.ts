import { useEffect, useState } from 'react';
import { extractSkills, type SuggestedSkill } from '../../../../api/skills';
import { useDebounced } from './useDebounced';

/** Skills the taxonomy recognises in the description, best match first, each once. */
export function useSkillSuggestions(text: string): { skills: SuggestedSkill[]; loading: boolean } {
  const settled = useDebounced(text, 400);
  const [skills, setSkills] = useState<SuggestedSkill[]>([]);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    if (settled.trim().length < 3) {
      setSkills([]);
      setLoading(false);
      return;
    }
    let cancelled = false;
    setLoading(true);
    extractSkills(settled.slice(0, 20_000)).then(
      (found) => {
        if (cancelled) return;
        const best = new Map<string, SuggestedSkill>();
        for (const skill of found) {
          const seen = best.get(skill.skillId);
          if (!seen || skill.confidence > seen.confidence) best.set(skill.skillId, skill);
        }
        setSkills([...best.values()].sort((a, b) => b.confidence - a.confidence));
        setLoading(false);
      },
      () => {
        // Suggestions are a convenience: when extraction fails the picker still works.
        if (!cancelled) setLoading(false);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [settled]);

  return { skills, loading };
}
