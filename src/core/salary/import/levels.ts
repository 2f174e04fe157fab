// aijobs' experience levels onto ours. The source has no staff level: its EX means executive, which
// we read as staff-or-above and flag, so statistics can leave those records out or label them.
import type { Level } from '../../../contracts/profile.js';

export interface MappedLevel {
  level: Level;
  approximate: boolean;
}

const LEVELS: Readonly<Record<string, MappedLevel>> = {
  EN: { level: 'junior', approximate: false },
  MI: { level: 'mid', approximate: false },
  SE: { level: 'senior', approximate: false },
  EX: { level: 'staff', approximate: true },
};

/** Our level for an aijobs experience_level code, or null for a code the format does not define. */
export function mapAijobsLevel(code: string): MappedLevel | null {
  return LEVELS[code] ?? null;
}
