import { describe, expect, it } from 'vitest';
import { skillsBodySchema } from '../../contracts/profile.js';
import { profileDraftSchema } from './draft.js';
import { importJsonResume } from './import.js';
import { MAX_CUSTOM_SKILLS, MAX_SKILLS } from './import-skills.js';
import { testDeps, testId } from './testing.js';
import { EXTENSION_KEY, type ImportedProfile, type JsonResume } from './types.js';

const now = new Date('2026-01-15T12:00:00Z');

function run(resume: JsonResume): ImportedProfile {
  const imported = importJsonResume(resume, testDeps(now, 1));
  const { basics, items, skills, customSkills } = imported;
  // Whatever comes out must satisfy our contracts.
  expect(profileDraftSchema.safeParse({ basics, items, skills, customSkills }).error).toBeUndefined();
  return imported;
}

describe('importJsonResume: basics', () => {
  it('maps label, summary, country and city, and reports contact details it leaves out', () => {
    const imported = run({
      basics: {
        name: 'Ada',
        email: 'ada@example.com',
        phone: '123',
        label: '  ML Engineer  ',
        summary: 'Builds models.',
        location: { city: 'Dubai', countryCode: 'ae', address: '1 Main St', region: 'Dubai' },
        profiles: [{ network: 'GitHub', url: 'https://github.com/ada' }],
      },
    });
    expect(imported.basics).toEqual({
      headline: 'ML Engineer',
      summary: 'Builds models.',
      country: 'AE',
      city: 'Dubai',
      yearsExperience: null,
      languages: [],
    });
    expect(imported.report.dropped.map((d) => d.path)).toEqual([
      'basics.name',
      'basics.email',
      'basics.phone',
      'basics.profiles',
      'basics.location.address',
      'basics.location.region',
    ]);
  });

  it('drops a country that is not a two-letter code', () => {
    const imported = run({ basics: { location: { countryCode: 'USA' } } });
    expect(imported.basics.country).toBeNull();
    expect(imported.report.dropped).toContainEqual({
      path: 'basics.location.countryCode',
      reason: 'Not a two-letter ISO 3166 country code',
    });
  });

  it('maps language fluency onto our four steps and flags what it had to assume', () => {
    const imported = run({
      languages: [
        { language: 'English', fluency: 'Native speaker' },
        { language: 'Spanish', fluency: 'Fluent' },
        { language: 'Portuguese', fluency: 'Professional working proficiency' },
        { language: 'Igbo', fluency: 'Conversational' },
        { language: 'German', fluency: 'C1' },
        { language: 'French', fluency: 'Limited working proficiency' },
        { language: 'Italian' },
        { language: 'english', fluency: 'Beginner' },
        { fluency: 'Native' },
      ],
    });
    expect(imported.basics.languages).toEqual([
      { language: 'English', fluency: 'native' },
      { language: 'Spanish', fluency: 'full' },
      { language: 'Portuguese', fluency: 'professional' },
      { language: 'Igbo', fluency: 'elementary' },
      { language: 'German', fluency: 'full' },
      { language: 'French', fluency: 'elementary' },
      { language: 'Italian', fluency: 'professional' },
    ]);
    expect(imported.report.adjusted).toEqual([
      {
        path: 'languages.6.fluency',
        reason: 'Fluency not stated or not recognised; set to professional, please check',
      },
    ]);
    expect(imported.report.dropped).toEqual([
      { path: 'languages.7', reason: 'Listed twice; the first entry is kept' },
      { path: 'languages.8', reason: 'A language entry needs the language' },
    ]);
  });

  it('shortens text over the contract limits and says so', () => {
    const imported = run({ basics: { label: 'x'.repeat(200) } });
    expect(imported.basics.headline).toHaveLength(160);
    expect(imported.report.adjusted).toEqual([
      { path: 'basics.label', reason: "Shortened to 160 characters (the profile's limit)" },
    ]);
  });

  it('derives years of experience from roles, counting overlaps once', () => {
    const imported = run({
      work: [
        { name: 'A', position: 'Engineer', startDate: '2016-01', endDate: '2019-12' },
        { name: 'B', position: 'Advisor', startDate: '2018-01', endDate: '2018-12' },
        { name: 'C', position: 'Lead', startDate: '2021-01' },
      ],
    });
    // 2016-01..2019-12 is 4 years; 2021-01-01..2026-01-15 is about 5.04.
    expect(imported.basics.yearsExperience).toBe(9);
  });
});

