import { describe, expect, it } from 'vitest';
import type { ProfileItem } from '../../contracts/profile.js';
import { diffProfiles } from './diff.js';
import { profileDraftSchema } from './draft.js';
import { mergeProfiles } from './merge.js';
import { fakeSkillName, testId } from './testing.js';
import type { ProfileDraft } from './types.js';

const role = (id: string, fields: Partial<Extract<ProfileItem, { kind: 'role' }>> = {}): ProfileItem => ({
  id,
  kind: 'role',
  employer: 'Acme',
  title: 'ML Engineer',
  startDate: '2020-01',
  summary: '',
  highlights: [],
  ...fields,
});
const project = (
  id: string,
  title: string,
  fields: Partial<Extract<ProfileItem, { kind: 'project' }>> = {},
): ProfileItem => ({
  id,
  kind: 'project',
  title,
  problem: '',
  approach: '',
  results: [],
  links: {},
  skills: [],
  ...fields,
});
const publication = (id: string, title: string, doi?: string): ProfileItem => ({
  id,
  kind: 'publication',
  title,
  venue: '',
  authors: [],
  ...(doi ? { doi } : {}),
});
const skill = (
  skillId: string,
  proficiency: number,
  evidence: string[] = [],
  years: number | null = null,
) => ({
  skillId,
  proficiency,
  years,
  lastUsed: null,
  evidence,
});
const basics = (fields: Partial<ProfileDraft['basics']> = {}): ProfileDraft['basics'] => ({
  headline: '',
  summary: '',
  country: null,
  city: null,
  yearsExperience: null,
  languages: [],
  ...fields,
});

// Current items use ids 1-9, imported ones 100+.
const current: ProfileDraft = {
  basics: basics({
    headline: 'ML Engineer',
    summary: 'Mine',
    country: 'AE',
    languages: [{ language: 'Arabic', fluency: 'native' }],
  }),
  items: [
    role(testId(1), { summary: 'Built models', highlights: ['Shipped search'] }),
    project(testId(2), 'Old project', { links: { repository: 'https://github.com/a/old' } }),
    publication(testId(3), 'Paper one', '10.1000/one'),
  ],
  skills: [skill('python', 3, [testId(1)], 4), skill('sql', 4)],
  customSkills: [{ name: 'Arabic NLP', proficiency: 2 }],
};
const imported: ProfileDraft = {
  basics: basics({
    headline: 'Senior ML Engineer',
    city: 'Dubai',
    languages: [{ language: 'English', fluency: 'full' }],
  }),
  items: [
    role(testId(100), {
      employer: 'ACME',
      title: 'ml engineer',
      summary: '',
      highlights: ['Shipped search', 'Cut cost 30%'],
      city: 'Dubai',
    }),
    project(testId(101), 'New project', { links: { demo: 'https://demo.example.com' } }),
    publication(testId(102), 'Paper One (camera-ready)', '10.1000/ONE'),
  ],
  skills: [skill('python', 5, [testId(100), testId(101)]), skill('pytorch', 4, [testId(101)])],
  customSkills: [
    { name: 'arabic nlp', proficiency: 4 },
    { name: 'Prompting', proficiency: 3 },
  ],
};

describe('mergeProfiles: merge', () => {
  const { profile, dropped } = mergeProfiles(current, imported, 'merge');

  it('satisfies the contract', () => {
    expect(profileDraftSchema.safeParse(profile).error).toBeUndefined();
    expect(dropped).toEqual([]);
  });

  it('updates a matched entry in place: imported non-empty values win, nothing is blanked, lists are unioned', () => {
    expect(profile.items[0]).toEqual(
      role(testId(1), {
        summary: 'Built models',
        highlights: ['Shipped search', 'Cut cost 30%'],
        city: 'Dubai',
      }),
    );
  });

  it('matches publications by DOI, keeps unmatched current entries and appends new ones', () => {
    expect(
      profile.items.map((i) => [i.id, i.kind === 'publication' || i.kind === 'project' ? i.title : i.kind]),
    ).toEqual([
      [testId(1), 'role'],
      [testId(2), 'Old project'],
      [testId(3), 'Paper One (camera-ready)'],
      [testId(101), 'New project'],
    ]);
  });

  it('merges skills by id: higher proficiency, union of evidence pointing at the kept entries', () => {
    expect(profile.skills).toEqual([
      skill('python', 5, [testId(1), testId(101)], 4),
      skill('sql', 4),
      skill('pytorch', 4, [testId(101)]),
    ]);
    expect(profile.customSkills).toEqual([
      { name: 'Arabic NLP', proficiency: 4 },
      { name: 'Prompting', proficiency: 3 },
    ]);
  });

  it('fills basics from the import without blanking what the candidate wrote', () => {
    expect(profile.basics).toEqual(
      basics({
        headline: 'Senior ML Engineer',
        summary: 'Mine',
        country: 'AE',
        city: 'Dubai',
        languages: [
          { language: 'Arabic', fluency: 'native' },
          { language: 'English', fluency: 'full' },
        ],
      }),
    );
  });

  it('keeps only the display-free skill fields of a full profile', () => {
    const withDisplay = {
      ...current,
      skills: current.skills.map((s) => ({ ...s, name: 'x', category: 'y', strength: 'claimed' })),
    };
    const merged = mergeProfiles(withDisplay, imported, 'merge').profile;
    expect(profileDraftSchema.safeParse(merged).error).toBeUndefined();
  });

  it('cuts unions at the contract limits and says so', () => {
    const many = (prefix: string) => Array.from({ length: 20 }, (_, i) => `${prefix} ${i}`);
    const a: ProfileDraft = { ...current, items: [role(testId(1), { highlights: many('a') })] };
    const b: ProfileDraft = { ...imported, items: [role(testId(100), { highlights: many('b') })] };
    const result = mergeProfiles(a, b, 'merge');
    expect(result.profile.items[0]?.kind === 'role' && result.profile.items[0].highlights).toHaveLength(30);
    expect(result.dropped).toEqual([
      { path: `items.${testId(1)}.highlights`, reason: 'Kept 30 of 40 entries' },
    ]);
    const skills = Array.from({ length: 200 }, (_, i) => skill(`s${i}`, 3));
    const more = Array.from({ length: 200 }, (_, i) => skill(`t${i}`, 3));
    const capped = mergeProfiles({ ...current, skills }, { ...imported, skills: more }, 'merge');
    expect(capped.profile.skills).toHaveLength(300);
    expect(capped.dropped).toContainEqual({
      path: 'skills',
      reason: 'At most 300 skills: 100 imported ones were not added',
    });
  });
});

