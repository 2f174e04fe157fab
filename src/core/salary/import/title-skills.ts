// Skills a job title names ("Computer Vision Engineer", "Python Developer"), as taxonomy slugs.
import { extractSkills } from '../../skills/index.js';

// The disciplines that titles name as the job itself: every record of its family would carry
// them, so a skill premium for "machine learning" would compare ML engineers with themselves.
const DISCIPLINES = new Set([
  'machine-learning',
  'artificial-intelligence',
  'data-science',
  'data-engineering',
  'data-analysis',
  'software-engineering',
  'research',
  'cross-team-leadership',
]);

/** Taxonomy slugs of the skills named in a job title, in the order they appear. */
export function skillsFromTitle(rawTitle: string): string[] {
  return extractSkills(rawTitle, { unique: true })
    .map((mention) => mention.skillId)
    .filter((slug) => !DISCIPLINES.has(slug));
}