describe('importJsonResume: work', () => {
  it('maps an entry to a role item', () => {
    const imported = run({
      work: [
        {
          name: 'Pied Piper',
          position: 'CEO',
          url: 'https://www.piedpiper.example.com/about',
          description: 'Compression company',
          location: 'Palo Alto, CA',
          startDate: '2013-12',
          endDate: '2014',
          summary: 'Ran it.',
          highlights: ['Won Disrupt', '  ', 'Raised 10M'],
        },
      ],
    });
    expect(imported.items).toEqual([
      {
        id: testId(1),
        kind: 'role',
        employer: 'Pied Piper',
        employerDomain: 'piedpiper.example.com',
        employerIndustry: 'Compression company',
        title: 'CEO',
        city: 'Palo Alto, CA',
        startDate: '2013-12',
        endDate: '2014',
        summary: 'Ran it.',
        highlights: ['Won Disrupt', 'Raised 10M'],
      },
    ]);
  });

  it('leaves out a role without employer or position and says why', () => {
    const imported = run({ work: [{ name: 'Acme' }, { position: 'Engineer' }] });
    expect(imported.items).toEqual([]);
    expect(imported.report.dropped).toEqual([
      {
        path: 'work.0',
        reason: 'A role needs both the employer name and the position; add it in the profile',
      },
      {
        path: 'work.1',
        reason: 'A role needs both the employer name and the position; add it in the profile',
      },
    ]);
  });

  it('reports future dates in work history as errors naming the field', () => {
    const imported = run({
      work: [
        { name: 'A', position: 'X', startDate: '2026-02-01' },
        { name: 'B', position: 'Y', startDate: '2020', endDate: '2027' },
        { name: 'C', position: 'Z', startDate: '2022-05', endDate: '2021' },
        { position: 'No employer', startDate: '2030' },
      ],
    });
    expect(imported.errors).toEqual([
      {
        path: 'work.0.startDate',
        message: 'Starts after today: work history can only hold roles that have started',
      },
      { path: 'work.1.endDate', message: 'Ends after today: leave the end date empty for a current role' },
      { path: 'work.2.endDate', message: 'Ends before the role starts' },
      {
        path: 'work.3.startDate',
        message: 'Starts after today: work history can only hold roles that have started',
      },
    ]);
  });

  it('does not count the current period as the future, nor an expected graduation', () => {
    const imported = run({
      work: [{ name: 'A', position: 'X', startDate: '2026', endDate: '2026-01' }],
      education: [{ institution: 'MIT', endDate: '2027-06' }],
    });
    expect(imported.errors).toEqual([]);
  });
});

