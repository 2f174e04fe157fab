// Small integer codes for the index's typed-array columns; the last code of each dimension means "all".
import { regionSchema } from '../../../contracts/positions.js';
import { levelSchema } from '../../../contracts/profile.js';
import { salaryRoleFamilySchema } from '../../../contracts/salaries.js';

export const FAMILIES = salaryRoleFamilySchema.options;
export const LEVELS = levelSchema.options;
export const REGIONS = regionSchema.options;

export const ALL_FAMILIES = FAMILIES.length;
export const ALL_LEVELS = LEVELS.length;
/** No region: a country outside the four named regions. */
export const NO_REGION = 0;

export const SOURCES = ['import', 'demo', 'offer', 'posted_band'] as const;
export type IndexedSource = (typeof SOURCES)[number];

export const familyCode = (family: string): number => FAMILIES.indexOf(family as (typeof FAMILIES)[number]);
export const levelCode = (level: string): number => LEVELS.indexOf(level as (typeof LEVELS)[number]);
/** 1-based, 0 for none. */
export const regionCode = (region: string | null): number =>
  region === null ? NO_REGION : REGIONS.indexOf(region as (typeof REGIONS)[number]) + 1;
