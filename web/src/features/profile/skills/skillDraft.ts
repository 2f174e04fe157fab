import type { Profile, ProfileItem, SkillsBody } from '../../../../../src/contracts/profile.js';
import { evidenceStrength } from '../../../../../src/core/profile/evidence.js';

export interface SkillDraft {
  skillId: string;
  name: string;
  category: string;
  proficiency: number;
  years: string;
  lastUsed: string;
  evidence: string[];
}

export interface CustomSkillDraft {
  key: number;
  name: string;
  proficiency: number;
}

export const PROFICIENCY_LEVELS = [1, 2, 3, 4, 5] as const;
export type ProficiencyLevel = (typeof PROFICIENCY_LEVELS)[number];

/** A proficiency from the API as one of the five steps (the contract keeps it an integer 1-5). */
export function toLevel(value: number): ProficiencyLevel {
  return PROFICIENCY_LEVELS[Math.min(5, Math.max(1, Math.round(value))) - 1] ?? 3;
}
export const DEFAULT_PROFICIENCY = 3;

let customKeys = 0;
export function customDraft(name: string, proficiency: number): CustomSkillDraft {
  customKeys += 1;
  return { key: customKeys, name, proficiency };
}

export function draftsFromProfile(profile: Profile): { skills: SkillDraft[]; custom: CustomSkillDraft[] } {
  return {
    skills: profile.skills.map((s) => ({
      skillId: s.skillId,
      name: s.name,
      category: s.category,
      proficiency: s.proficiency,
      years: s.years === null ? '' : String(s.years),
      lastUsed: s.lastUsed ?? '',
      evidence: s.evidence,
    })),
    custom: profile.customSkills.map((c) => customDraft(c.name, c.proficiency)),
  };
}

/** The body for PUT /api/profile/skills, not yet checked against the contract. */
export function skillsBody(skills: SkillDraft[], custom: CustomSkillDraft[], items: ProfileItem[]): unknown {
  const itemIds = new Set(items.map((i) => i.id));
  const body: { [K in keyof SkillsBody]: unknown[] } = {
    skills: skills.map((s) => ({
      skillId: s.skillId,
      proficiency: s.proficiency,
      years: s.years.trim() === '' ? null : Number(s.years),
      lastUsed: s.lastUsed.trim() === '' ? null : s.lastUsed.trim(),
      // An item deleted since it was ticked is no longer evidence.
      evidence: s.evidence.filter((id) => itemIds.has(id)),
    })),
    customSkills: custom.map((c) => ({ name: c.name.trim(), proficiency: c.proficiency })),
  };
  return body;
}

/** The same one rule the server applies, so the badge follows the boxes as they are ticked. */
export function draftStrength(draft: SkillDraft, items: ProfileItem[]) {
  const chosen = new Set(draft.evidence);
  return evidenceStrength(items.filter((i) => chosen.has(i.id)));
}