describe('importJsonResume: education, certificates, publications', () => {
  it('maps education and reports grades and courses as not modelled', () => {
    const imported = run({
      education: [
        {
          institution: 'MIT',
          area: 'CS',
          studyType: 'BSc',
          startDate: '2010',
          score: '4.0',
          courses: ['6.001'],
        },
      ],
    });
    expect(imported.items).toEqual([
      {
        id: testId(1),
        kind: 'education',
        institution: 'MIT',
        area: 'CS',
        studyType: 'BSc',
        startDate: '2010',
      },
    ]);
    expect(imported.report.dropped.map((d) => d.path)).toEqual(['education.0.score', 'education.0.courses']);
  });

  it('maps certificates, leaving out one without an issuer', () => {
    const imported = run({
      certificates: [
        { name: 'CKA', issuer: 'CNCF', date: '2024-05', url: 'https://cncf.io/cert/1' },
        { name: 'Mystery cert' },
      ],
    });
    expect(imported.items).toEqual([
      {
        id: testId(1),
        kind: 'certification',
        name: 'CKA',
        issuer: 'CNCF',
        issueDate: '2024-05',
        credentialUrl: 'https://cncf.io/cert/1',
      },
    ]);
    expect(imported.report.dropped).toEqual([
      {
        path: 'certificates.1',
        reason: 'A certification needs its name and its issuer; add it in the profile',
      },
    ]);
  });

  it('reads a DOI or an arXiv id from publication links', () => {
    const imported = run({
      publications: [
        {
          name: 'A',
          publisher: 'ACM',
          releaseDate: '2019-08',
          url: 'https://dl.acm.org/doi/10.1145/3292500.3330701',
        },
        { name: 'B', url: 'https://doi.org/10.1000/xyz123' },
        { name: 'C', url: 'https://arxiv.org/abs/2106.09685v2' },
        { name: 'D', url: 'https://arxiv.org/pdf/2106.09685.pdf' },
        { name: 'E', url: 'https://doi.org/10.48550/arXiv.2106.09685' },
        { name: 'F', url: 'https://arxiv.org/abs/hep-th/9901001' },
        { name: 'G', url: 'https://example.com/paper', summary: 'About G' },
      ],
    });
    const pubs = imported.items.map((i) =>
      i.kind === 'publication' ? [i.title, i.doi, i.arxivId, i.year] : [],
    );
    expect(pubs).toEqual([
      ['A', '10.1145/3292500.3330701', undefined, 2019],
      ['B', '10.1000/xyz123', undefined, undefined],
      ['C', undefined, '2106.09685v2', undefined],
      ['D', undefined, '2106.09685', undefined],
      ['E', '10.48550/arXiv.2106.09685', '2106.09685', undefined],
      ['F', undefined, 'hep-th/9901001', undefined],
      ['G', undefined, undefined, undefined],
    ]);
    expect(imported.report.adjusted).toContainEqual({
      path: 'publications.0.releaseDate',
      reason: 'Only the year of a publication is kept',
    });
    expect(imported.report.dropped).toContainEqual({
      path: 'publications.6.summary',
      reason: 'Publication summaries are not part of the profile',
    });
  });
});

describe('importJsonResume: projects', () => {
  it('splits highlights into measured results and narrative, and types the link by host', () => {
    const imported = run({
      projects: [
        {
          name: 'Search',
          description: 'Find things fast.',
          highlights: [
            'Cut p99 latency 40%',
            'Won award at AIHacks 2016',
            'Reduced cost from $12k to $7k per month',
            'Open-sourced with 120+ GitHub stars',
            'Built with care',
          ],
          url: 'https://github.com/ada/search',
          keywords: ['Python', 'js', 'Vector search'],
          roles: ['Lead'],
        },
      ],
    });
    const [project] = imported.items;
    expect(project).toEqual({
      id: testId(1),
      kind: 'project',
      title: 'Search',
      problem: 'Find things fast.',
      approach: 'Won award at AIHacks 2016\nBuilt with care',
      results: [
        { metric: 'Cut p99 latency 40%', value: '40%' },
        { metric: 'Reduced cost from $12k to $7k per month', value: '$7k', baseline: '$12k' },
        { metric: 'Open-sourced with 120+ GitHub stars', value: '120+' },
      ],
      links: { repository: 'https://github.com/ada/search' },
      skills: ['python', 'javascript'],
    });
    // Keywords become skills with the project as evidence; the unknown one is kept unverified.
    expect(imported.skills).toEqual([
      { skillId: 'python', proficiency: 3, years: null, lastUsed: null, evidence: [testId(1)] },
      { skillId: 'javascript', proficiency: 3, years: null, lastUsed: null, evidence: [testId(1)] },
    ]);
    expect(imported.customSkills).toEqual([{ name: 'Vector search', proficiency: 3 }]);
    expect(imported.report.dropped).toContainEqual({
      path: 'projects.0.roles',
      reason: 'Project roles are not part of the profile',
    });
  });

  it.each([
    ['https://gitlab.com/a/b', 'repository'],
    ['https://huggingface.co/ada/model', 'modelCard'],
    ['https://huggingface.co/datasets/ada/data', 'dataset'],
    ['https://huggingface.co/spaces/ada/demo', 'demo'],
    ['https://arxiv.org/abs/2106.09685', 'paper'],
    ['https://ada.example.com', 'demo'],
  ])('files %s as %s', (url, kind) => {
    const [project] = run({ projects: [{ name: 'P', url }] }).items;
    expect(project?.kind === 'project' && project.links).toEqual({ [kind]: url });
  });
});

