// Résumé entries to profile items: work → role, education → education, projects → project,
// certificates → certification, publications → publication. An entry missing what our contract requires
// (a role without a position, a certificate without an issuer) is left out and reported rather than
// guessed; fields we do not model are reported per entry.
import type { ProfileItem, ProfileItemBody } from '../../contracts/profile.js';
import { endsBeforeStart, isInFuture, isPartialDate, yearOf } from './dates.js';
import {
  certificateExtensionSchema,
  projectExtensionSchema,
  publicationExtensionSchema,
  readExtension,
  workExtensionSchema,
} from './extension.js';
import { compact, composeLocation, approachLines as linesOf, publicationLink } from './fields.js';
import type { ImportContext } from './import-context.js';
import type { SkillCollector } from './import-skills.js';
import { highlightFromResult, type ProjectResult, resultFromHighlight } from './metrics.js';
import {
  EXTENSION_KEY,
  type JsonResumeCertificate,
  type JsonResumeEducation,
  type JsonResumeProject,
  type JsonResumePublication,
  type JsonResumeWork,
} from './types.js';
import { arxivIdFromUrl, classifyProjectLink, doiFromUrl, hostOf } from './urls.js';

type Kind<K extends ProfileItemBody['kind']> = Extract<ProfileItemBody, { kind: K }>;
type Links = Kind<'project'>['links'];

function item<K extends ProfileItemBody['kind']>(id: string, body: Kind<K>): ProfileItem {
  return { id, ...compact(body) };
}

function checkRoleDates(entry: JsonResumeWork, path: string, ctx: ImportContext): void {
  const { startDate, endDate } = entry;
  const start = startDate !== undefined && isPartialDate(startDate) ? startDate : undefined;
  const end = endDate !== undefined && isPartialDate(endDate) ? endDate : undefined;
  if (start && isInFuture(start, ctx.now)) {
    ctx.error(`${path}.startDate`, 'Starts after today: work history can only hold roles that have started');
  }
  if (end && isInFuture(end, ctx.now)) {
    ctx.error(`${path}.endDate`, 'Ends after today: leave the end date empty for a current role');
  }
  if (start && end && endsBeforeStart(start, end))
    ctx.error(`${path}.endDate`, 'Ends before the role starts');
}

/** work[i] → a role item, or null when it lacks an employer or a position. */
export function importRole(entry: JsonResumeWork, i: number, ctx: ImportContext): ProfileItem | null {
  const path = `work.${i}`;
  checkRoleDates(entry, path, ctx);
  ctx.unmodelled(entry, path, [
    'name',
    'position',
    'url',
    'description',
    'location',
    'startDate',
    'endDate',
    'summary',
    'highlights',
    EXTENSION_KEY,
  ]);
  const employer = ctx.text(entry.name, 160, `${path}.name`);
  const title = ctx.text(entry.position, 160, `${path}.position`);
  if (employer === '' || title === '') {
    ctx.drop(path, 'A role needs both the employer name and the position; add it in the profile');
    return null;
  }
  const ext = readExtension(workExtensionSchema, entry[EXTENSION_KEY]);
  const location = entry.location?.trim() ?? '';
  // Our own block says how "City, CC" splits; if the location was edited since, the visible text wins.
  const fromExtension = (ext.city || ext.country) && location === composeLocation(ext.city, ext.country);
  const url = ctx.url(entry.url, `${path}.url`);
  const id = ctx.newId();
  ctx.itemIds.set(path, id);
  return item<'role'>(id, {
    kind: 'role',
    employer,
    employerDomain: url ? ctx.optionalText(hostOf(url) ?? undefined, 120, `${path}.url`) : undefined,
    employerIndustry: ctx.optionalText(entry.description, 80, `${path}.description`),
    title,
    country: fromExtension ? ext.country : undefined,
    city: fromExtension ? ext.city : ctx.optionalText(location, 120, `${path}.location`),
    startDate: ctx.date(entry.startDate, `${path}.startDate`),
    endDate: ctx.date(entry.endDate, `${path}.endDate`),
    summary: ctx.text(entry.summary, 4000, `${path}.summary`),
    highlights: ctx.list(entry.highlights, 30, 500, `${path}.highlights`),
  });
}

