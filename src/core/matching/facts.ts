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
 * candidateSkillCodes into caller-owned arrays (each at least as long as the candidate's skill
 * list), for bulk loads that must not allocate per candidate; returns the number written.
 */
export function fillSkillCodes(candidate: MatchCandidate, skills: Int32Array, codes: Uint8Array): number {
  let n = 0;
  for (const skill of candidate.skills) {
    const code = skillCode(skill.skillId);
    const proficiency = proficiencyCode(skill.proficiency, evidenceRank(skill.strength));
    let seen = -1;
    for (let i = 0; i < n; i++) {
      if (skills[i] === code) {
        seen = i;
        break;
      }
    }
    if (seen < 0) {
      skills[n] = code;
      codes[n] = proficiency;
      n++;
    } else {
      const before = codes[seen] ?? 0;
      codes[seen] = Math.max(before & ~3, proficiency & ~3) | Math.max(before & 3, proficiency & 3);
    }
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
    updatedAtMs: Date.parse(candidate.updatedAt),
  };
}

/** Evidence counts as the index stores them: whole, 0 … 65535. */
export function evidenceCount(count: number): number {
  return Number.isFinite(count) ? Math.min(65_535, Math.max(0, Math.floor(count))) : 0;
}
