import { beforeEach, describe, expect, it } from 'vitest';
import { setupTestApp } from '../../../test/support/context.js';
import { openPosition, signedInClient, signedInEmployer } from '../../../test/support/factories.js';
import type { TestClient } from '../../../test/support/http-client.js';

const ctx = setupTestApp();
beforeEach(() => ctx.app.matchIndexes.rebuild());

async function candidate(skills: Array<[string, number]>, overrides: Record<string, unknown> = {}) {
  const signed = await signedInClient(ctx, { accountType: 'candidate' });
  await signed.client.request('PUT', '/api/profile/basics', {
    headline: 'ML engineer',
    summary: '',
    country: 'AE',
    city: 'Dubai',
    yearsExperience: 5,
    languages: [],
    ...overrides,
  });
  await setSkills(signed.client, skills);
  return signed;
}

async function setSkills(client: TestClient, skills: Array<[string, number]>) {
  const response = await client.request('PUT', '/api/profile/skills', {
    skills: skills.map(([skillId, proficiency]) => ({
      skillId,
      proficiency,
      years: 3,
      lastUsed: null,
      evidence: [],
    })),
    customSkills: [],
  });
  expect(response.statusCode).toBe(200);
}

/** An open position (PyTorch and Python required, Kubernetes nice to have) and two candidates for it. */
async function strongAndPartial() {
  const opened = await openPosition(ctx);
  const strong = await candidate([
    ['pytorch', 5],
    ['python', 5],
    ['kubernetes', 4],
  ]);
  const partial = await candidate([['python', 4]]);
  await ctx.app.matchIndexes.sync();
  return { ...opened, strong, partial };
}

describe('matching over HTTP', () => {
  it('ranks both ways, explains the score, and follows profile edits', async () => {
    const { owner, position, strong, partial } = await strongAndPartial();

    const ranked = await owner.client.get(`/api/positions/${position.id}/candidates`);
    expect(ranked.statusCode, ranked.body).toBe(200);
    const ids = ranked
      .json()
      .candidates.map((c: { candidate: { candidateId: string } }) => c.candidate.candidateId);
    expect(ids).toEqual([strong.user.id, partial.user.id]);
    const top = ranked.json().candidates[0].match;
    const sum = top.components.reduce((acc: number, c: { contribution: number }) => acc + c.contribution, 0);
    expect(sum).toBeCloseTo(top.rawScore, 6);

    const mine = await partial.client.get('/api/matches/jobs');
    expect(mine.statusCode).toBe(200);
    const before = mine.json().matches[0];
    expect(before.position.id).toBe(position.id);
    expect(before.match.missingRequired.map((s: { skillId: string }) => s.skillId)).toContain('pytorch');

    await setSkills(partial.client, [
      ['python', 4],
      ['pytorch', 4],
    ]);
    await ctx.app.matchIndexes.sync();
    const after = (await partial.client.get('/api/matches/jobs')).json().matches[0];
    expect(after.match.score).toBeGreaterThan(before.match.score);
    expect(after.match.matchedSkills.map((s: { skillId: string }) => s.skillId)).toContain('pytorch');
  });

  it('tells a candidate which rule keeps a position out of their matches, with its places', async () => {
    const { position } = await openPosition(ctx);
    const away = await candidate(
      [
        ['pytorch', 5],
        ['python', 5],
      ],
      { country: 'IN', city: 'Bengaluru' },
    );
    const response = await away.client.get(`/api/matches/explain?positionId=${position.id}`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().excluded).toEqual({
      code: 'location_not_eligible',
      message: expect.stringMatching(/^Location filter.*United Arab Emirates.*India/),
      // Codes as well as words, for the interface to name the places in its own language.
      particulars: { workplace: 'hybrid', countries: ['AE'], home: 'IN' },
    });
  });

  it('never shows hidden candidates, and names anonymous ones to nobody', async () => {
    const { owner, position } = await openPosition(ctx);
    const hidden = await candidate([
      ['pytorch', 5],
      ['python', 5],
    ]);
    await hidden.client.request('PUT', '/api/profile/visibility', {
      visibility: 'hidden',
      blockedDomains: [],
    });
    const anonymous = await candidate(
      [
        ['pytorch', 5],
        ['python', 4],
      ],
      { headline: 'Test User, ML engineer at Falcon Robotics' },
    );
    await anonymous.client.post('/api/profile/items', {
      kind: 'role',
      employer: 'Falcon Robotics',
      title: 'ML Engineer',
      summary: '',
      highlights: [],
    });
    await anonymous.client.request('PUT', '/api/profile/visibility', {
      visibility: 'anonymous',
      blockedDomains: [],
    });
    await ctx.app.matchIndexes.sync();
    const list = (await owner.client.get(`/api/positions/${position.id}/candidates`)).json().candidates;
    expect(list.map((c: { candidate: { candidateId: string } }) => c.candidate.candidateId)).toEqual([
      anonymous.user.id,
    ]);
    expect(list[0].candidate).toMatchObject({
      anonymous: true,
      displayName: null,
      headline: '[name], ML engineer at [employer]',
    });
    const explained = await owner.client.get(
      `/api/matches/explain?positionId=${position.id}&candidateId=${hidden.user.id}`,
    );
    expect(explained.statusCode).toBe(404);
  });

  it('records recruiter actions, requiring a reason to dismiss', async () => {
    const { owner, position } = await openPosition(ctx);
    const someone = await candidate([
      ['pytorch', 4],
      ['python', 4],
    ]);
    const url = `/api/positions/${position.id}/candidates/${someone.user.id}/actions`;
    const noReason = await owner.client.post(url, { action: 'dismiss' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0].path).toBe('reason');
    expect((await owner.client.post(url, { action: 'shortlist' })).statusCode).toBe(201);
    await ctx.app.matchIndexes.sync();
    const listed = (await owner.client.get(`/api/positions/${position.id}/candidates`)).json().candidates;
    expect(listed[0].action).toMatchObject({ action: 'shortlist', reason: null });
    // The card shows the latest action only.
    ctx.clock.advance(1000);
    expect((await owner.client.post(url, { action: 'dismiss', reason: 'salary_mismatch' })).statusCode).toBe(
      201,
    );
    const relisted = (await owner.client.get(`/api/positions/${position.id}/candidates`)).json().candidates;
    expect(relisted[0].action).toMatchObject({ action: 'dismiss', reason: 'salary_mismatch' });
    expect(Number.isNaN(Date.parse(relisted[0].action.at))).toBe(false);
    const other = await signedInEmployer(ctx, {}, 'owner');
    expect((await other.client.post(url, { action: 'save' })).statusCode).toBe(404);
  });
});

