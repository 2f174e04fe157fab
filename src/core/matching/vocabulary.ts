// The words the matcher shares with the rest of the product, re-exported from the contracts so core
// types stay in one place.
import type { Level as LevelName, RoleFamily as RoleFamilyName } from '../../contracts/profile.js';

export type { EvidenceStrength, Level, RoleFamily } from '../../contracts/profile.js';

/** Levels in career order; the position in this list is the level's rank (junior 0 … staff 3). */
export const LEVELS = ['junior', 'mid', 'senior', 'staff'] as const satisfies readonly LevelName[];

/** Every role family, in a fixed order the index uses as a small integer code. */
export const ROLE_FAMILIES = [
  'ml_engineer',
  'applied_scientist',
  'data_scientist',
  'mlops_engineer',
  'research_scientist',
  'ml_architect',
  'engineering_manager',
] as const satisfies readonly RoleFamilyName[];

/** Where a position's work is done, in a fixed order (the index's code). */
export const WORKPLACES = ['onsite', 'hybrid', 'remote'] as const;

/** A candidate's wish about the workplace, in a fixed order (the index's code). */
export const REMOTE_PREFERENCES = ['onsite', 'hybrid', 'remote', 'any'] as const;
