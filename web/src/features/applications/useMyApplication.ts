import { useEffect, useState } from 'react';
import { fetchMyApplications } from '../../api/applications';

// One request per page view for every Apply button on it; forgotten after an application is sent.
let cached: Promise<Map<string, string>> | null = null;

function applicationsByPosition(): Promise<Map<string, string>> {
  cached ??= fetchMyApplications().then(
    (list) => new Map(list.map((a) => [a.position.id, a.id])),
    () => new Map(),
  );
  return cached;
}

/** Forget the cached applications (after applying). */
export function forgetMyApplications(): void {
  cached = null;
}

/** The signed-in candidate's application to a position, if they already have one (null while unknown). */
export function useMyApplication(positionId: string): string | null {
  const [applicationId, setApplicationId] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    applicationsByPosition().then((map) => {
      if (!cancelled) setApplicationId(map.get(positionId) ?? null);
    });
    return () => {
      cancelled = true;
    };
  }, [positionId]);
  return applicationId;
}
