import { describe, expect, it } from 'vitest';
import type { ProfileItemBody } from '../../contracts/profile.js';
import { assessCompleteness } from './completeness.js';
import { itemDateProblems, startOfPartialDate } from './dates.js';
import { describeEmployer, employerView } from './employer-view.js';
import { evidenceStrength } from './evidence.js';
import { buildProfile, certification, measuredProject, roleItem } from './profile.fixtures.js';
import { stageForYears } from './stage.js';

describe('evidenceStrength', () => {
  const thinProject = { ...measuredProject(), results: [] };
  const unlinked = { ...measuredProject(), links: {} };
  const cases: Array<[ProfileItemBody[], string]> = [
    [[], 'claimed'],
    [[{ kind: 'education', institution: 'KU', area: 'CS', studyType: 'BSc' }], 'claimed'],
    [[roleItem()], 'used_in_project'],
    [[thinProject], 'used_in_project'],
    [[unlinked], 'used_in_project'],
    [[measuredProject()], 'measured_project'],
    [[roleItem(), certification()], 'certified_or_published'],
    [[{ kind: 'publication', title: 't', venue: 'NeurIPS', authors: [] }], 'certified_or_published'],
  ];
  it.each(cases)('%j is %s', (items, expected) => expect(evidenceStrength(items)).toBe(expected));
});

describe('stageForYears', () => {
  it.each([
    [null, 'junior'],
    [0, 'junior'],
    [1.9, 'junior'],
    [2, 'mid'],
    [3.9, 'mid'],
    [4, 'senior'],
    [6.9, 'senior'],
    [7, 'staff'],
    [25, 'staff'],
  ] as const)('%s years is %s', (years, stage) => expect(stageForYears(years)).toBe(stage));
});

describe('assessCompleteness', () => {
  it('scores an empty profile 0 with the three heaviest sections as next actions, junior advice', () => {
    const result = assessCompleteness(buildProfile());
    expect(result.score).toBe(0);
    expect(result.stage).toBe('junior');
    expect(result.nextActions.map((a) => a.section)).toEqual(['projects', 'skills', 'evidence']);
    expect(result.nextActions[0]?.id).toBe('projects.junior');
    expect(result.sections.reduce((sum, s) => sum + s.weight, 0)).toBe(100);
  });

  it('gives senior advice and credits a measured project', () => {
    const profile = buildProfile({
      basics: { ...buildProfile().basics, yearsExperience: 5 },
      items: [measuredProject()],
    });
    const result = assessCompleteness(profile);
    expect(result.score).toBe(20);
    expect(result.nextActions.find((a) => a.section === 'credentials')).toBeUndefined();
    expect(
      assessCompleteness(buildProfile({ basics: { ...profile.basics, yearsExperience: 5 } })).nextActions[0]
        ?.id,
    ).toBe('projects.senior');
  });
});

describe('dates', () => {
  const now = new Date('2026-11-25T12:00:00Z');
  it('reads partial dates as their first instant', () => {
    expect(startOfPartialDate('2026').toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(startOfPartialDate('2026-11').toISOString()).toBe('2026-11-01T00:00:00.000Z');
  });
  it('flags future starts of roles and reversed ranges, but not future expiries', () => {
    expect(itemDateProblems({ ...roleItem(), startDate: '2027-01' }, now).map((p) => p.code)).toEqual([
      'future_date',
    ]);
    expect(
      itemDateProblems({ ...roleItem(), startDate: '2024-05', endDate: '2023-01' }, now).map((p) => p.path),
    ).toEqual(['endDate']);
    expect(
      itemDateProblems({ ...certification(), issueDate: '2025-01', expiryDate: '2028-01' }, now),
    ).toEqual([]);
    expect(itemDateProblems({ ...roleItem(), startDate: '2026-11' }, now)).toEqual([]);
  });
});

describe('employer view', () => {
  it('describes employers without naming them', () => {
    expect(describeEmployer('fintech', 'AE')).toBe('a fintech company in the United Arab Emirates');
    expect(describeEmployer('e-commerce', 'SA')).toBe('an e-commerce company in Saudi Arabia');
    expect(describeEmployer(undefined, undefined)).toBe('a company');
  });

  it('turns an imported company description into an industry, or drops it when it is a sentence', () => {
    expect(describeEmployer('Awesome compression company', 'US')).toBe(
      'an awesome compression company in the United States',
    );
    expect(describeEmployer('A robotics startup.', 'QA')).toBe('a robotics company in Qatar');
    expect(describeEmployer('We build tractors that drive themselves', 'DE')).toBe('a company in Germany');
    expect(describeEmployer('Pied Piper', 'US', 'Pied Piper')).toBe('a company in the United States');
  });

  it('redacts names, employers, links and contact details from free text in anonymous mode', () => {
    const role = { ...roleItem(), employer: 'Acme Robotics Ltd', employerDomain: 'acme-robotics.ae' };
    const profile = buildProfile({
      basics: {
        ...buildProfile().basics,
        headline: 'Layla: ML engineer at Acme Robotics',
        summary:
          'Haddad hails from Tulsa. Reach me at layla.h@mail.test or +971 50 123 4567, see https://layla.dev and acme-robotics.ae. Cut latency 40% in 2024.',
      },
      items: [
        { ...role, summary: 'Led the ACME ROBOTICS vision team', highlights: ['Shipped for Acme Robotics'] },
      ],
    });
    const view = employerView(profile, true);
    expect(view.headline).toBe('[name]: ML engineer at [employer]');
    expect(view.summary).toBe(
      '[name] hails from Tulsa. Reach me at [contact] or [contact], see [link] and [link]. Cut latency 40% in 2024.',
    );
    expect(view.items[0]).toMatchObject({
      summary: 'Led the [employer] vision team',
      highlights: ['Shipped for [employer]'],
      country: 'SA',
    });
    expect(employerView(profile, false).summary).toContain('Haddad hails');
  });

  it('withholds identity, employer names, links and credential ids in anonymous mode', () => {
    const profile = buildProfile({
      basics: { ...buildProfile().basics, city: 'Riyadh', country: 'SA' },
      items: [
        roleItem(),
        measuredProject(),
        certification(),
        {
          id: '00000000-0000-4000-8000-00000000aaaa',
          kind: 'publication',
          title: 'Dialect ID',
          venue: 'ACL',
          year: 2025,
          authors: ['L. Haddad'],
          doi: '10.1000/xyz',
        },
      ],
    });
    const anonymous = JSON.stringify(employerView(profile, true));
    for (const secret of [
      'Layla',
      'layla@',
      'Riyadh',
      'Sahara',
      'github.com',
      'ABC-123',
      'Dialect ID',
      'L. Haddad',
      '10.1000',
    ]) {
      expect(anonymous).not.toContain(secret);
    }
    expect(anonymous).toContain('a fintech company in Saudi Arabia');
    expect(anonymous).toContain('ACL');
    const named = JSON.stringify(employerView(profile, false));
    expect(named).toContain('Layla Haddad');
    expect(named).toContain('Sahara');
  });
});
