import { useCallback, useEffect, useRef, useState } from 'react';
import { searchSkills } from '../../api/skills';

/**
 * Names for skill ids shown as chips: remembered from the picker, or looked up once when the ids
 * came with the URL (a shared or reloaded link). Each id is asked for at most once; an id not found
 * keeps showing as itself.
 */
export function useSkillNames(ids: readonly string[]): {
  nameOf: (id: string) => string;
  remember: (id: string, name: string) => void;
} {
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  const asked = useRef(new Set<string>());
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const wanted = ids.filter((id) => id !== '' && !names.has(id) && !asked.current.has(id)).join(',');
  useEffect(() => {
    if (wanted === '') return;
    for (const id of wanted.split(',')) {
      if (asked.current.has(id)) continue;
      asked.current.add(id);
      searchSkills(id, 5).then(
        (found) => {
          const match = found.find((s) => s.id === id);
          if (mounted.current && match) setNames((known) => new Map([...known, [id, match.name]]));
        },
        () => undefined,
      );
    }
  }, [wanted]);
  const remember = useCallback(
    (id: string, name: string) => setNames((known) => new Map([...known, [id, name]])),
    [],
  );
  return { nameOf: (id) => names.get(id) ?? id, remember };
}
