import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { setupTestApp } from '../../../test/support/context.js';
import { openPosition, signedInClient } from '../../../test/support/factories.js';
import { notifications } from '../../db/schema/index.js';
import { createStrongMatchNotifier, STRONG_MATCH_SCORE } from './strong-matches.js';

const ctx = setupTestApp();
beforeEach(() => ctx.app.matchIndexes.rebuild());

async function candidate(skills: Array<[string, number]>) {
  const signed = await signedInClient(ctx, { accountType: 'candidate' });
  await signed.client.request('PUT', '/api/profile/basics', {
    headline: 'ML engineer',
    summary: '',
    country: 'AE',
    city: 'Dubai',
    yearsExperience: 5,
    languages: [],
  });
  const goals = await signed.client.request('PUT', '/api/profile/goals', {
    targetRoleFamily: 'ml_engineer',
    targetLevel: 'senior',
    targetTrack: null,
    desiredCountries: ['AE'],
    remotePreference: 'hybrid',
    willingToRelocate: false,
    minimumPay: null,
    noticePeriodWeeks: 4,
    openToWork: true,
  });
  expect(goals.statusCode, goals.body).toBe(200);
  // A project with measured results, as evidence for every skill.
  const project = await signed.client.post('/api/profile/items', {
    kind: 'project',
    title: 'Gulf Arabic speech recognition',
    problem: 'Call-centre audio in Gulf Arabic',
    approach: 'Fine-tuned a transformer and served it on Kubernetes',
    results: [{ metric: 'WER', value: '11%', baseline: '19%' }],
    links: { repository: 'https://github.com/example/asr' },
    skills: skills.map(([skillId]) => skillId),
  });
  expect(project.statusCode, project.body).toBe(201);
  const evidence = [project.json<{ id: string }>().id];
  const response = await signed.client.request('PUT', '/api/profile/skills', {
    skills: skills.map(([skillId, proficiency]) => ({
      skillId,
      proficiency,
      years: 5,
      lastUsed: null,
      evidence,
    })),
    customSkills: [],
  });
  expect(response.statusCode).toBe(200);
  return signed;
}

async function strongNotices(userId: string) {
  return ctx.database.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, userId), eq(notifications.kind, 'strong_match')));
}

describe('strong-match notifications', () => {
  it('tells the candidates a newly live position ranks at 80 or more, once each', async () => {
    const strong = await candidate([
      ['pytorch', 5],
      ['python', 5],
      ['kubernetes', 5],
      ['mlops', 4],
    ]);
    const weak = await candidate([['sql', 2]]);
    await ctx.app.matchIndexes.sync();
    const { owner, position } = await openPosition(ctx);
    await ctx.app.matchIndexes.sync();

    const ranked = await owner.client.get(`/api/positions/${position.id}/candidates`);
    const scores = new Map<string, number>(
      ranked
        .json()
        .candidates.map((c: { candidate: { candidateId: string }; match: { score: number } }) => [
          c.candidate.candidateId,
          c.match.score,
        ]),
    );
    const expected = (id: string) => (scores.get(id) ?? 0) >= STRONG_MATCH_SCORE;
    // The test means something only if the strong profile really scores that high.
    expect(expected(strong.user.id)).toBe(true);
    // The notifier runs after the sync; give it a moment.
    const deadline = Date.now() + 3_000;
    while (
      Date.now() < deadline &&
      expected(strong.user.id) &&
      (await strongNotices(strong.user.id)).length === 0
    )
      await new Promise((resolve) => setTimeout(resolve, 50));

    const mine = await strongNotices(strong.user.id);
    expect(mine).toHaveLength(expected(strong.user.id) ? 1 : 0);
    expect(await strongNotices(weak.user.id)).toHaveLength(expected(weak.user.id) ? 1 : 0);
    expect(expected(weak.user.id)).toBe(false);
    if (mine[0]) expect(mine[0].link).toBe(`/matches/explain?positionId=${position.id}`);

    // A second process seeing the same position go live notifies nobody again.
    const again = createStrongMatchNotifier({
      db: ctx.database.db,
      candidates: () => ctx.app.matchIndexes.candidates,
      now: () => new Date(),
      log: { error: () => undefined },
    });
    const live = ctx.app.matchIndexes.position(position.id);
    expect(live).toBeDefined();
    if (live) await again([live]);
    expect(await strongNotices(strong.user.id)).toHaveLength(mine.length);
  });
});
