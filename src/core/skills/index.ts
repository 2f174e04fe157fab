// Public API of the skills core: the taxonomy, extraction from free text, search and normalisation.
export type { ExtractedSkill, ExtractOptions } from './extract-skills.js';
export { CONFIDENCE, extractSkills } from './extract-skills.js';
export type { NormalisedSkill } from './normalise-skill-name.js';
export { normaliseSkillName } from './normalise-skill-name.js';
export type { SkillSearchHit } from './search-skills.js';
export { searchSkills } from './search-skills.js';
export type { RelatedSkill, Skill, SkillCategory } from './skill.js';
export { SKILL_CATEGORIES, skillSchema } from './skill.js';
export { findSkill, getSkill, skillAncestors, TAXONOMY } from './taxonomy.js';
