// The JSON Resume document (schema v1.2.1, as shipped by @jsonresume/schema 1.3.1) and the shapes this
// module hands back. Every field is optional, as in the schema; extra keys are allowed by the schema and
// ours ride under EXTENSION_KEY (typed unknown here because a file from elsewhere may carry anything).
import type { z } from 'zod';
import type {
  Basics,
  customSkillInputSchema,
  ProfileItem,
  skillInputSchema,
} from '../../contracts/profile.js';

/** The namespaced key under which AI Talent Hub extras travel inside a JSON Resume. */
export const EXTENSION_KEY = 'x-aitalenthub';

type Extension = { [EXTENSION_KEY]?: unknown };

export interface JsonResumeLocation {
  address?: string;
  postalCode?: string;
  city?: string;
  countryCode?: string;
  region?: string;
}

export interface JsonResumeProfileLink {
  network?: string;
  username?: string;
  url?: string;
}

export interface JsonResumeBasics extends Extension {
  name?: string;
  label?: string;
  image?: string;
  email?: string;
  phone?: string;
  url?: string;
  summary?: string;
  location?: JsonResumeLocation;
  profiles?: JsonResumeProfileLink[];
}

export interface JsonResumeWork extends Extension {
  name?: string;
  location?: string;
  description?: string;
  position?: string;
  url?: string;
  startDate?: string;
  endDate?: string;
  summary?: string;
  highlights?: string[];
}

export interface JsonResumeVolunteer {
  organization?: string;
  position?: string;
  url?: string;
  startDate?: string;
  endDate?: string;
  summary?: string;
  highlights?: string[];
}

export interface JsonResumeEducation extends Extension {
  institution?: string;
  url?: string;
  area?: string;
  studyType?: string;
  startDate?: string;
  endDate?: string;
  score?: string;
  courses?: string[];
}

export interface JsonResumeAward {
  title?: string;
  date?: string;
  awarder?: string;
  summary?: string;
}

export interface JsonResumeCertificate extends Extension {
  name?: string;
  date?: string;
  url?: string;
  issuer?: string;
}

export interface JsonResumePublication extends Extension {
  name?: string;
  publisher?: string;
  releaseDate?: string;
  url?: string;
  summary?: string;
}

export interface JsonResumeSkill extends Extension {
  name?: string;
  level?: string;
  keywords?: string[];
}

export interface JsonResumeLanguage {
  language?: string;
  fluency?: string;
}

export interface JsonResumeInterest {
  name?: string;
  keywords?: string[];
}

export interface JsonResumeReference {
  name?: string;
  reference?: string;
}

export interface JsonResumeProject extends Extension {
  name?: string;
  description?: string;
  highlights?: string[];
  keywords?: string[];
  startDate?: string;
  endDate?: string;
  url?: string;
  roles?: string[];
  entity?: string;
  type?: string;
}

export interface JsonResumeMeta extends Extension {
  canonical?: string;
  version?: string;
  lastModified?: string;
}

/** A résumé in the JSON Resume format. */
export interface JsonResume {
  $schema?: string;
  basics?: JsonResumeBasics;
  work?: JsonResumeWork[];
  volunteer?: JsonResumeVolunteer[];
  education?: JsonResumeEducation[];
  awards?: JsonResumeAward[];
  certificates?: JsonResumeCertificate[];
  publications?: JsonResumePublication[];
  skills?: JsonResumeSkill[];
  languages?: JsonResumeLanguage[];
  interests?: JsonResumeInterest[];
  references?: JsonResumeReference[];
  projects?: JsonResumeProject[];
  meta?: JsonResumeMeta;
}

/** A field-level problem; paths are dotted (`basics.email`, `work.0.startDate`). */
export interface JsonResumeProblem {
  path: string;
  message: string;
}

/** Something in the file that was not imported as written: left out, shortened or assumed. */
export interface ImportNote {
  path: string;
  reason: string;
}

export type SkillInput = z.infer<typeof skillInputSchema>;
export type CustomSkillInput = z.infer<typeof customSkillInputSchema>;

/** The parts of a profile that a résumé can fill: what import produces and merge combines. */
export interface ProfileDraft {
  basics: Basics;
  items: ProfileItem[];
  skills: SkillInput[];
  customSkills: CustomSkillInput[];
}

export interface MatchedSkill {
  name: string;
  skillId: string;
  confidence: number;
  path: string;
}

export interface ImportReport {
  /** Every name the skill normaliser recognised, with where it came from. */
  matchedSkills: MatchedSkill[];
  /** Distinct names it did not recognise (kept as unverified skills, up to the contract's limit). */
  unmatchedSkills: string[];
  /** Whole fields or entries that were not imported, and why. */
  dropped: ImportNote[];
  /** Values imported with a change: shortened to a limit, or an unrecognised level assumed. */
  adjusted: ImportNote[];
}

/** A résumé mapped onto our contracts; `errors` non-empty means the caller must refuse the import. */
export interface ImportedProfile extends ProfileDraft {
  report: ImportReport;
  errors: JsonResumeProblem[];
}