describe('importJsonResume: skills', () => {
  it('maps levels to proficiency, defaulting to 3 and flagging what it cannot read', () => {
    const levels = [
      'Beginner',
      'Intermediate',
      'Advanced',
      'Expert',
      'Master',
      '4',
      '4/5',
      '80%',
      '★★☆☆☆',
      'wizard',
    ];
    const names = ['Python', 'Go', 'Rust', 'Java', 'SQL', 'React', 'Docker', 'Git', 'AWS', 'Kafka'];
    const imported = run({
      skills: [...names.map((name, i) => ({ name, level: levels[i] })), { name: 'Terraform' }],
    });
    expect(imported.skills.map((s) => [s.skillId, s.proficiency])).toEqual([
      ['python', 1],
      ['go', 3],
      ['rust', 4],
      ['java', 5],
      ['sql', 5],
      ['react', 4],
      ['docker', 4],
      ['git', 4],
      ['aws', 2],
      ['kafka', 3],
      ['terraform', 3],
    ]);
    expect(imported.report.adjusted).toEqual([
      { path: 'skills.9.level', reason: 'Level "wizard" not recognised; set to 3, please check' },
    ]);
  });

  it('normalises names and keywords, deduplicates by id keeping the highest level, keeps the rest unverified', () => {
    const imported = run({
      skills: [
        {
          name: 'Web Development',
          level: 'Intermediate',
          keywords: ['JavaScript', 'HTML', 'Web Components'],
        },
        { name: 'Frontend', level: 'Expert', keywords: ['js', 'web components'] },
      ],
    });
    expect(imported.skills.map((s) => [s.skillId, s.proficiency])).toEqual([
      ['javascript', 5],
      ['html', 3],
    ]);
    expect(imported.customSkills).toEqual([
      { name: 'Web Development', proficiency: 3 },
      { name: 'Web Components', proficiency: 5 },
      { name: 'Frontend', proficiency: 5 },
    ]);
    expect(imported.report.matchedSkills).toEqual([
      { name: 'JavaScript', skillId: 'javascript', confidence: 1, path: 'skills.0.keywords.0' },
      { name: 'HTML', skillId: 'html', confidence: 1, path: 'skills.0.keywords.1' },
      { name: 'js', skillId: 'javascript', confidence: 0.8, path: 'skills.1.keywords.0' },
    ]);
    expect(imported.report.unmatchedSkills).toEqual(['Web Development', 'Web Components', 'Frontend']);
  });

  it('treats a normaliser answer our contract would refuse as unrecognised', () => {
    const imported = importJsonResume(
      { skills: [{ name: 'Weird' }] },
      { now, normaliseSkill: () => ({ skillId: 'Not A Valid Id!', confidence: 1 }) },
    );
    expect(imported.skills).toEqual([]);
    expect(imported.customSkills).toEqual([{ name: 'Weird', proficiency: 3 }]);
  });

  it('truncates 10,000 skills to the contract limits and reports how many were left out', () => {
    // Even-numbered names are in the catalogue, odd ones are not.
    const normaliseSkill = (name: string) => {
      const n = Number(name.slice(6));
      return n % 2 === 0 ? { skillId: `skill-${n}`, confidence: 1 } : null;
    };
    const resume = {
      skills: Array.from({ length: 10_000 }, (_, n) => ({ name: `Skill ${n}`, level: 'Advanced' })),
    };
    const started = performance.now();
    const imported = importJsonResume(resume, { normaliseSkill, now });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(imported.skills).toHaveLength(MAX_SKILLS);
    expect(imported.skills[0]).toMatchObject({ skillId: 'skill-0', proficiency: 4 });
    expect(imported.customSkills).toHaveLength(MAX_CUSTOM_SKILLS);
    expect(imported.report.dropped).toEqual([
      {
        path: 'skills',
        reason: "Kept the first 300 recognised skills (the profile's limit); 4700 more were not imported",
      },
      {
        path: 'skills',
        reason:
          "Kept the first 50 unrecognised skill names as unverified skills (the profile's limit); 4950 more were not imported",
      },
    ]);
    expect(imported.report.unmatchedSkills).toHaveLength(5000);
    const { skills, customSkills } = imported;
    expect(skillsBodySchema.safeParse({ skills, customSkills }).success).toBe(true);
  });

  it('agrees with the contract on the limits', () => {
    const skill = (n: number) => ({
      skillId: `s${n}`,
      proficiency: 3,
      years: null,
      lastUsed: null,
      evidence: [],
    });
    const custom = (n: number) => ({ name: `c${n}`, proficiency: 3 });
    const body = (skills: number, customs: number) => ({
      skills: Array.from({ length: skills }, (_, n) => skill(n)),
      customSkills: Array.from({ length: customs }, (_, n) => custom(n)),
    });
    expect(skillsBodySchema.safeParse(body(MAX_SKILLS, MAX_CUSTOM_SKILLS)).success).toBe(true);
    expect(skillsBodySchema.safeParse(body(MAX_SKILLS + 1, 0)).success).toBe(false);
    expect(skillsBodySchema.safeParse(body(0, MAX_CUSTOM_SKILLS + 1)).success).toBe(false);
  });

  it('links evidence named in our block to the imported entries', () => {
    const imported = run({
      work: [{ name: 'A', position: 'X' }],
      projects: [{ name: 'P' }],
      skills: [{ name: 'Python', [EXTENSION_KEY]: { evidence: ['projects.0', 'work.0', 'certificates.3'] } }],
    });
    expect(imported.skills[0]?.evidence).toEqual([testId(2), testId(1)]);
    expect(imported.report.dropped).toContainEqual({
      path: `skills.0.${EXTENSION_KEY}.evidence`,
      reason: 'Evidence certificates.3 is not an imported entry',
    });
  });
});

