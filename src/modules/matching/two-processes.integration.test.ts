// Two app instances on one database, each with its own in-memory indexes, as two server processes
// would run. An edit made through one must reach the other's ranking through the change feed alone
// (NOTIFY on PostgreSQL, the 500 ms poll everywhere) within the two seconds.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSecondApp, setupTestApp } from '../../../test/support/context.js';
import { openPosition, signedInClient } from '../../../test/support/factories.js';

const ctx = setupTestApp();
let second: FastifyInstance;

beforeAll(async () => {
  second = await buildSecondApp(ctx);
  await second.ready();
});
afterAll(async () => {
  await ctx.app.matchIndexes.stop();
  await second.matchIndexes.stop();
  await second.close();
});

describe('two processes on one database', () => {
  it('agree within two seconds after an edit made through one of them', async () => {
    const { owner, position } = await openPosition(ctx);
    const { client, user } = await signedInClient(ctx, { accountType: 'candidate' });
    await client.request('PUT', '/api/profile/basics', {
      headline: 'ML engineer',
      summary: '',
      country: 'AE',
      city: 'Dubai',
      yearsExperience: 5,
      languages: [],
    });
    await ctx.app.matchIndexes.rebuild();
    await second.matchIndexes.rebuild();
    await ctx.app.matchIndexes.start();
    await second.matchIndexes.start();

    // Before: no skills, so the candidate is not ranked for the position in either process.
    const rankedIn = (app: FastifyInstance) => {
      const indexed = app.matchIndexes.position(position.id);
      if (!indexed) return [];
      return app.matchIndexes.candidates
        .topCandidates(indexed, { k: 20, now: ctx.clock.now() })
        .map((m) => m.candidateId);
    };
    expect(rankedIn(second)).not.toContain(user.id);

    await client.request('PUT', '/api/profile/skills', {
      skills: [
        { skillId: 'pytorch', proficiency: 5, years: 4, lastUsed: null, evidence: [] },
        { skillId: 'python', proficiency: 5, years: 6, lastUsed: null, evidence: [] },
      ],
      customSkills: [],
    });
    await expect.poll(() => rankedIn(second), { timeout: 2000, interval: 50 }).toContain(user.id);
    await expect.poll(() => rankedIn(ctx.app), { timeout: 2000, interval: 50 }).toContain(user.id);
    // The other process's HTTP API shows it too, to the same signed-in recruiter.
    const cookie = [...owner.client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const viaB = await second.inject({
      method: 'GET',
      url: `/api/positions/${position.id}/candidates`,
      headers: { cookie },
    });
    expect(viaB.statusCode).toBe(200);
    expect(
      viaB.json().candidates.map((c: { candidate: { candidateId: string } }) => c.candidate.candidateId),
    ).toContain(user.id);

    // A process starting now builds from the packed skill lines and ranks the candidate on the
    // skills just saved (its feed stopped first, so nothing but the build can put them there).
    await second.matchIndexes.stop();
    await second.matchIndexes.rebuild();
    expect(rankedIn(second)).toContain(user.id);
  });
});
