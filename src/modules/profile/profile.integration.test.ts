import { describe, expect, it } from 'vitest';
import { setupTestApp } from '../../../test/support/context.js';
import { signedInClient, signedInEmployer } from '../../../test/support/factories.js';

const ctx = setupTestApp();

const project = {
  kind: 'project',
  title: 'Arabic support-ticket triage',
  problem: 'Routing 40k monthly tickets by hand took two days.',
  approach: 'Fine-tuned an Arabic BERT with LoRA and served it with FastAPI.',
  results: [{ metric: 'macro F1', value: '0.91', baseline: '0.74' }],
  links: { repository: 'https://github.com/example/triage' },
  skills: ['pytorch', 'lora'],
  startDate: '2025-01',
  endDate: '2025-06',
};
const role = {
  kind: 'role',
  employer: 'Sahara Analytics',
  employerDomain: 'sahara.example',
  employerIndustry: 'fintech',
  title: 'ML Engineer',
  country: 'AE',
  startDate: '2023-02',
  summary: 'Credit-risk models.',
  highlights: ['Cut scoring latency by 40%'],
};
const basics = {
  headline: 'ML Engineer, Arabic NLP',
  summary:
    'I build NLP systems for Arabic customer support, from labelling to low-latency serving in production.',
  country: 'AE',
  city: 'Dubai',
  yearsExperience: 3.5,
  languages: [{ language: 'Arabic', fluency: 'native' }],
};

async function candidateWithProfile() {
  const signed = await signedInClient(ctx, { displayName: 'Layla Haddad', accountType: 'candidate' });
  await signed.client.request('PUT', '/api/profile/basics', basics);
  const item = (await signed.client.post('/api/profile/items', project)).json();
  const roleItem = (await signed.client.post('/api/profile/items', role)).json();
  await signed.client.request('PUT', '/api/profile/skills', {
    skills: [
      { skillId: 'pytorch', proficiency: 4, years: 3, lastUsed: '2025-06', evidence: [item.id] },
      { skillId: 'python', proficiency: 5, years: 5, lastUsed: null, evidence: [roleItem.id] },
      { skillId: 'sql', proficiency: 3, years: null, lastUsed: null, evidence: [] },
    ],
    customSkills: [{ name: 'Arabic dialect ID', proficiency: 3 }],
  });
  return { ...signed, itemId: item.id as string, roleId: roleItem.id as string };
}

