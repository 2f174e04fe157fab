// A validated JSON Resume → our profile draft plus a report of what was matched, left out or adjusted.
// Pure: the skill catalogue, today's date and the id source come in through `deps`.
import type { ProfileItem } from '../../contracts/profile.js';
import { readExtension, skillExtensionSchema } from './extension.js';
import { importBasics, yearsFromRoles } from './import-basics.js';
import { ImportContext, type ImportDeps } from './import-context.js';
import {
  importCertification,
  importEducation,
  importProject,
  importPublication,
  importRole,
  linkProjectSkills,
} from './import-items.js';
import { SkillCollector } from './import-skills.js';
import { proficiencyFromLevel } from './levels.js';
import { EXTENSION_KEY, type ImportedProfile, type JsonResume, type JsonResumeSkill } from './types.js';

export type { ImportDeps } from './import-context.js';

const UNMODELLED_SECTIONS: Record<string, string> = {
  volunteer: 'Volunteering is not part of the profile',
  awards: 'Awards are not part of the profile',
  interests: 'Interests are not part of the profile',
  references: 'References are not imported; employers ask for them directly',
};
const KNOWN_TOP_LEVEL = new Set([
  '$schema',
  'meta',
  EXTENSION_KEY,
  'basics',
  'work',
  'education',
  'projects',
  'certificates',
  'publications',
  'skills',
  'languages',
]);

function importSkillEntry(
  entry: JsonResumeSkill,
  i: number,
  ctx: ImportContext,
  collector: SkillCollector,
): void {
  const path = `skills.${i}`;
  ctx.unmodelled(entry, path, ['name', 'level', 'keywords', EXTENSION_KEY]);
  const ext = readExtension(skillExtensionSchema, entry[EXTENSION_KEY]);
  const level = entry.level?.trim() ?? '';
  const stated = proficiencyFromLevel(level);
  // The visible level wins; our machine-readable copy fills in only when the level is missing or unclear.
  let proficiency = level === '' || stated.assumed ? ext.proficiency : stated.proficiency;
  if (stated.assumed && proficiency === undefined) {
    ctx.adjust(`${path}.level`, `Level "${level}" not recognised; set to 3, please check`);
    proficiency = stated.proficiency;
  }
  const evidence: string[] = [];
  for (const ref of ext.evidence ?? []) {
    const id = ctx.itemIds.get(ref);
    if (id) evidence.push(id);
    else ctx.drop(`${path}.${EXTENSION_KEY}.evidence`, `Evidence ${ref} is not an imported entry`);
  }
  collector.add({
    name: entry.name ?? '',
    path: `${path}.name`,
    proficiency,
    evidence,
    years: ext.years,
    lastUsed: ext.lastUsed,
    fallbackId: ext.skillId,
  });
  (entry.keywords ?? []).forEach((keyword, j) => {
    collector.add({ name: keyword, path: `${path}.keywords.${j}`, proficiency });
  });
}

function reportUnmodelledSections(resume: JsonResume, ctx: ImportContext): void {
  for (const [key, value] of Object.entries(resume)) {
    if (KNOWN_TOP_LEVEL.has(key)) continue;
    const reason = UNMODELLED_SECTIONS[key];
    if (reason === undefined) ctx.drop(key, 'Not a JSON Resume section we import');
    else if (Array.isArray(value) && value.length > 0)
      ctx.drop(key, `${reason} (${value.length} not imported)`);
  }
}

/** Maps a validated JSON Resume onto our profile contracts; refuse the import when `errors` is not empty. */
export function importJsonResume(resume: JsonResume, deps: ImportDeps): ImportedProfile {
  const ctx = new ImportContext(deps);
  const collector = new SkillCollector(ctx);
  const basics = importBasics(resume, ctx);
  const items: ProfileItem[] = [];
  const read = <T>(entries: T[] | undefined, toItem: (entry: T, i: number) => ProfileItem | null) =>
    (entries ?? []).map((entry, i) => {
      const item = toItem(entry, i);
      if (item) items.push(item);
      return item;
    });
  read(resume.work, (entry, i) => importRole(entry, i, ctx));
  read(resume.education, (entry, i) => importEducation(entry, i, ctx));
  const projects = read(resume.projects, (entry, i) => importProject(entry, i, ctx));
  read(resume.certificates, (entry, i) => importCertification(entry, i, ctx));
  read(resume.publications, (entry, i) => importPublication(entry, i, ctx));
  // Skills after every item exists (evidence references resolve), projects' keywords after the skills
  // section (its levels and order take precedence when the limits bite).
  resume.skills?.forEach((entry, i) => {
    importSkillEntry(entry, i, ctx, collector);
  });
  projects.forEach((project, i) => {
    const entry = resume.projects?.[i];
    if (project && entry) linkProjectSkills(project, entry, `projects.${i}`, ctx, collector);
  });
  reportUnmodelledSections(resume, ctx);
  basics.yearsExperience ??= yearsFromRoles(items, ctx.now);
  const { skills, customSkills } = collector.finish();
  return { basics, items, skills, customSkills, report: ctx.report, errors: ctx.errors };
}
