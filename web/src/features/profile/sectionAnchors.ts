import type { ProfileItemKind } from '../../../../src/contracts/profile.js';

type SectionKey = ProfileItemKind | 'basics' | 'skills' | 'goals' | 'visibility';

/** The in-page anchors of the profile editor's cards. */
export const SECTION_ANCHORS: Record<SectionKey, string> = {
  basics: 'basics',
  skills: 'skills',
  project: 'projects',
  role: 'roles',
  education: 'education',
  certification: 'certifications',
  publication: 'publications',
  goals: 'goals',
  visibility: 'visibility',
};

/** Where each completeness section of the API is edited. */
export function anchorForCompletenessSection(section: string): string {
  switch (section) {
    case 'projects':
      return SECTION_ANCHORS.project;
    case 'roles':
      return SECTION_ANCHORS.role;
    case 'education':
      return SECTION_ANCHORS.education;
    case 'credentials':
      return SECTION_ANCHORS.certification;
    case 'skills':
    case 'evidence':
      return SECTION_ANCHORS.skills;
    case 'goals':
      return SECTION_ANCHORS.goals;
    default:
      // basics, location and languages are all in the basics card.
      return SECTION_ANCHORS.basics;
  }
}