describe('candidate profile', () => {
  it('saves sections and computes evidence strength by the one rule', async () => {
    const { client } = await candidateWithProfile();
    const profile = (await client.get('/api/profile')).json();
    expect(profile.basics).toMatchObject({ headline: basics.headline, country: 'AE' });
    const strength = Object.fromEntries(
      profile.skills.map((s: { skillId: string; strength: string }) => [s.skillId, s.strength]),
    );
    expect(strength).toEqual({ pytorch: 'measured_project', python: 'used_in_project', sql: 'claimed' });
    expect(profile.customSkills).toEqual([{ name: 'Arabic dialect ID', proficiency: 3 }]);
  });

  it('scores completeness and proposes three next actions', async () => {
    const { client } = await candidateWithProfile();
    const completeness = (await client.get('/api/profile/completeness')).json();
    expect(completeness.score).toBeGreaterThan(0);
    expect(completeness.score).toBeLessThan(100);
    expect(completeness.stage).toBe('mid');
    expect(completeness.nextActions).toHaveLength(3);
    expect(completeness.nextActions.map((a: { section: string }) => a.section)).not.toContain('projects');
  });

  it("refuses javascript: links, future dates for past roles, unknown skills and other candidates' items, saving nothing", async () => {
    const { client } = await candidateWithProfile();
    const other = await candidateWithProfile();
    const before = (await client.get('/api/profile')).json();

    const js = await client.post('/api/profile/items', {
      ...project,
      links: { repository: 'javascript:alert(1)' },
    });
    expect(js.statusCode).toBe(400);
    expect(js.json().errors[0].path).toBe('links.repository');

    const future = await client.post('/api/profile/items', { ...role, startDate: '2031-01' });
    expect(future.json()).toMatchObject({
      code: 'validation_failed',
      errors: [{ path: 'startDate', code: 'future_date' }],
    });

    const skills = await client.request('PUT', '/api/profile/skills', {
      skills: [
        { skillId: 'not-a-skill', proficiency: 3, years: null, lastUsed: null, evidence: [] },
        { skillId: 'python', proficiency: 3, years: null, lastUsed: null, evidence: [other.itemId] },
      ],
      customSkills: [],
    });
    expect(skills.statusCode).toBe(400);
    expect(skills.json().errors.map((e: { path: string }) => e.path)).toEqual([
      'skills.0.skillId',
      'skills.1.evidence.0',
    ]);
    expect((await client.get('/api/profile')).json()).toEqual(before);
  });

  it('refuses 10,000 skills with a problem naming the field', async () => {
    const { client } = await candidateWithProfile();
    const many = Array.from({ length: 10_000 }, () => ({
      skillId: 'python',
      proficiency: 3,
      years: null,
      lastUsed: null,
      evidence: [],
    }));
    const response = await client.request('PUT', '/api/profile/skills', { skills: many, customSkills: [] });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].path).toBe('skills');
  });

  it('keeps HTML in text as inert text', async () => {
    const { client } = await candidateWithProfile();
    const saved = await client.request('PUT', '/api/profile/basics', {
      ...basics,
      headline: '<img src=x onerror=alert(1)>',
    });
    expect(saved.json().basics.headline).toBe('<img src=x onerror=alert(1)>');
  });

  it('only lets the owner change or delete an item', async () => {
    const owner = await candidateWithProfile();
    const intruder = await signedInClient(ctx, { accountType: 'candidate' });
    expect(
      (await intruder.client.request('PUT', `/api/profile/items/${owner.itemId}`, project)).statusCode,
    ).toBe(404);
    expect((await intruder.client.delete(`/api/profile/items/${owner.itemId}`)).statusCode).toBe(404);
    expect((await owner.client.get('/api/profile')).json().items).toHaveLength(2);
  });
});

describe('what employers see', () => {
  it('shows a visible profile to a verified employer, with names', async () => {
    const candidate = await candidateWithProfile();
    const employer = await signedInEmployer(ctx);
    const view = await employer.client.get(`/api/candidates/${candidate.user.id}`);
    expect(view.statusCode).toBe(200);
    expect(view.json()).toMatchObject({ anonymous: false, displayName: 'Layla Haddad', city: 'Dubai' });
  });

  it('anonymises: no name, contact, employer names or links', async () => {
    const candidate = await candidateWithProfile();
    await candidate.client.request('PUT', '/api/profile/visibility', {
      visibility: 'anonymous',
      blockedDomains: [],
    });
    const employer = await signedInEmployer(ctx);
    const view = (await employer.client.get(`/api/candidates/${candidate.user.id}`)).json();
    expect(view).toMatchObject({ anonymous: true, displayName: null, email: null, city: null });
    const text = JSON.stringify(view);
    expect(text).not.toContain('Layla');
    expect(text).not.toContain('Sahara');
    expect(text).not.toContain('github.com');
    expect(text).toContain('a fintech company in the United Arab Emirates');
    const preview = (await candidate.client.get('/api/profile/preview?mode=anonymous')).json();
    expect(preview).toEqual(view);
  });

  it('hides a hidden profile, a blocked domain and unverified organisations with 404', async () => {
    const candidate = await candidateWithProfile();
    const blocked = await signedInEmployer(ctx);
    const unverified = await signedInEmployer(ctx, { verifiedAt: null });
    const fine = await signedInEmployer(ctx);
    await candidate.client.request('PUT', '/api/profile/visibility', {
      visibility: 'verified_employers',
      blockedDomains: [blocked.organisation.emailDomain.toUpperCase()],
    });
    expect((await blocked.client.get(`/api/candidates/${candidate.user.id}`)).statusCode).toBe(404);
    expect((await unverified.client.get(`/api/candidates/${candidate.user.id}`)).statusCode).toBe(404);
    expect((await fine.client.get(`/api/candidates/${candidate.user.id}`)).statusCode).toBe(200);
    await candidate.client.request('PUT', '/api/profile/visibility', {
      visibility: 'hidden',
      blockedDomains: [],
    });
    expect((await fine.client.get(`/api/candidates/${candidate.user.id}`)).statusCode).toBe(404);
  });
});
