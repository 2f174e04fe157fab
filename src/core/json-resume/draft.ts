// The contract a profile draft must satisfy, assembled from src/contracts/profile.ts, so callers (and our
// tests) can check an import or a merge result before saving it.
import { z } from 'zod';
import { basicsSchema, profileItemSchema, skillsBodySchema } from '../../contracts/profile.js';

/** basics + items + skills + unverified skills, with the contract's limits. */
export const profileDraftSchema = z.strictObject({
  basics: basicsSchema,
  items: z.array(profileItemSchema),
  skills: skillsBodySchema.shape.skills,
  customSkills: skillsBodySchema.shape.customSkills,
});
