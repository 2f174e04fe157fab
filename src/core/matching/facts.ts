// A MatchCandidate flattened into what the kernel reads. The index stores the same numbers in typed
// arrays, so both paths see identical inputs.
import { stageForYears } from '../profile/stage.js';
import { countryCode, skillCode } from './codes.js';
import type { CompiledPosition } from './compile.js';
import { proficiencyCode } from './compile.js';
import { levelRank } from './config.js';
import type { CandidateFacts } from './kernel.js';
import type { MatchCandidate } from './types.js';
import type { EvidenceStrength } from './vocabulary.js';
import { REMOTE_PREFERENCES, ROLE_FAMILIES } from './vocabulary.js';

/** The rank of an evidence strength: claimed 0 … certified_or_published 3. */
export function evidenceRank(strength: EvidenceStrength): number {
  switch (strength) {
    case 'claimed':
      return 0;
    case 'used_in_project':
      return 1;
    case 'measured_project':
      return 2;
    case 'certified_or_published':
      return 3;
  }
}

/** A candidate's skills as parallel code arrays, each skill once. */
export interface CandidateSkillCodes {
  readonly skills: Int32Array;
  /** proficiencyCode(proficiency, evidence rank). */
  readonly codes: Uint8Array;
}

/**
 * The candidate's skills as codes, in listing order. A skill listed twice counts once, at its
 * higher proficiency and its stronger evidence.
 */
export function candidateSkillCodes(candidate: MatchCandidate): CandidateSkillCodes {
  const skills = new Int32Array(candidate.skills.length);
  const codes = new Uint8Array(candidate.skills.length);
  const n = fillSkillCodes(candidate, skills, codes);
  return { skills: skills.subarray(0, n), codes: codes.subarray(0, n) };
}

/**
 * Adds a skill code and its proficiency code to the first n entries of a list, or, when the skill
 * is listed already, keeps its higher proficiency and stronger evidence; returns the new length.
 */
export function putSkillCode(
  skills: Int32Array,
  codes: Uint8Array,
  n: number,
  skill: number,
  code: number,
): number {
  for (let i = 0; i < n; i++) {
    if (skills[i] === skill) {
      const before = codes[i] ?? 0;
      codes[i] = Math.max(before & ~3, code & ~3) | Math.max(before & 3, code & 3);
      return n;
    }
  }
  skills[n] = skill;
  codes[n] = code;
  return n + 1;
}

/**
 * candidateSkillCodes into caller-owned arrays (each at least as long as the candidate's skill
 * list), for bulk loads that must not allocate per candidate; returns the number written.
 */
export function fillSkillCodes(candidate: MatchCandidate, skills: Int32Array, codes: Uint8Array): number {
  let n = 0;
  for (const skill of candidate.skills) {
    const code = proficiencyCode(skill.proficiency, evidenceRank(skill.strength));
    n = putSkillCode(skills, codes, n, skillCode(skill.skillId), code);
  }
  return n;
}

/** The level the matcher uses: the assessed or declared one, else the guide's stage for the years. */
export function candidateLevelRank(candidate: MatchCandidate): number {
  return levelRank(candidate.level ?? stageForYears(candidate.yearsExperience));
}

/** The kernel's facts for a candidate against a compiled position. */
export function candidateFacts(candidate: MatchCandidate, cp: CompiledPosition): CandidateFacts {
  const desired = candidate.desiredCountries;
  let desiresPositionCountry = false;
  for (const iso of desired) if (cp.countries.has(countryCode(iso))) desiresPositionCountry = true;
  let blocksOrganisation = false;
  for (const domain of candidate.blockedDomains) {
    if (cp.organisationDomains.has(domain.toLowerCase())) blocksOrganisation = true;
  }
  return {
    hidden: candidate.visibility === 'hidden',
    blocksOrganisation,
    country: candidate.country === null ? -1 : countryCode(candidate.country),
    willingToRelocate: candidate.willingToRelocate,
    desiresPositionCountry,
    hasDesiredCountries: desired.length > 0,
    levelRank: candidateLevelRank(candidate),
    targetRoleFamily:
      candidate.targetRoleFamily === null ? -1 : ROLE_FAMILIES.indexOf(candidate.targetRoleFamily),
    targetLevel: candidate.targetLevel === null ? -1 : levelRank(candidate.targetLevel),
    remotePreference: REMOTE_PREFERENCES.indexOf(candidate.remotePreference),
    minimumPayUsd: candidate.minimumPayUsd ?? Number.NaN,
    openToWork: candidate.openToWork,
    projects: evidenceCount(candidate.projects),
    measuredProjects: evidenceCount(candidate.measuredProjects),
    certifications: evidenceCount(candidate.certifications),
    publications: evidenceCount(candidate.publications),
    updatedAtMs: parseInstant(candidate.updatedAt),
  };
}

/** Evidence counts as the index stores them: whole, 0 … 65535. */
export function evidenceCount(count: number): number {
  return Number.isFinite(count) ? Math.min(65_535, Math.max(0, Math.floor(count))) : 0;
}

const digit = (text: string, at: number) => text.charCodeAt(at) - 48;
const digits = (text: string, at: number, n: number) => {
  let value = 0;
  for (let i = at; i < at + n; i++) {
    const d = digit(text, i);
    if (d < 0 || d > 9) return Number.NaN;
    value = value * 10 + d;
  }
  return value;
};

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

/**
 * Date.parse for the ISO 8601 instants profiles store ('2026-04-20T08:30:00.000Z',
 * '2026-04-20T08:30:00Z'), without its cost on bulk loads; anything else goes to Date.parse. Both
 * the scorer and the index read dates through this, so they agree to the millisecond.
 */
export function parseInstant(text: string): number {
  const n = text.length;
  if (
    (n === 20 || n === 24) &&
    text[4] === '-' &&
    text[7] === '-' &&
    text[10] === 'T' &&
    text[n - 1] === 'Z'
  ) {
    const ms = n === 24 && text[19] === '.' ? digits(text, 20, 3) : n === 20 ? 0 : Number.NaN;
    const year = digits(text, 0, 4);
    const month = digits(text, 5, 2);
    const day = digits(text, 8, 2);
    const hour = digits(text, 11, 2);
    const minute = digits(text, 14, 2);
    const second = digits(text, 17, 2);
    if (
      text[13] === ':' &&
      text[16] === ':' &&
      year >= 100 &&
      month >= 1 &&
      month <= 12 &&
      day >= 1 &&
      day <= daysInMonth(year, month) &&
      hour <= 23 &&
      minute <= 59 &&
      second <= 59 &&
      !Number.isNaN(ms)
    ) {
      return Date.UTC(year, month - 1, day, hour, minute, second, ms);
    }
  }
  return Date.parse(text);
}
