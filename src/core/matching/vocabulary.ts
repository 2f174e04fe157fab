// The words the matcher shares with the rest of the product, re-exported from the contracts so core
// types stay in one place.

import { workplaceSchema } from '../../contracts/positions.js';
import { levelSchema, remotePreferenceSchema, roleFamilySchema } from '../../contracts/profile.js';

export type { EvidenceStrength, Level, RoleFamily } from '../../contracts/profile.js';

// The orders come from the contracts' enums, so a new value there reaches the index's codes too.
/** Levels in career order; the position in this list is the level's rank (junior 0 … staff 3). */
export const LEVELS = levelSchema.options;

/** Every role family, in a fixed order the index uses as a small integer code. */
export const ROLE_FAMILIES = roleFamilySchema.options;

/** Where a position's work is done, in a fixed order (the index's code). */
export const WORKPLACES = workplaceSchema.options;

/** A candidate's wish about the workplace, in a fixed order (the index's code). */
export const REMOTE_PREFERENCES = remotePreferenceSchema.options;