/** education[i] → an education item, or null when it lacks the institution. */
export function importEducation(
  entry: JsonResumeEducation,
  i: number,
  ctx: ImportContext,
): ProfileItem | null {
  const path = `education.${i}`;
  ctx.unmodelled(entry, path, ['institution', 'area', 'studyType', 'startDate', 'endDate', EXTENSION_KEY], {
    url: 'Institution links are not part of the profile',
    score: 'Grades are not part of the profile',
    courses: 'Course lists are not part of the profile',
  });
  const institution = ctx.text(entry.institution, 200, `${path}.institution`);
  if (institution === '') {
    ctx.drop(path, 'An education entry needs the institution; add it in the profile');
    return null;
  }
  const id = ctx.newId();
  ctx.itemIds.set(path, id);
  return item<'education'>(id, {
    kind: 'education',
    institution,
    area: ctx.text(entry.area, 160, `${path}.area`),
    studyType: ctx.text(entry.studyType, 80, `${path}.studyType`),
    startDate: ctx.date(entry.startDate, `${path}.startDate`),
    endDate: ctx.date(entry.endDate, `${path}.endDate`),
  });
}

function projectResults(
  highlights: string[],
  stored: ProjectResult[] | undefined,
): { results: ProjectResult[]; approachLines: string[] } {
  if (stored) {
    // The file came from us: results are the stored ones still shown as highlights; every other
    // highlight is narrative, even if it has a number in it (that is how the candidate wrote it).
    const shown = new Set(highlights);
    const results = stored.filter((r) => shown.has(highlightFromResult(r)));
    const rendered = new Set(results.map(highlightFromResult));
    return { results, approachLines: highlights.filter((h) => !rendered.has(h)) };
  }
  const results: ProjectResult[] = [];
  const approachLines: string[] = [];
  for (const highlight of highlights) {
    const result = results.length < 10 ? resultFromHighlight(highlight) : null;
    if (result) results.push(result);
    else approachLines.push(highlight);
  }
  return { results, approachLines };
}

function sameLines(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((line, i) => line === b[i]);
}

function projectLinks(url: string | undefined, stored: Partial<Links> | undefined): Links {
  const storedLinks = Object.entries(stored ?? {}) as [keyof Links, string | undefined][];
  // Our stored links are typed by the candidate; trust them while the visible link is one of them.
  if (url && storedLinks.some(([, href]) => href === url)) return compact({ ...stored });
  const links: Links = {};
  if (url) links[classifyProjectLink(url)] = url;
  for (const [kind, href] of storedLinks) if (href && links[kind] === undefined) links[kind] = href;
  return links;
}

/** projects[i] → a project item without its skills (see linkProjectSkills), or null without a name. */
export function importProject(entry: JsonResumeProject, i: number, ctx: ImportContext): ProfileItem | null {
  const path = `projects.${i}`;
  ctx.unmodelled(
    entry,
    path,
    ['name', 'description', 'highlights', 'keywords', 'startDate', 'endDate', 'url', EXTENSION_KEY],
    {
      roles: 'Project roles are not part of the profile',
      entity: 'Project affiliations are not part of the profile',
      type: 'Project types are not part of the profile',
    },
  );
  const title = ctx.text(entry.name, 160, `${path}.name`);
  if (title === '') {
    ctx.drop(path, 'A project needs a name; add it in the profile');
    return null;
  }
  const id = ctx.newId();
  ctx.itemIds.set(path, id);
  const ext = readExtension(projectExtensionSchema, entry[EXTENSION_KEY]);
  const highlights = (entry.highlights ?? []).map((h) => h.trim()).filter((h) => h !== '');
  const { results, approachLines } = projectResults(highlights, ext.results);
  // Our stored approach is used only while the highlights still read the same.
  const storedApproach = ext.approach !== undefined && sameLines(linesOf(ext.approach), approachLines);
  const url = ctx.url(entry.url, `${path}.url`);
  return item<'project'>(id, {
    kind: 'project',
    title,
    problem: ctx.text(entry.description, 2000, `${path}.description`),
    approach: storedApproach
      ? (ext.approach ?? '').trim()
      : ctx.text(approachLines.join('\n'), 4000, `${path}.highlights`),
    results,
    links: projectLinks(url, ext.links),
    skills: [],
    startDate: ctx.date(entry.startDate, `${path}.startDate`),
    endDate: ctx.date(entry.endDate, `${path}.endDate`),
  });
}