describe('mergeProfiles: replace', () => {
  const { profile } = mergeProfiles(current, imported, 'replace');

  it('takes the import, keeping the ids of entries that are the same', () => {
    expect(profile.basics).toEqual(imported.basics);
    expect(profile.items.map((i) => i.id)).toEqual([testId(1), testId(101), testId(3)]);
    expect(profile.items[0]).toEqual({ ...imported.items[0], id: testId(1) });
    expect(profile.skills).toEqual([
      skill('python', 5, [testId(1), testId(101)]),
      skill('pytorch', 4, [testId(101)]),
    ]);
    expect(profile.customSkills).toEqual(imported.customSkills);
    expect(profileDraftSchema.safeParse(profile).error).toBeUndefined();
  });

  it('matches a publication without a DOI by title', () => {
    const a: ProfileDraft = { ...current, items: [publication(testId(3), 'Paper one')] };
    const b: ProfileDraft = { ...imported, items: [publication(testId(102), '  paper ONE ', '10.1000/one')] };
    expect(mergeProfiles(a, b, 'replace').profile.items[0]?.id).toBe(testId(3));
  });
});

describe('diffProfiles', () => {
  it('previews a merge per section with titles, changed fields and counts', () => {
    const preview = diffProfiles(current, mergeProfiles(current, imported, 'merge').profile, {
      skillName: fakeSkillName,
    });
    expect(preview.basics).toEqual(['city', 'headline', 'languages']);
    expect(preview.sections.role).toEqual({
      added: [],
      updated: [{ key: testId(1), title: 'ML Engineer at Acme', fields: ['city', 'highlights'] }],
      removed: [],
      counts: { added: 0, updated: 1, removed: 0, unchanged: 0 },
    });
    expect(preview.sections.project.counts).toEqual({ added: 1, updated: 0, removed: 0, unchanged: 1 });
    expect(preview.sections.project.added).toEqual([{ key: testId(101), title: 'New project', fields: [] }]);
    expect(preview.sections.publication.updated).toEqual([
      { key: testId(3), title: 'Paper One (camera-ready)', fields: ['title'] },
    ]);
    expect(preview.sections.skills).toEqual({
      added: [{ key: 'pytorch', title: 'PyTorch', fields: [] }],
      updated: [{ key: 'python', title: 'Python', fields: ['evidence', 'proficiency'] }],
      removed: [],
      counts: { added: 1, updated: 1, removed: 0, unchanged: 1 },
    });
    expect(preview.sections.customSkills.counts).toEqual({ added: 1, updated: 1, removed: 0, unchanged: 0 });
    expect(preview.totals).toEqual({ added: 3, updated: 4, removed: 0 });
    expect(preview.hasChanges).toBe(true);
  });

  it('previews a replace, listing what would be removed', () => {
    const preview = diffProfiles(current, mergeProfiles(current, imported, 'replace').profile);
    expect(preview.sections.project.removed).toEqual([{ key: testId(2), title: 'Old project', fields: [] }]);
    expect(preview.sections.skills.removed).toEqual([{ key: 'sql', title: 'sql', fields: [] }]);
    expect(preview.sections.customSkills.removed).toEqual([]);
    expect(preview.totals.removed).toBe(2);
  });

  it('reports no changes for the same profile, whatever the key order or evidence order', () => {
    const reordered: ProfileDraft = {
      ...current,
      basics: { ...current.basics },
      items: current.items.map((i) => Object.fromEntries(Object.entries(i).reverse()) as ProfileItem),
      skills: current.skills.map((s) => ({ ...s, evidence: [...s.evidence].reverse() })),
    };
    const preview = diffProfiles(current, reordered);
    expect(preview.hasChanges).toBe(false);
    expect(preview.sections.role.counts).toEqual({ added: 0, updated: 0, removed: 0, unchanged: 1 });
  });
});
