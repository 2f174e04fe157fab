import { SKILLS } from '../core/demo/index.js';
import type { SkillCatalogue } from '../modules/profile/skill-catalogue.js';

/** The skills the app knows. Until the full taxonomy lands this is the demo generator's skill pool. */
export function defaultSkillCatalogue(): SkillCatalogue {
  const byId = new Map(SKILLS.map((s) => [s.id, { name: s.name, category: s.coreAt ?? 'specialist' }]));
  return { find: (id) => byId.get(id) };
}