/**
 * Runs a project's keywords through the skill collector (after the skills section, so its stated levels
 * and order come first) and lists the recognised ones on the project, which becomes their evidence.
 */
export function linkProjectSkills(
  project: ProfileItem,
  entry: JsonResumeProject,
  path: string,
  ctx: ImportContext,
  collector: SkillCollector,
): void {
  if (project.kind !== 'project') return;
  const skillIds = new Set<string>();
  (entry.keywords ?? []).forEach((keyword, j) => {
    const skillId = collector.add({ name: keyword, path: `${path}.keywords.${j}`, evidence: [project.id] });
    if (skillId) skillIds.add(skillId);
  });
  if (skillIds.size > 40)
    ctx.drop(`${path}.keywords`, 'A project lists at most 40 skills; the rest stay on the profile');
  project.skills = [...skillIds].slice(0, 40);
}

/** certificates[i] → a certification item, or null without a name and an issuer. */
export function importCertification(
  entry: JsonResumeCertificate,
  i: number,
  ctx: ImportContext,
): ProfileItem | null {
  const path = `certificates.${i}`;
  ctx.unmodelled(entry, path, ['name', 'issuer', 'date', 'url', EXTENSION_KEY]);
  const name = ctx.text(entry.name, 200, `${path}.name`);
  const issuer = ctx.text(entry.issuer, 160, `${path}.issuer`);
  if (name === '' || issuer === '') {
    ctx.drop(path, 'A certification needs its name and its issuer; add it in the profile');
    return null;
  }
  const ext = readExtension(certificateExtensionSchema, entry[EXTENSION_KEY]);
  const id = ctx.newId();
  ctx.itemIds.set(path, id);
  return item<'certification'>(id, {
    kind: 'certification',
    name,
    issuer,
    credentialId: ctx.optionalText(ext.credentialId, 120, `${path}.${EXTENSION_KEY}.credentialId`),
    credentialUrl: ctx.url(entry.url, `${path}.url`),
    issueDate: ctx.date(entry.date, `${path}.date`),
    expiryDate: ext.expiryDate,
  });
}

function publicationYear(
  releaseDate: string | undefined,
  path: string,
  ctx: ImportContext,
): number | undefined {
  const date = ctx.date(releaseDate, path);
  if (date === undefined) return undefined;
  const year = yearOf(date);
  if (year < 1950 || year > 2100) {
    ctx.drop(path, 'Publication years before 1950 or after 2100 are not kept');
    return undefined;
  }
  if (date.length > 4) ctx.adjust(path, 'Only the year of a publication is kept');
  return year;
}

/** publications[i] → a publication item (DOI and arXiv id read from its link), or null without a name. */
export function importPublication(
  entry: JsonResumePublication,
  i: number,
  ctx: ImportContext,
): ProfileItem | null {
  const path = `publications.${i}`;
  ctx.unmodelled(entry, path, ['name', 'publisher', 'releaseDate', 'url', EXTENSION_KEY], {
    summary: 'Publication summaries are not part of the profile',
  });
  const title = ctx.text(entry.name, 300, `${path}.name`);
  if (title === '') {
    ctx.drop(path, 'A publication needs its title; add it in the profile');
    return null;
  }
  const ext = readExtension(publicationExtensionSchema, entry[EXTENSION_KEY]);
  const url = ctx.url(entry.url, `${path}.url`);
  const id = ctx.newId();
  ctx.itemIds.set(path, id);
  return item<'publication'>(id, {
    kind: 'publication',
    title,
    venue: ctx.text(entry.publisher, 200, `${path}.publisher`),
    year: publicationYear(entry.releaseDate, `${path}.releaseDate`, ctx),
    authors: ctx.list(ext.authors, 100, 120, `${path}.${EXTENSION_KEY}.authors`),
    // What the visible link says wins over our stored copy.
    doi: (url && doiFromUrl(url)) || ext.doi,
    arxivId: (url && arxivIdFromUrl(url)) || ext.arxivId,
    url: ext.derivedUrl && url === publicationLink(ext.doi, ext.arxivId) ? undefined : url,
  });
}
