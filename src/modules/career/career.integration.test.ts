import { describe, expect, it } from 'vitest';
import { setupTestApp } from '../../../test/support/context.js';
import { signedInAdmin, signedInClient } from '../../../test/support/factories.js';
import type {
  CareerModelResponse,
  CareerPageResponse,
  CareerProgressResponse,
} from '../../contracts/career-progress.js';
import { DEFAULT_CAREER_MODEL } from '../../core/career/index.js';

const ctx = setupTestApp();

const skill = (skillId: string, proficiency: number) => ({
  skillId,
  proficiency,
  years: 1,
  lastUsed: null,
  evidence: [],
});

async function candidate(skills = [skill('python', 3), skill('pytorch', 2)]) {
  const { client } = await signedInClient(ctx, { accountType: 'candidate' });
  expect((await client.request('PUT', '/api/profile/basics', basics(2))).statusCode).toBe(200);
  expect((await client.request('PUT', '/api/profile/skills', { skills, customSkills: [] })).statusCode).toBe(
    200,
  );
  return client;
}

function basics(years: number) {
  return {
    headline: 'ML engineer',
    summary: '',
    country: 'AE',
    city: 'Dubai',
    yearsExperience: years,
    languages: [],
  };
}

describe('career page', () => {
  it('assesses the candidate, ranks gaps toward the next stage and records a snapshot', async () => {
    const client = await candidate();
    const response = await client.get('/api/career');
    expect(response.statusCode, response.body).toBe(200);
    const page = response.json<CareerPageResponse>();
    expect(page.modelVersion).toBe(0);
    expect(page.assessment.status).toBe('assessed');
    expect(page.target?.isDefault).toBe(true);
    expect(page.gaps.length).toBeGreaterThan(0);
    expect(page.sinceLastVisit).toBeNull();
    const progress = (await client.get('/api/career/progress')).json<CareerProgressResponse>();
    expect(progress.snapshots).toHaveLength(1);
    expect(progress.snapshots[0]?.readiness).toBe(page.readiness?.percent);
  });

  it('says what changed since the last visit once the profile improves', async () => {
    const client = await candidate();
    const first = (await client.get('/api/career')).json<CareerPageResponse>();
    const gap = first.gaps[0];
    expect(gap).toBeDefined();
    const skills = [
      skill('python', 3),
      skill('pytorch', 2),
      skill(gap?.skillId ?? '', gap?.expectedProficiency ?? 3),
    ];
    expect(
      (await client.request('PUT', '/api/profile/skills', { skills, customSkills: [] })).statusCode,
    ).toBe(200);
    const second = (await client.get('/api/career')).json<CareerPageResponse>();
    expect(second.readiness?.percent).toBeGreaterThan(first.readiness?.percent ?? 0);
    expect(second.sinceLastVisit?.readinessDelta).toBeCloseTo(
      (second.readiness?.percent ?? 0) - (first.readiness?.percent ?? 0),
      1,
    );
    expect((await client.get('/api/career/progress')).json<CareerProgressResponse>().snapshots).toHaveLength(
      2,
    );
  });

  it('aims at a chosen track and refuses an unknown target', async () => {
    const client = await candidate();
    const page = (await client.get('/api/career?target=ml_architect')).json<CareerPageResponse>();
    expect(page.target?.id).toBe('ml_architect');
    expect(page.target?.isDefault).toBe(false);
    const bad = await client.get('/api/career?target=wizard');
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ errors: Array<{ path: string }> }>().errors[0]?.path).toBe('querystring.target');
  });

  it('answers a profile with no skills without inventing a level', async () => {
    const client = await candidate([]);
    const page = (await client.get('/api/career')).json<CareerPageResponse>();
    expect(page.assessment.status).toBe('no_skills');
    expect(page.assessment.stage).toBeNull();
  });
});

describe('career model versions', () => {
  it('saves an edit as the next version, refuses a stale edit and unknown skills, and serves the new model', async () => {
    const { client: admin } = await signedInAdmin(ctx);
    const shipped = (await admin.get('/api/admin/career-model')).json<CareerModelResponse>();
    expect(shipped.version).toBe(0);
    const model = structuredClone(DEFAULT_CAREER_MODEL);
    const junior = model.stages[0];
    if (!junior) throw new Error('no junior stage');
    junior.title = 'Junior ML engineer (edited)';
    const saved = await admin.request('PUT', '/api/admin/career-model', {
      model,
      note: 'Retitle junior',
      basedOnVersion: 0,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json<CareerModelResponse>().version).toBe(1);
    expect(saved.json<CareerModelResponse>().versions.map((v) => v.version)).toEqual([1, 0]);

    const stale = await admin.request('PUT', '/api/admin/career-model', {
      model,
      note: 'Again',
      basedOnVersion: 0,
    });
    expect(stale.statusCode).toBe(409);

    const broken = structuredClone(model);
    const first = broken.stages[0]?.coreSkills[0];
    if (first) first.skillId = 'not-a-skill';
    const unknown = await admin.request('PUT', '/api/admin/career-model', {
      model: broken,
      note: 'Typo',
      basedOnVersion: 1,
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json<{ errors: Array<{ path: string; code: string }> }>().errors[0]).toMatchObject({
      path: 'model.stages.0.coreSkills.0.skillId',
      code: 'unknown_skill',
    });

    const original = await admin.get('/api/admin/career-model/versions/0');
    expect(original.json<typeof model>().stages[0]?.title).toBe(DEFAULT_CAREER_MODEL.stages[0]?.title);
    expect((await admin.get('/api/admin/career-model/versions/9')).statusCode).toBe(404);

    const client = await candidate();
    const page = (await client.get('/api/career')).json<CareerPageResponse>();
    expect(page.modelVersion).toBe(1);
    expect(page.ladder[0]?.title).toBe('Junior ML engineer (edited)');
  });
});
