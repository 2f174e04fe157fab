// JSON Resume import and export: validate a file, map it onto our profile contracts with a report, write a
// profile back out, and preview (diff) or combine (merge) an import with the current profile.

export type { ChangeEntry, DiffOptions, PreviewSection, ProfilePreview, SectionDiff } from './diff.js';
export { diffProfiles } from './diff.js';
export { profileDraftSchema } from './draft.js';
export type { ExportableProfile, ExportDeps } from './export.js';
export { EXTENSION_FORMAT_VERSION, exportJsonResume, JSON_RESUME_SCHEMA_URL } from './export.js';
export type { ImportDeps } from './import.js';
export { importJsonResume } from './import.js';
export { MAX_CUSTOM_SKILLS, MAX_SKILLS } from './import-skills.js';
export type { MergeMode, MergeResult } from './merge.js';
export { mergeProfiles } from './merge.js';
export type {
  CustomSkillInput,
  ImportedProfile,
  ImportNote,
  ImportReport,
  JsonResume,
  JsonResumeProblem,
  MatchedSkill,
  ProfileDraft,
  SkillInput,
} from './types.js';
export { EXTENSION_KEY } from './types.js';
export type { JsonResumeValidation } from './validate.js';
export { MAX_VALIDATION_ERRORS, validateJsonResume } from './validate.js';
