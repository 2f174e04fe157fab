import { useCallback, useEffect, useState } from 'react';
import { searchSkills } from '../../api/skills';

/**
 * Names for skill ids shown as chips: remembered from the picker, or looked up once when the ids
 * came with the URL (a shared or reloaded link). An id not found keeps showing as itself.
 */
export function useSkillNames(ids: readonly string[]): {
  nameOf: (id: string) => string;
  remember: (id: string, name: string) => void;
} {
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  const missing = ids.filter((id) => id !== '' && !names.has(id)).join(',');
  useEffect(() => {
    if (missing === '') return;
    let cancelled = false;
    for (const id of missing.split(',')) {
      searchSkills(id, 5).then(
        (found) => {
          const match = found.find((s) => s.id === id);
          if (!cancelled && match) setNames((known) => new Map([...known, [id, match.name]]));
        },
        () => undefined,
      );
    }
    return () => {
      cancelled = true;
    };
  }, [missing]);
  const remember = useCallback(
    (id: string, name: string) => setNames((known) => new Map([...known, [id, name]])),
    [],
  );
  return { nameOf: (id) => names.get(id) ?? id, remember };
}
