// The words the matcher shares with the rest of the product, re-exported from the contracts so core
// types stay in one place.
export type { EvidenceStrength, Level, RoleFamily } from '../../contracts/profile.js';