describe('importJsonResume: what is not modelled, and HTML', () => {
  it('reports sections we do not model with their size', () => {
    const imported = run({
      volunteer: [{ organization: 'CoderDojo' }],
      awards: [{ title: 'A' }, { title: 'B' }],
      interests: [],
      references: [{ name: 'R' }],
      meta: { version: 'v1.0.0' },
      $schema: 'https://example.com/schema.json',
      unknownThing: 1,
    } as JsonResume);
    expect(imported.report.dropped).toEqual([
      { path: 'volunteer', reason: 'Volunteering is not part of the profile (1 not imported)' },
      { path: 'awards', reason: 'Awards are not part of the profile (2 not imported)' },
      {
        path: 'references',
        reason: 'References are not imported; employers ask for them directly (1 not imported)',
      },
      { path: 'unknownThing', reason: 'Not a JSON Resume section we import' },
    ]);
  });

  it('keeps HTML verbatim as text', () => {
    const html = '<script>alert(1)</script><img src=x onerror="alert(2)"> &amp; <b>ok</b>';
    const imported = run({
      basics: { summary: html, label: '<i>Engineer</i>' },
      work: [{ name: '<b>Acme</b>', position: 'Dev', summary: html, highlights: [html] }],
      projects: [{ name: 'P', description: html, highlights: [html] }],
    });
    expect(imported.basics.summary).toBe(html);
    expect(imported.basics.headline).toBe('<i>Engineer</i>');
    expect(imported.items[0]).toMatchObject({ employer: '<b>Acme</b>', summary: html, highlights: [html] });
    expect(imported.items[1]).toMatchObject({ problem: html, approach: html });
  });
});
