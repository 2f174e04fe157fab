// Our profile → a JSON Resume any JSON Resume tool can render. Standard fields carry everything they can
// say; what they cannot (skill ids, a numeric proficiency, evidence links, structured results, typed
// links, DOI/arXiv ids, authors, credential ids) rides in `x-aitalenthub` blocks, which the official
// schema allows because every object in it accepts additional properties. Goals and visibility settings
// are private to the marketplace and never exported. Text is written exactly as stored (HTML included):
// escaping is the renderer's job.
import type { Profile, ProfileItem, ProfileItemBody } from '../../contracts/profile.js';
import { isPartialDate } from './dates.js';
import type {
  BasicsExtension,
  CertificateExtension,
  MetaExtension,
  ProjectExtension,
  PublicationExtension,
  SkillExtension,
  WorkExtension,
} from './extension.js';
import { approachLines, compact, composeLocation, publicationLink } from './fields.js';
import { levelFromProficiency, textFromFluency } from './levels.js';
import { highlightFromResult } from './metrics.js';
import {
  EXTENSION_KEY,
  type JsonResume,
  type JsonResumeCertificate,
  type JsonResumeEducation,
  type JsonResumeProject,
  type JsonResumePublication,
  type JsonResumeSkill,
  type JsonResumeWork,
  type ProfileDraft,
} from './types.js';
import { classifyProjectLink, isHttpUrl } from './urls.js';

/** The schema version our exports declare (the one @jsonresume/schema validates). */
export const JSON_RESUME_SCHEMA_URL =
  'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json';
/** Bumped when the meaning of our extension blocks changes. */
export const EXTENSION_FORMAT_VERSION = 1;

export interface ExportDeps {
  /** The catalogue's display name for a skill id. */
  skillName(id: string): string;
}

/** What export reads: the résumé-shaped parts of a profile plus the account's name and email. */
export type ExportableProfile = ProfileDraft & Pick<Profile, 'displayName' | 'email' | 'updatedAt'>;

type Kind<K extends ProfileItemBody['kind']> = Extract<ProfileItem, { kind: K }>;

const SECTION: Record<ProfileItemBody['kind'], string> = {
  role: 'work',
  education: 'education',
  project: 'projects',
  certification: 'certificates',
  publication: 'publications',
};
const LINK_ORDER = ['repository', 'demo', 'modelCard', 'paper', 'dataset'] as const;
// Deliberately simple: the account email was verified when it was set; this only keeps out values the
// schema's email format would refuse outright.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function nonEmpty(value: string | null | undefined): string | undefined {
  return value === null || value === undefined || value === '' ? undefined : value;
}

// The contract's date pattern allows 2023-02-30; a file must carry real dates, so such a day is written
// at month precision rather than making the export invalid.
function exportDate(value: string | undefined): string | undefined {
  if (value === undefined || isPartialDate(value)) return value;
  return value.slice(0, 7);
}

function list<T>(values: T[]): T[] | undefined {
  return values.length > 0 ? values : undefined;
}

/** An extension block, or undefined when every field in it is empty. */
function extension<T extends object>(value: T): T | undefined {
  const kept = compact(value);
  return Object.keys(kept).length > 0 ? kept : undefined;
}

function exportRole(role: Kind<'role'>): JsonResumeWork {
  const domainUrl = role.employerDomain ? `https://${role.employerDomain}` : undefined;
  const ext: WorkExtension | undefined = role.country
    ? { city: role.city, country: role.country }
    : undefined;
  return compact({
    name: role.employer,
    position: role.title,
    url: domainUrl && isHttpUrl(domainUrl) ? domainUrl : undefined,
    description: nonEmpty(role.employerIndustry),
    location: nonEmpty(composeLocation(role.city, role.country)),
    startDate: exportDate(role.startDate),
    endDate: exportDate(role.endDate),
    summary: nonEmpty(role.summary),
    highlights: list(role.highlights),
    [EXTENSION_KEY]: ext && compact(ext),
  });
}

function exportEducation(education: Kind<'education'>): JsonResumeEducation {
  return compact({
    institution: education.institution,
    area: nonEmpty(education.area),
    studyType: nonEmpty(education.studyType),
    startDate: exportDate(education.startDate),
    endDate: exportDate(education.endDate),
  });
}

