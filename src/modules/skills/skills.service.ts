import type { SkillSummary } from '../../contracts/skills.js';
import { extractSkills, findSkill, searchSkills } from '../../core/skills/index.js';
import type { SkillCatalogue } from '../profile/skill-catalogue.js';

export type SkillsService = ReturnType<typeof createSkillsService>;

/** The taxonomy as the rest of the app sees it: lookup, the picker's search, extraction. */
export function createSkillsService() {
  return {
    search(query: string, limit: number): SkillSummary[] {
      return searchSkills(query, limit).map((hit) => ({
        id: hit.skill.id,
        name: hit.skill.name,
        category: hit.skill.category,
        matchedAlias: hit.matched.toLowerCase() === hit.skill.name.toLowerCase() ? null : hit.matched,
        esco: hit.skill.esco ?? null,
      }));
    },
    extract(text: string) {
      return extractSkills(text).map((s) => ({
        skillId: s.skillId,
        name: s.name,
        span: s.span,
        confidence: s.confidence,
      }));
    },
  };
}

/** The catalogue the profile validates skill ids against: the shipped taxonomy. */
export const taxonomyCatalogue: SkillCatalogue = {
  find(id) {
    const skill = findSkill(id);
    return skill ? { name: skill.name, category: skill.category } : undefined;
  },
};
