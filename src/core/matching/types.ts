// The matcher's inputs: plain, flat data, built by src/modules/matching from the database (and by
// the demo generator for benchmarks). Amounts are yearly US dollars, converted before they get here.
import type { EvidenceStrength, Level, RoleFamily } from './vocabulary.js';

export interface MatchSkill {
  skillId: string;
  /** 1-5. */
  proficiency: number;
  strength: EvidenceStrength;
}

export interface MatchCandidate {
  id: string;
  skills: readonly MatchSkill[];
  /** The declared or assessed stage; null when unknown (then derived from years). */
  level: Level | null;
  yearsExperience: number | null;
  /** Where the candidate lives (ISO 3166 alpha-2), null when not given. */
  country: string | null;
  targetRoleFamily: RoleFamily | null;
  targetLevel: Level | null;
  desiredCountries: readonly string[];
  remotePreference: 'onsite' | 'hybrid' | 'remote' | 'any';
  willingToRelocate: boolean;
  /** Yearly minimum pay in USD, null when not given. */
  minimumPayUsd: number | null;
  visibility: 'verified_employers' | 'anonymous' | 'hidden';
  /** Employer email domains the candidate blocked (lower case). */
  blockedDomains: readonly string[];
  /** Counts of evidence items, for the evidence component. */
  projects: number;
  measuredProjects: number;
  certifications: number;
  publications: number;
  /** Last profile change, ISO 8601; drives the recency component. */
  updatedAt: string;
  openToWork: boolean;
}

export interface MatchPosition {
  id: string;
  organisationId: string;
  /** The organisation's email domains (lower case), checked against candidates' blocks. */
  organisationDomains: readonly string[];
  /** True only when open, funding verified, organisation verified and not past valid-through. */
  live: boolean;
  roleFamily: RoleFamily;
  level: Level;
  required: ReadonlyArray<{ skillId: string; minProficiency: number }>;
  niceToHave: readonly string[];
  /** Countries of the position's locations. */
  countries: readonly string[];
  workplace: 'onsite' | 'hybrid' | 'remote';
  /** Remote roles: where a hire may live. */
  remoteCountries: readonly string[];
  visaSponsorship: boolean;
  relocationSupport: boolean;
  salaryMinUsd: number;
  salaryMaxUsd: number;
}