describe('matching filters and bad input', () => {
  it('narrows both rankings to the skills asked for (every one of them)', async () => {
    const { owner, position, strong, partial } = await strongAndPartial();
    const ids = async (query: string) =>
      (await owner.client.get(`/api/positions/${position.id}/candidates?${query}`))
        .json()
        .candidates.map((c: { candidate: { candidateId: string } }) => c.candidate.candidateId);
    expect(await ids('skills=python')).toEqual([strong.user.id, partial.user.id]);
    expect(await ids('skills=kubernetes')).toEqual([strong.user.id]);
    expect(await ids('skills=python,kubernetes')).toEqual([strong.user.id]);
    expect(await ids('skills=apache-spark')).toEqual([]);

    // The position asks for PyTorch (required) and Kubernetes (nice to have), not for Spark.
    const jobs = async (query: string) =>
      (await partial.client.get(`/api/matches/jobs?${query}`))
        .json()
        .matches.map((m: { position: { id: string } }) => m.position.id);
    expect(await jobs('skills=pytorch,kubernetes')).toEqual([position.id]);
    expect(await jobs('skills=pytorch,apache-spark')).toEqual([]);
  });

  it.each([
    ['candidates', '?limit=1000000', 'querystring.limit', undefined],
    ['candidates', '?offset=-1', 'querystring.offset', undefined],
    ['candidates', '?skills=python,not-a-skill', 'querystring.skills.1', 'unknown_skill'],
    ['candidates', '?skills=Not%20An%20Id', 'querystring.skills.0', undefined],
    ['candidates', '?level=principal', 'querystring.level.0', undefined],
    ['candidates', '?minScore=101', 'querystring.minScore', undefined],
    ['jobs', '?limit=1000000', 'querystring.limit', undefined],
    ['jobs', '?skills=not-a-skill', 'querystring.skills.0', 'unknown_skill'],
    ['jobs', '?workplace=moon', 'querystring.workplace.0', undefined],
  ])('%s%s is refused on its field', async (which, query, path, code) => {
    const { owner, position } = await openPosition(ctx);
    const someone = await candidate([['python', 4]]);
    const response =
      which === 'jobs'
        ? await someone.client.get(`/api/matches/jobs${query}`)
        : await owner.client.get(`/api/positions/${position.id}/candidates${query}`);
    expect(response.statusCode, response.body).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const errors = response.json<{ errors: Array<{ path: string; code?: string }> }>().errors;
    expect(errors.map((e) => e.path)).toContain(path);
    if (code) expect(errors.find((e) => e.path === path)?.code).toBe(code);
  });

  it('answers unknown, malformed and foreign positions and candidates with problem+json', async () => {
    const { owner, position } = await openPosition(ctx);
    const other = await signedInEmployer(ctx, {}, 'owner');
    const someone = await candidate([['python', 4]]);
    const problem = async (response: {
      statusCode: number;
      headers: Record<string, unknown>;
      json: () => unknown;
    }) => {
      expect(response.headers['content-type']).toContain('application/problem+json');
      return { status: response.statusCode, code: (response.json() as { code: string }).code };
    };
    const unknownId = '00000000-0000-4000-8000-000000000000';
    expect(await problem(await owner.client.get(`/api/positions/${unknownId}/candidates`))).toEqual({
      status: 404,
      code: 'not_found',
    });
    expect((await problem(await owner.client.get('/api/positions/not-an-id/candidates'))).status).toBe(400);
    expect(await problem(await other.client.get(`/api/positions/${position.id}/candidates`))).toEqual({
      status: 404,
      code: 'not_found',
    });
    const explain = (candidateId: string) =>
      owner.client.get(`/api/matches/explain?positionId=${position.id}&candidateId=${candidateId}`);
    expect((await problem(await explain(unknownId))).status).toBe(404);
    expect((await problem(await explain('nobody'))).status).toBe(400);
    expect(
      (await problem(await someone.client.get(`/api/matches/explain?positionId=${unknownId}`))).status,
    ).toBe(404);
  });
});
