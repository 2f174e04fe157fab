// export(import(x)) for the upstream sample and examples, compared field by field on what we model; and
// import(export(profile)) for a profile using every field we write.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedDataDir } from '../../config/paths.js';
import type { Profile } from '../../contracts/profile.js';
import { profileSchema } from '../../contracts/profile.js';
import { profileDraftSchema } from './draft.js';
import { exportJsonResume } from './export.js';
import { importJsonResume } from './import.js';
import { fluencyFromText } from './levels.js';
import { fakeNormaliseSkill, fakeSkillName, richProfile, testDeps, testId } from './testing.js';
import type { ImportedProfile, JsonResume } from './types.js';
import { hostOf } from './urls.js';
import { validateJsonResume } from './validate.js';

const shared = sharedDataDir();
const dataDir = path.join(shared ?? '/nonexistent', 'jsonresume');
const now = new Date('2026-01-15T12:00:00Z');
const exportDeps = { skillName: fakeSkillName };

// Every field of a JSON Resume is either modelled (must survive the round trip, compared below) or not
// modelled (reported as dropped on import). Array indices are written [].
const MODELLED = new Set([
  'basics.label',
  'basics.summary',
  'basics.location.city',
  'basics.location.countryCode',
  'work[].name',
  'work[].position',
  'work[].url', // as the employer's domain
  'work[].description', // as the employer's industry
  'work[].location',
  'work[].startDate',
  'work[].endDate',
  'work[].summary',
  'work[].highlights[]',
  'education[].institution',
  'education[].area',
  'education[].studyType',
  'education[].startDate',
  'education[].endDate',
  'projects[].name',
  'projects[].description', // as the problem
  'projects[].highlights[]', // as results (measured) and approach (narrative); narrative is written first
  'projects[].keywords[]', // as skill ids; unrecognised keywords become unverified profile skills
  'projects[].startDate',
  'projects[].endDate',
  'projects[].url', // typed by host: repository, demo, model card, dataset or paper
  'certificates[].name',
  'certificates[].issuer',
  'certificates[].date',
  'certificates[].url',
  'publications[].name',
  'publications[].publisher',
  'publications[].releaseDate', // the year only
  'publications[].url', // plus the DOI or arXiv id read from it
  'skills[].name', // regrouped: one entry per skill, unverified ones included
  'skills[].level', // as proficiency 1-5, written back as Beginner/Elementary/Intermediate/Advanced/Master
  'skills[].keywords[]',
  'languages[].language',
  'languages[].fluency', // as elementary/professional/full/native
]);
const NOT_MODELLED = new Set([
  '$schema',
  'basics.name', // account settings; export writes the account's display name
  'basics.email', // account settings; export writes the account's email
  'basics.phone',
  'basics.image',
  'basics.url',
  'basics.profiles[].network',
  'basics.profiles[].username',
  'basics.profiles[].url',
  'basics.location.address',
  'basics.location.postalCode',
  'basics.location.region',
  'volunteer[].organization',
  'volunteer[].position',
  'volunteer[].url',
  'volunteer[].startDate',
  'volunteer[].endDate',
  'volunteer[].summary',
  'volunteer[].highlights[]',
  'education[].url',
  'education[].score',
  'education[].courses[]',
  'awards[].title',
  'awards[].date',
  'awards[].awarder',
  'awards[].summary',
  'publications[].summary',
  'interests[].name',
  'interests[].keywords[]',
  'references[].name',
  'references[].reference',
  'projects[].roles[]',
  'projects[].entity',
  'projects[].type',
  'meta.canonical',
  'meta.version',
  'meta.lastModified',
]);

