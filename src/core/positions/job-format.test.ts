import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedDataDir } from '../../config/paths.js';
import { type PositionBody, positionBody } from '../../contracts/positions.js';
import { AppError } from '../errors.js';
import {
  exportJob,
  importJob,
  JOB_EXTENSION_KEY,
  type JsonResumeJob,
  jobDocumentProblems,
} from './job-format.js';
import { buildPositionBody, buildPositionView, fakeNormaliseSkill, NOW } from './positions.fixtures.js';

const deps = { normaliseSkill: fakeNormaliseSkill, now: NOW };
const dataDir = sharedDataDir();

function refusal(doc: unknown): AppError {
  try {
    importJob(doc, deps);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('the import was accepted');
}

/** A document in our own export's shape but without the extension block, as another tool would write. */
function plain(doc: JsonResumeJob): JsonResumeJob {
  const { [JOB_EXTENSION_KEY]: _ours, ...rest } = doc;
  return rest;
}

const minimal = (overrides: JsonResumeJob = {}): JsonResumeJob => ({
  title: 'Machine Learning Engineer',
  description: 'Build models.',
  location: { countryCode: 'AE', city: 'Dubai' },
  salary: 'AED 25,000 - 35,000 per month',
  ...overrides,
});

describe.skipIf(!dataDir)('the JSON Resume sample job', () => {
  const file = path.join(dataDir ?? '', 'jsonresume', 'sample.job.json');
  const sample = JSON.parse(readFileSync(file, 'utf8')) as JsonResumeJob;
  const schema = JSON.parse(readFileSync(path.join(dataDir ?? '', 'jsonresume', 'job-schema.json'), 'utf8'));

  it('is the schema our validator checks against', () => {
    expect(schema.properties.salary).toEqual({ type: 'string', description: '100000' });
    expect(jobDocumentProblems(sample)).toEqual([]);
  });

  it('imports into a body the contract accepts, reporting what it dropped and assumed', () => {
    const { body, report } = importJob(sample, deps);
    expect(positionBody.safeParse(body).success).toBe(true);
    expect(body).toMatchObject({
      title: 'Web Developer',
      roleFamily: 'ml_engineer',
      level: 'mid',
      employmentType: 'FULL_TIME',
      workplace: 'hybrid',
      remoteCountries: [],
      locations: [{ country: 'DE', city: 'Berlin' }],
      salary: { min: 100_000, max: 100_000, currency: 'EUR', period: 'year' },
      headcount: 1,
    });
    expect(body.description).toContain('### Responsibilities\n\n- Develop and maintain web applications');
    expect(body.description).toContain("### Qualifications\n\n- Bachelor's degree in Computer Science");
    expect(body.requiredSkills).toEqual([
      { skillId: 'html', minProficiency: 5 },
      { skillId: 'css', minProficiency: 5 },
      { skillId: 'javascript', minProficiency: 5 },
      { skillId: 'react', minProficiency: 5 },
      { skillId: 'node.js', minProficiency: 5 },
      { skillId: 'sql', minProficiency: 3 },
    ]);
    expect(report.unmatchedSkills).toEqual(['Web Development', 'Database Management', 'NoSQL', 'MongoDB']);
    expect(report.dropped.map((d) => d.path)).toEqual([
      'company',
      'date',
      'meta',
      'location.address',
      'location.postalCode',
      'location.region',
    ]);
    expect(report.assumed.map((a) => a.reason)).toEqual([
      'No role family recognised in the title; taken as ML engineer',
      'No currency stated; taken as EUR',
      'No period stated; taken as per year',
    ]);
  });

  it('exports what it imported as a valid job document that keeps every field we model', () => {
    const { body } = importJob(sample, deps);
    const exported = exportJob(buildPositionView(body));
    expect(jobDocumentProblems(exported)).toEqual([]);
    expect(exported).toMatchObject({
      title: sample.title,
      type: sample.type,
      description: sample.description,
      remote: sample.remote,
      experience: sample.experience,
      responsibilities: sample.responsibilities,
      qualifications: sample.qualifications,
      location: { city: sample.location?.city, countryCode: sample.location?.countryCode },
      salary: 'EUR 100,000 per year',
    });
  });

  it('reads its own export back to the same body, with or without the extension block', () => {
    const { body } = importJob(sample, deps);
    const exported = exportJob(buildPositionView(body));
    const { validThrough, ...rest } = importJob(exported, deps).body;
    expect(validThrough).toBe('2027-01-14');
    expect(rest).toEqual(body);
    expect(importJob(plain(exported), deps).body).toEqual(body);
  });
});

describe('exportJob', () => {
  const view = buildPositionView(
    buildPositionBody({ locations: [{ country: 'AE', city: 'Dubai' }, { country: 'SA' }] }),
  );
  const doc = exportJob(view, { baseUrl: 'https://talent.example/' });

  it('validates against the job schema', () => {
    expect(jobDocumentProblems(doc)).toEqual([]);
  });

  it('writes the free-text fields in words people and importJob both read', () => {
    expect(doc).toMatchObject({
      title: 'Senior Machine Learning Engineer',
      company: 'Gulf AI',
      type: 'Full-time',
      date: '2026-11-03',
      description: 'Build and ship **ranking models**.',
      location: { countryCode: 'AE', city: 'Dubai' },
      remote: 'Hybrid',
      salary: 'AED 25,000 - 35,000 per month',
      experience: 'Senior',
      responsibilities: ['Train models', 'Ship them'],
      qualifications: [],
      skills: [
        { name: 'Python', level: 'Advanced' },
        { name: 'PyTorch', level: 'Intermediate' },
        { name: 'Kubernetes', level: 'Nice to have' },
      ],
      meta: {
        version: 'v1.0.0',
        lastModified: '2026-11-03T08:00:00',
        canonical: 'https://talent.example/jobs/senior-machine-learning-engineer-3f2a9c1b',
      },
    });
  });

  it('leaves funding, status and other members-only facts out', () => {
    const text = JSON.stringify(doc);
    for (const secret of ['funding', 'attestedBy', 'verifiedAt', 'status', 'closeNote'])
      expect(text).not.toContain(secret);
  });

  it('carries everything else in the extension block, so the import is lossless', () => {
    const { body, report } = importJob(doc, deps);
    expect(body).toEqual(
      buildPositionBody({ locations: [{ country: 'AE', city: 'Dubai' }, { country: 'SA' }] }),
    );
    expect(report.assumed).toEqual([]);
  });

  it('without the extension block still keeps the free-text fields', () => {
    const { body } = importJob(plain(doc), deps);
    expect(body).toMatchObject({
      title: view.title,
      roleFamily: 'ml_engineer',
      level: 'senior',
      workplace: 'hybrid',
      locations: [{ country: 'AE', city: 'Dubai' }],
      salary: view.salary,
      requiredSkills: [
        { skillId: 'python', minProficiency: 4 },
        { skillId: 'pytorch', minProficiency: 3 },
      ],
      niceToHaveSkills: [{ skillId: 'kubernetes' }],
      description: view.description,
    });
  });

  it('omits canonical without a base URL and location without places', () => {
    const bare = exportJob(buildPositionView(undefined, { locations: [], publishedAt: null }));
    expect(bare.meta?.canonical).toBeUndefined();
    expect(bare.location).toBeUndefined();
    expect(bare.date).toBe('2026-11-01');
    expect(jobDocumentProblems(bare)).toEqual([]);
  });
});

describe('importJob: schema violations', () => {
  it.each([
    [null, '(root)', 'Must be an object'],
    [[], '(root)', 'Must be an object'],
    [{ title: 5 }, 'title', 'Must be a string'],
    [{ remote: 'Sometimes' }, 'remote', 'Use one of: Full, Hybrid, None'],
    [{ skills: 'Python' }, 'skills', 'Must be a list'],
    [{ skills: [{ keywords: [1] }] }, 'skills.0.keywords.0', 'Must be a string'],
    [{ date: '24-01' }, 'date', 'Use a date as YYYY, YYYY-MM or YYYY-MM-DD'],
    [{ date: '2024-19' }, 'date', 'Use a real date as YYYY, YYYY-MM or YYYY-MM-DD'],
    [{ date: '2024-02-30' }, 'date', 'Use a real date as YYYY, YYYY-MM or YYYY-MM-DD'],
    [
      { meta: { canonical: 'javascript:alert(1)' } },
      'meta.canonical',
      'Use a full http:// or https:// address',
    ],
  ])('refuses %j at %s', (doc, at, message) => {
    const error = refusal(doc);
    expect(error.code).toBe('validation_failed');
    expect(error.extra.errors?.[0]).toEqual({ path: at, message, code: 'schema' });
  });

  it('lists every schema problem, up to a limit', () => {
    const error = refusal({ title: 1, company: 2, skills: Array.from({ length: 80 }, () => ({ name: 3 })) });
    expect(error.extra.errors).toHaveLength(50);
    expect(error.extra.errors?.slice(0, 2).map((e) => e.path)).toEqual(['title', 'company']);
  });
});

describe('importJob: our requirements', () => {
  it('names every field it cannot do without', () => {
    const error = refusal({ title: 'ML', location: { countryCode: 'Germany' } });
    expect(error.code).toBe('validation_failed');
    expect(error.extra.errors?.map((e) => `${e.path}:${e.code}`)).toEqual([
      'title:required',
      'location.countryCode:required',
      'description:required',
      'salary:required',
    ]);
  });

  it.each([
    ['Competitive', 'No amount found'],
    ['CHF 120,000', 'Use one of the supported currencies'],
    ['$60 per hour', 'Give the pay per month or per year'],
  ])('refuses the salary %j, showing the shape it reads', (salary, reason) => {
    const error = refusal(minimal({ salary }));
    expect(error.extra.errors).toHaveLength(1);
    expect(error.extra.errors?.[0]).toMatchObject({ path: 'salary', code: 'unreadable_salary' });
    expect(error.extra.errors?.[0]?.message).toMatch(
      new RegExp(`^${reason.replace('$', '\\$')}.*; write it like "AED 25,000 - 35,000 per month"$`),
    );
  });

  it('refuses a title or description beyond the contract limits', () => {
    const error = refusal(minimal({ title: 'x'.repeat(161), description: 'y'.repeat(20_001) }));
    expect(error.extra.errors?.map((e) => `${e.path}:${e.code}`)).toEqual([
      'title:too_long',
      'description:too_long',
    ]);
  });

  it('builds a description from responsibilities alone', () => {
    const { body } = importJob(minimal({ description: undefined, responsibilities: ['Ship models'] }), deps);
    expect(body.description).toBe('### Responsibilities\n\n- Ship models');
  });
});

describe('importJob: defaults and guesses', () => {
  it('reads the minimal document with an onsite default and says so', () => {
    const { body, report } = importJob(minimal(), deps);
    expect(body).toMatchObject({
      roleFamily: 'ml_engineer',
      level: 'mid',
      employmentType: 'FULL_TIME',
      workplace: 'onsite',
      remoteCountries: [],
      visaSponsorship: false,
      relocationSupport: false,
      headcount: 1,
      package: { housing: 0, transport: 0, annualFlights: 0, education: 0, other: 0, taxFree: false },
      salary: { min: 25_000, max: 35_000, currency: 'AED', period: 'month' },
    });
    expect(body.validThrough).toBeUndefined();
    expect(report.assumed.map((a) => a.path)).toEqual(['remote', 'experience', 'type']);
  });

  it('takes the level from the title when experience is silent', () => {
    expect(importJob(minimal({ title: 'Staff ML Engineer' }), deps).body.level).toBe('staff');
    expect(importJob(minimal({ experience: '2 years' }), deps).body.level).toBe('mid');
  });

  it('hires a fully remote role from the office country unless told more', () => {
    const { body, report } = importJob(minimal({ remote: 'Full' }), deps);
    expect(body.workplace).toBe('remote');
    expect(body.remoteCountries).toEqual(['AE']);
    expect(report.assumed).toContainEqual({
      path: 'remote',
      reason: 'Remote hires taken to live in AE; add more countries if you hire wider',
    });
  });

  it('upper-cases the country, drops a city that is too long and unknown top-level keys', () => {
    const { body, report } = importJob(
      { ...minimal({ location: { countryCode: 'ae', city: 'c'.repeat(121) } }), benefits: ['gym'] },
      deps,
    );
    expect(body.locations).toEqual([{ country: 'AE' }]);
    expect(report.dropped.map((d) => d.path)).toEqual(['benefits', 'location.city']);
  });

  it('reports amounts beyond the band', () => {
    const { report } = importJob(minimal({ salary: 'AED 25,000 - 35,000 per month + 10,000 bonus' }), deps);
    expect(report.dropped).toContainEqual({
      path: 'salary',
      reason: 'Only the first two amounts are read as the band',
    });
  });
});

describe('importJob: skills', () => {
  it('applies a group level to its keywords, merges repeats at the highest need, and keeps required first', () => {
    const { body, report } = importJob(
      minimal({
        skills: [
          { name: 'Python', level: 'Beginner' },
          { name: 'Backend', level: 'Expert', keywords: ['python', 'SQL', 'Haskell'] },
          { name: 'Ops', level: 'Nice to have', keywords: ['Docker', 'sql', 'k8s'] },
          { name: '  ' },
        ],
      }),
      deps,
    );
    expect(body.requiredSkills).toEqual([
      { skillId: 'python', minProficiency: 5 },
      { skillId: 'sql', minProficiency: 5 },
    ]);
    expect(body.niceToHaveSkills).toEqual([{ skillId: 'docker' }, { skillId: 'kubernetes' }]);
    expect(report.unmatchedSkills).toEqual(['Backend', 'Haskell', 'Ops']);
    expect(report.matchedSkills).toContainEqual({ name: 'k8s', skillId: 'kubernetes', confidence: 0.8 });
  });

  it('a required mention lifts a nice-to-have skill, at its own level', () => {
    const { body } = importJob(
      minimal({
        skills: [
          { name: 'Docker', level: 'Optional' },
          { name: 'Docker', level: 'Beginner' },
        ],
      }),
      deps,
    );
    expect(body.requiredSkills).toEqual([{ skillId: 'docker', minProficiency: 2 }]);
    expect(body.niceToHaveSkills).toEqual([]);
  });

  it('uses intermediate (3) for a level it does not recognise', () => {
    const { body } = importJob(minimal({ skills: [{ name: 'Go', level: 'Ninja' }] }), deps);
    expect(body.requiredSkills).toEqual([{ skillId: 'go', minProficiency: 3 }]);
  });

  it('treats an id the contract would refuse as unmatched', () => {
    const { body, report } = importJob(minimal({ skills: [{ name: 'Weird' }] }), {
      ...deps,
      normaliseSkill: () => ({ skillId: 'Not An Id!', confidence: 1 }),
    });
    expect(body.requiredSkills).toEqual([]);
    expect(report.unmatchedSkills).toEqual(['Weird']);
  });

  it('keeps the first 40 skills of a list and reports the rest', () => {
    const many = Array.from({ length: 45 }, (_, i) => `skill-${i}`);
    const { body, report } = importJob(minimal({ skills: [{ name: 'All', keywords: many }] }), {
      ...deps,
      normaliseSkill: (name) => (name.startsWith('skill-') ? { skillId: name, confidence: 1 } : null),
    });
    expect(body.requiredSkills).toHaveLength(40);
    expect(body.requiredSkills.at(-1)?.skillId).toBe('skill-39');
    expect(report.dropped).toContainEqual({
      path: 'skills',
      reason: '5 required skills beyond the first 40 were left out',
    });
  });
});

describe('importJob: the extension block', () => {
  const withExtension = (block: unknown) => ({ ...minimal(), [JOB_EXTENSION_KEY]: block });

  it('uses valid fields and drops invalid or unknown ones field by field', () => {
    const { body, report } = importJob(
      withExtension({
        formatVersion: 1,
        roleFamily: 'data_scientist',
        level: 'wizard',
        headcount: 3,
        secret: true,
      }),
      deps,
    );
    expect(body).toMatchObject({ roleFamily: 'data_scientist', level: 'mid', headcount: 3 });
    expect(report.dropped.map((d) => d.path)).toEqual([
      `${JOB_EXTENSION_KEY}.level`,
      `${JOB_EXTENSION_KEY}.secret`,
    ]);
  });

  it('prefers its salary and skill ids over the free text', () => {
    const salary: PositionBody['salary'] = { min: 10_000, max: 12_000, currency: 'USD', period: 'month' };
    const { body, report } = importJob(
      {
        ...withExtension({ salary, requiredSkills: [{ skillId: 'rust', minProficiency: 2 }] }),
        salary: 'Competitive',
      },
      deps,
    );
    expect(body.salary).toEqual(salary);
    expect(body.requiredSkills).toEqual([{ skillId: 'rust', minProficiency: 2 }]);
    expect(report.unmatchedSkills).toEqual([]);
  });

  it('drops an end date that is past or too far ahead, so the default applies', () => {
    const past = importJob(withExtension({ validThrough: '2026-11-14' }), deps);
    expect(past.body.validThrough).toBeUndefined();
    expect(past.report.dropped).toContainEqual({
      path: `${JOB_EXTENSION_KEY}.validThrough`,
      reason: 'Not between today and a year ahead; the default applies',
    });
    expect(importJob(withExtension({ validThrough: '2026-12-01' }), deps).body.validThrough).toBe(
      '2026-12-01',
    );
  });

  it('ignores a block that is not an object', () => {
    const { report } = importJob(withExtension('yes'), deps);
    expect(report.dropped).toContainEqual({ path: JOB_EXTENSION_KEY, reason: 'Not an object; ignored' });
  });
});
