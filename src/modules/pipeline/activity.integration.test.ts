import { describe, expect, it } from 'vitest';
import { setupTestApp } from '../../../test/support/context.js';
import { signedInAdmin, signedInEmployer } from '../../../test/support/factories.js';
import { profileViews } from '../../db/schema/index.js';
import { DEFAULT_GOALS } from '../profile/profile.assemble.js';
import { appliedCandidate, candidateWithProfile, moveThrough } from './pipeline.fixtures.js';

const ctx = setupTestApp();
const DAY = 86_400_000;

describe('activity and outcomes', () => {
  it('records one profile view per organisation, candidate and day, and shows it to the candidate', async () => {
    const candidate = await candidateWithProfile(ctx);
    const viewer = await signedInEmployer(ctx);
    const unverified = await signedInEmployer(ctx, { verifiedAt: null });
    for (let i = 0; i < 3; i++) await viewer.client.get(`/api/candidates/${candidate.user.id}`);
    ctx.clock.advance(DAY);
    await viewer.client.get(`/api/candidates/${candidate.user.id}`);
    expect((await unverified.client.get(`/api/candidates/${candidate.user.id}`)).statusCode).toBe(404);
    expect(await ctx.database.db.select().from(profileViews)).toHaveLength(2);

    const activity = (await candidate.client.get('/api/activity')).json();
    expect(activity).toEqual({
      views: [
        {
          organisation: { id: viewer.organisation.id, name: viewer.organisation.name },
          days: 2,
          lastViewedOn: ctx.clock.now().toISOString().slice(0, 10),
        },
      ],
      saves: 0,
      shortlists: 0,
      introductionRequests: 0,
    });
  });

  it('gives admins the platform and each organisation only its own figures', async () => {
    const hired = await appliedCandidate(ctx);
    const goals = await hired.candidate.client.request('PUT', '/api/profile/goals', {
      ...DEFAULT_GOALS,
      openToWork: true,
    });
    expect(goals.statusCode, goals.body).toBe(200);
    // Open to work three weeks before the offer is accepted.
    await ctx.database.query('update candidate_profiles set open_to_work_since = $1 where user_id = $2', [
      new Date(ctx.clock.now().getTime() - 21 * DAY).toISOString(),
      hired.candidate.user.id,
    ]);
    ctx.clock.advance(3_600_000);
    await moveThrough(hired.owner.client, hired.applicationId, ['screening', 'interviewing', 'offer']);
    const offer = await hired.owner.client.post(`/api/applications/${hired.applicationId}/offers`, {
      base: 30_000,
      currency: 'AED',
      period: 'month',
    });
    expect((await hired.candidate.client.post(`/api/offers/${offer.json().id}/accept`, {})).statusCode).toBe(
      200,
    );

    const ignored = await appliedCandidate(ctx);
    await ignored.owner.client.get(`/api/candidates/${ignored.candidate.user.id}`);

    const admin = await signedInAdmin(ctx);
    const platform = (await admin.client.get('/api/admin/outcomes')).json();
    expect(platform.scope).toBe('platform');
    expect(platform.timeToOffer).toMatchObject({
      baselineWeeks: 14,
      count: 1,
      medianWeeks: 3,
      shareUnderBaseline: 1,
    });
    expect(platform.firstResponse).toMatchObject({
      applications: 2,
      responded: 1,
      responseRate: 0.5,
      medianHours: 1,
    });
    expect(platform.conversion[0]).toMatchObject({
      from: 'entered',
      to: 'screening',
      reachedFrom: 2,
      reachedTo: 1,
    });
    expect(platform.conversion.at(-1)).toMatchObject({ from: 'offer', to: 'hired', rate: 1 });
    const none = platform.engagement.find((b: { band: string }) => b.band === 'none');
    expect(none).toMatchObject({ candidates: 2, viewsPerCandidate: 0.5 });

    const own = await hired.owner.client.get(`/api/organisations/${hired.owner.organisation.id}/outcomes`);
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json()).toMatchObject({
      scope: 'organisation',
      firstResponse: { applications: 1, responded: 1 },
      timeToOffer: { count: 1 },
    });
    expect(own.json().engagement.find((b: { band: string }) => b.band === 'none').viewsPerCandidate).toBe(0);
    const theirs = (
      await ignored.owner.client.get(`/api/organisations/${ignored.owner.organisation.id}/outcomes`)
    ).json();
    expect(theirs).toMatchObject({
      firstResponse: { applications: 1, responded: 0 },
      timeToOffer: { count: 0 },
    });
  });
});
