import { describe, expect, it } from 'vitest';
import { setupTestApp } from '../../../test/support/context.js';
import {
  buildUser,
  openPosition,
  signedInClient,
  signedInEmployer,
  TEST_PASSWORD,
} from '../../../test/support/factories.js';
import { organisationMembers } from '../../db/schema/index.js';

const ctx = setupTestApp();
const count = async (table: string, userId: string) =>
  Number(
    (
      await ctx.database.query<{ n: number }>(`select count(*)::int as n from ${table} where user_id = $1`, [
        userId,
      ])
    )[0]?.n,
  );

describe('data rights', () => {
  it('exports everything held about me, without secrets', async () => {
    const { client, user } = await signedInClient(ctx, { accountType: 'candidate' });
    await client.post('/api/profile/items', {
      kind: 'education',
      institution: 'Qatar University',
      area: 'CS',
      studyType: 'BSc',
    });
    const response = await client.get('/api/account/data');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain('attachment');
    const data = response.json();
    expect(data.account.id).toBe(user.id);
    expect(data.profile.items[0].institution).toBe('Qatar University');
    expect(data.sessions).toHaveLength(1);
    expect(response.body).not.toMatch(/argon2|password_hash|passwordHash|token_hash/);
  });

  it("exports my applications, their moves and my notifications, and nobody else's", async () => {
    const { position } = await openPosition(ctx);
    const me = await signedInClient(ctx, { accountType: 'candidate' });
    const other = await signedInClient(ctx, { accountType: 'candidate' });
    for (const who of [me, other]) {
      const applied = await who.client.post('/api/applications', {
        positionId: position.id,
        note: `I am ${who.user.id}`,
      });
      expect(applied.statusCode, applied.body).toBe(201);
    }
    const data = (await me.client.get('/api/account/data')).json();
    expect(data.marketplace.applications.map((a: { note: string }) => a.note)).toEqual([
      `I am ${me.user.id}`,
    ]);
    expect(data.marketplace.applicationEvents.length).toBeGreaterThan(0);
    expect(JSON.stringify(data.marketplace)).not.toContain(other.user.id);
  });

  it('deletes the account and its personal data after the password confirms it', async () => {
    const { client, user } = await signedInClient(ctx, { accountType: 'candidate' });
    await client.post('/api/profile/items', {
      kind: 'education',
      institution: 'KU',
      area: 'CS',
      studyType: 'BSc',
    });
    await client.request('PUT', '/api/profile/skills', {
      skills: [{ skillId: 'python', proficiency: 4, years: 2, lastUsed: null, evidence: [] }],
      customSkills: [],
    });
    const wrong = await client.request('DELETE', '/api/account', { password: 'not my password' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().errors[0].path).toBe('password');
    expect(await count('profile_items', user.id)).toBe(1);
    expect(await count('candidate_packed_skills', user.id)).toBe(1);

    const deleted = await client.request('DELETE', '/api/account', { password: TEST_PASSWORD });
    expect(deleted.statusCode).toBe(204);
    for (const table of [
      'profile_items',
      'candidate_skills',
      'candidate_packed_skills',
      'candidate_profiles',
      'sessions',
      'account_tokens',
    ]) {
      expect(await count(table, user.id), table).toBe(0);
    }
    const users = await ctx.database.query('select 1 from users where id = $1', [user.id]);
    expect(users).toHaveLength(0);
    expect((await client.get('/api/auth/me')).statusCode).toBe(401);
    const again = await ctx
      .client()
      .post('/api/auth/sign-in', { email: user.email, password: TEST_PASSWORD });
    expect(again.statusCode).toBe(401);
  });

  it('refuses to leave an organisation without an owner, and takes a one-person organisation along', async () => {
    const owner = await signedInEmployer(ctx, {}, 'owner');
    const colleague = await buildUser(ctx.database, { accountType: 'employer' });
    await ctx.database.db
      .insert(organisationMembers)
      .values({ organisationId: owner.organisation.id, userId: colleague.id, role: 'recruiter' });
    const refused = await owner.client.request('DELETE', '/api/account', { password: TEST_PASSWORD });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('last_owner');
    expect((await owner.client.get('/api/auth/me')).statusCode).toBe(200);

    const solo = await signedInEmployer(ctx, {}, 'owner');
    await solo.client.post(`/api/organisations/${solo.organisation.id}/invitations`, {
      email: 'someone@example.test',
      role: 'recruiter',
    });
    expect(
      (await solo.client.request('DELETE', '/api/account', { password: TEST_PASSWORD })).statusCode,
    ).toBe(204);
    const left = await ctx.database.query('select 1 from organisations where id = $1', [
      solo.organisation.id,
    ]);
    expect(left).toHaveLength(0);
  });
});