function leafPaths(value: unknown, at = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => leafPaths(v, `${at}[]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => leafPaths(v, at === '' ? k : `${at}.${k}`));
  }
  return [at];
}

const text = (value: string | undefined) => value?.trim() ?? '';
const skillIds = (names: string[] | undefined) =>
  (names ?? []).flatMap((n) => fakeNormaliseSkill(n)?.skillId ?? []).sort();

/** What we model of a résumé, in a form where our lossless rewrites compare equal. */
function modelled(resume: JsonResume, imported: ImportedProfile) {
  return {
    basics: {
      label: text(resume.basics?.label),
      summary: text(resume.basics?.summary),
      city: text(resume.basics?.location?.city),
      countryCode: text(resume.basics?.location?.countryCode).toUpperCase(),
    },
    languages: (resume.languages ?? []).map((l) => [l.language, fluencyFromText(l.fluency).fluency]),
    work: (resume.work ?? [])
      .filter((w) => text(w.name) && text(w.position))
      .map((w) => ({
        name: w.name,
        position: w.position,
        domain: w.url ? hostOf(w.url) : undefined,
        description: text(w.description),
        location: text(w.location),
        startDate: w.startDate,
        endDate: w.endDate,
        summary: text(w.summary),
        highlights: w.highlights ?? [],
      })),
    education: (resume.education ?? [])
      .filter((e) => text(e.institution))
      .map((e) => [e.institution, text(e.area), text(e.studyType), e.startDate, e.endDate]),
    projects: (resume.projects ?? [])
      .filter((p) => text(p.name))
      .map((p) => ({
        name: p.name,
        description: text(p.description),
        highlights: [...(p.highlights ?? [])].sort(),
        keywords: skillIds(p.keywords),
        startDate: p.startDate,
        endDate: p.endDate,
        url: p.url,
      })),
    certificates: (resume.certificates ?? [])
      .filter((c) => text(c.name) && text(c.issuer))
      .map((c) => [c.name, c.issuer, c.date, c.url]),
    publications: (resume.publications ?? [])
      .filter((p) => text(p.name))
      .map((p) => [p.name, text(p.publisher), p.releaseDate?.slice(0, 4), p.url]),
    // Skills are regrouped on export, so compare what import makes of them.
    skills: imported.skills.map((s) => [s.skillId, s.proficiency]),
    customSkills: imported.customSkills,
  };
}

function load(file: string): JsonResume {
  const result = validateJsonResume(JSON.parse(readFileSync(file, 'utf8')));
  if (!result.ok) throw new Error(`${file}: ${JSON.stringify(result.errors)}`);
  return result.resume;
}

const files = !shared
  ? []
  : [
      path.join(dataDir, 'sample.resume.json'),
      ...readdirSync(path.join(dataDir, 'npm-1.3.1', 'examples')).map((f) =>
        path.join(dataDir, 'npm-1.3.1', 'examples', f),
      ),
    ];

describe.skipIf(!shared)('export(import(x)) on upstream résumés (needs ../shared/data)', () => {
  it.each(files.map((f) => [path.relative(dataDir, f), f]))('%s keeps every field we model', (_, file) => {
    const original = load(file);
    const imported = importJsonResume(original, testDeps(now));
    expect(imported.errors).toEqual([]);
    const account = {
      displayName: original.basics?.name ?? '',
      email: original.basics?.email ?? '',
      updatedAt: now.toISOString(),
    };
    const exported = exportJsonResume({ ...imported, ...account }, exportDeps);
    expect(validateJsonResume(exported)).toMatchObject({ ok: true });
    const reimported = importJsonResume(exported, testDeps(now));
    expect(modelled(exported, reimported)).toEqual(modelled(original, imported));
  });

  it.each(files.map((f) => [path.relative(dataDir, f), f]))('%s has only fields we classify', (_, file) => {
    const paths = new Set(leafPaths(load(file)));
    const unclassified = [...paths].filter((p) => !MODELLED.has(p) && !NOT_MODELLED.has(p));
    expect(unclassified).toEqual([]);
  });

  it('reports every not-modelled field present in the sample as dropped', () => {
    const original = load(files[0] ?? '');
    const dropped = importJsonResume(original, testDeps(now)).report.dropped.map((d) =>
      d.path.replace(/\.\d+/g, '[]'),
    );
    const present = [...new Set(leafPaths(original))].filter(
      (p) => NOT_MODELLED.has(p) && !p.startsWith('meta.'),
    );
    for (const field of present) {
      const covered = dropped.some(
        (d) => field === d || field.startsWith(`${d}.`) || field.startsWith(`${d}[]`),
      );
      expect(covered, field).toBe(field !== '$schema');
    }
  });
});

function fullProfile(): Profile {
  const rich = richProfile();
  return {
    ...rich,
    userId: '00000000-0000-4000-8000-0000000000aa',
    goals: {
      targetRoleFamily: 'ml_engineer',
      targetLevel: 'staff',
      targetTrack: 'ic',
      desiredCountries: ['SA'],
      remotePreference: 'remote',
      willingToRelocate: true,
      minimumPay: { amount: 987_654, currency: 'AED', period: 'year' },
      noticePeriodWeeks: 7,
      openToWork: true,
    },
    visibility: { visibility: 'anonymous', blockedDomains: ['secret-current-employer.com'] },
    skills: rich.skills.map((s) => ({
      ...s,
      name: fakeSkillName(s.skillId),
      category: 'ml',
      strength: 'claimed',
    })),
    openToWorkSince: '2025-12-01T00:00:00.000Z',
  };
}

describe('import(export(profile))', () => {
  it('writes a résumé the official schema accepts, without goals or visibility', () => {
    const profile = fullProfile();
    expect(profileSchema.safeParse(profile).error).toBeUndefined();
    const exported = exportJsonResume(profile, exportDeps);
    expect(validateJsonResume(exported)).toMatchObject({ ok: true });
    const json = JSON.stringify(exported);
    for (const secret of [
      'secret-current-employer.com',
      '987654',
      'anonymous',
      'openToWork',
      'remotePreference',
    ]) {
      expect(json).not.toContain(secret);
    }
  });

  it('carries our extras in x-aitalenthub blocks and keeps HTML as written', () => {
    const exported = exportJsonResume(richProfile(), exportDeps);
    expect(exported.basics?.label).toBe('Senior ML Engineer <b>LLMs</b> & retrieval');
    expect(exported.basics?.summary).toContain('<script>alert(1)</script>');
    expect(exported.skills?.[0]).toEqual({
      name: 'Python',
      level: 'Master',
      'x-aitalenthub': {
        skillId: 'python',
        proficiency: 5,
        years: 8,
        lastUsed: '2026-01',
        evidence: ['projects.0', 'work.0'],
      },
    });
    expect(exported.skills?.at(-1)).toEqual({
      name: 'Retrieval evaluation',
      level: 'Advanced',
      'x-aitalenthub': { proficiency: 4, unverified: true },
    });
    expect(exported.projects?.[0]).toMatchObject({
      url: 'https://github.com/amira/arabic-rag',
      highlights: [
        'Collected 12k questions from public forums.',
        'Built a hybrid BM25 + dense retriever.',
        'Recall@10: from 0.64 to 0.82',
        'Cut index build time by 40%',
      ],
      keywords: ['Python', 'PyTorch'],
    });
    expect(exported.publications?.[1]).toMatchObject({
      url: 'https://arxiv.org/abs/2312.05678',
      releaseDate: '2023',
    });
    expect(exported.work?.[0]).toMatchObject({ url: 'https://falcon.example.com', location: 'Dubai, AE' });
    expect(exported.meta).toEqual({
      version: 'v1.0.0',
      lastModified: '2026-01-10T09:30:00',
      'x-aitalenthub': { generator: 'AI Talent Hub', formatVersion: 1 },
    });
  });

  it('writes a day the calendar does not have at month precision', () => {
    const profile = richProfile();
    profile.items = [
      {
        id: testId(1),
        kind: 'education',
        institution: 'MIT',
        area: '',
        studyType: '',
        endDate: '2023-02-30',
      },
    ];
    const exported = exportJsonResume(profile, exportDeps);
    expect(exported.education?.[0]?.endDate).toBe('2023-02');
    expect(validateJsonResume(exported)).toMatchObject({ ok: true });
  });

  it('gives back the same profile (new item ids aside)', () => {
    const profile = richProfile();
    const validated = validateJsonResume(JSON.parse(JSON.stringify(exportJsonResume(profile, exportDeps))));
    if (!validated.ok) throw new Error(JSON.stringify(validated.errors));
    const imported = importJsonResume(validated.resume, testDeps(now));
    expect(imported.errors).toEqual([]);
    expect(imported.report.unmatchedSkills).toEqual(['Arabic NLP', 'Retrieval evaluation']);
    const { basics, items, skills, customSkills } = imported;
    expect(profileDraftSchema.safeParse({ basics, items, skills, customSkills }).error).toBeUndefined();
    // Items come back in the same order with new ids; map them back to compare.
    const ids = new Map(items.map((item, i) => [item.id, profile.items[i]?.id ?? '']));
    const back = {
      basics,
      items: items.map((item) => ({ ...item, id: ids.get(item.id) })),
      skills: skills.map((s) => ({ ...s, evidence: s.evidence.map((id) => ids.get(id)) })),
      customSkills,
    };
    expect(back).toEqual({
      basics: profile.basics,
      items: profile.items,
      skills: profile.skills,
      customSkills: profile.customSkills,
    });
  });
});