function exportProject(project: Kind<'project'>, deps: ExportDeps): JsonResumeProject {
  const lines = approachLines(project.approach);
  const kinds = LINK_ORDER.filter((kind) => project.links[kind] !== undefined);
  const primary = kinds[0] === undefined ? undefined : project.links[kinds[0]];
  // The one visible url says everything when it is the only link and its host tells its kind.
  const linksSaid =
    kinds.length === 0 || (kinds.length === 1 && primary && classifyProjectLink(primary) === kinds[0]);
  const ext: ProjectExtension | undefined = extension({
    approach: lines.join('\n') === project.approach ? undefined : nonEmpty(project.approach),
    links: linksSaid ? undefined : compact({ ...project.links }),
    results: list(project.results),
  });
  return compact({
    name: project.title,
    description: nonEmpty(project.problem),
    highlights: list([...lines, ...project.results.map(highlightFromResult)]),
    keywords: list(project.skills.map((id) => deps.skillName(id))),
    startDate: exportDate(project.startDate),
    endDate: exportDate(project.endDate),
    url: primary,
    [EXTENSION_KEY]: ext,
  });
}

function exportCertification(certification: Kind<'certification'>): JsonResumeCertificate {
  const ext: CertificateExtension | undefined = extension({
    credentialId: certification.credentialId,
    expiryDate: exportDate(certification.expiryDate),
  });
  return compact({
    name: certification.name,
    issuer: certification.issuer,
    date: exportDate(certification.issueDate),
    url: certification.credentialUrl,
    [EXTENSION_KEY]: ext,
  });
}

function exportPublication(publication: Kind<'publication'>): JsonResumePublication {
  const derived = publication.url ? undefined : publicationLink(publication.doi, publication.arxivId);
  const ext: PublicationExtension | undefined = extension({
    doi: publication.doi,
    arxivId: publication.arxivId,
    authors: list(publication.authors),
    derivedUrl: derived ? true : undefined,
  });
  return compact({
    name: publication.title,
    publisher: nonEmpty(publication.venue),
    releaseDate: publication.year === undefined ? undefined : String(publication.year),
    url: publication.url ?? derived,
    [EXTENSION_KEY]: ext,
  });
}

function exportSkills(
  profile: ProfileDraft,
  paths: Map<string, string>,
  deps: ExportDeps,
): JsonResumeSkill[] {
  const known = profile.skills.map((skill) => {
    const evidence = skill.evidence.flatMap((id) => paths.get(id) ?? []);
    const ext: SkillExtension = compact({
      skillId: skill.skillId,
      proficiency: skill.proficiency,
      years: skill.years ?? undefined,
      lastUsed: skill.lastUsed ?? undefined,
      evidence: list(evidence),
    });
    return {
      name: deps.skillName(skill.skillId),
      level: levelFromProficiency(skill.proficiency),
      [EXTENSION_KEY]: ext,
    };
  });
  const custom = profile.customSkills.map((skill) => {
    const ext: SkillExtension = { proficiency: skill.proficiency, unverified: true };
    return { name: skill.name, level: levelFromProficiency(skill.proficiency), [EXTENSION_KEY]: ext };
  });
  return [...known, ...custom];
}

/** Writes a profile as a JSON Resume that validates against the official schema. */
export function exportJsonResume(profile: ExportableProfile, deps: ExportDeps): JsonResume {
  const { basics } = profile;
  const byKind = <K extends ProfileItemBody['kind']>(kind: K) =>
    profile.items.filter((item): item is Kind<K> => item.kind === kind);
  // Evidence points at entries by their place in the file (`projects.0`), as item ids mean nothing outside.
  const paths = new Map<string, string>();
  for (const kind of Object.keys(SECTION) as ProfileItemBody['kind'][]) {
    byKind(kind).forEach((item, i) => {
      paths.set(item.id, `${SECTION[kind]}.${i}`);
    });
  }
  const basicsExt: BasicsExtension | undefined = extension({
    yearsExperience: basics.yearsExperience ?? undefined,
  });
  const metaExt: MetaExtension = { generator: 'AI Talent Hub', formatVersion: EXTENSION_FORMAT_VERSION };
  return compact({
    $schema: JSON_RESUME_SCHEMA_URL,
    basics: compact({
      name: nonEmpty(profile.displayName),
      label: nonEmpty(basics.headline),
      email: EMAIL.test(profile.email) ? profile.email : undefined,
      summary: nonEmpty(basics.summary),
      location: extension({ city: nonEmpty(basics.city), countryCode: nonEmpty(basics.country) }),
      [EXTENSION_KEY]: basicsExt,
    }),
    work: list(byKind('role').map(exportRole)),
    education: list(byKind('education').map(exportEducation)),
    projects: list(byKind('project').map((project) => exportProject(project, deps))),
    certificates: list(byKind('certification').map(exportCertification)),
    publications: list(byKind('publication').map(exportPublication)),
    skills: list(exportSkills(profile, paths, deps)),
    languages: list(
      basics.languages.map((l) => ({ language: l.language, fluency: textFromFluency(l.fluency) })),
    ),
    meta: { version: 'v1.0.0', lastModified: profile.updatedAt.slice(0, 19), [EXTENSION_KEY]: metaExt },
  });
}
