import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { setupTestApp } from '../../../test/support/context.js';
import { openPosition, signedInEmployer, validPositionBody } from '../../../test/support/factories.js';
import { applications, notifications } from '../../db/schema/index.js';
import { appliedCandidate, candidateWithProfile } from './pipeline.fixtures.js';

const ctx = setupTestApp();

const count = async (positionId: string) =>
  (await ctx.database.db.select().from(applications).where(eq(applications.positionId, positionId))).length;

describe('candidates apply', () => {
  it('applies to an open position: stage applied, a timeline, members told', async () => {
    const { owner, position, candidate, applicationId } = await appliedCandidate(ctx);
    const mine = (await candidate.client.get('/api/applications')).json().applications;
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      id: applicationId,
      stage: 'applied',
      origin: 'applied',
      note: 'I built Gulf Arabic ASR at my last job.',
      position: { id: position.id, title: position.title },
      timeline: [{ fromStage: null, toStage: 'applied', side: 'candidate', actorName: null }],
      responsiveness: { applications: 1, medianFirstResponseHours: null, responseRate: null },
    });
    const told = await ctx.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, owner.user.id));
    expect(told.map((n) => n.kind)).toEqual(['application_received']);
    expect(told[0]?.payload).toMatchObject({ applicationId, positionId: position.id });
  });

  it('refuses applying twice with already_applied, and nothing changes', async () => {
    const { position, candidate } = await appliedCandidate(ctx);
    const again = await candidate.client.post('/api/applications', {
      positionId: position.id,
      note: 'again',
    });
    expect(again.statusCode).toBe(409);
    expect(again.headers['content-type']).toContain('application/problem+json');
    expect(again.json().code).toBe('already_applied');
    expect(await count(position.id)).toBe(1);
  });

  it('refuses a closed position with position_not_open and an invisible one with 404', async () => {
    const { owner, position } = await openPosition(ctx);
    const closed = await owner.client.post(`/api/positions/${position.id}/transitions`, {
      action: 'close',
      reason: 'cancelled',
    });
    expect(closed.statusCode, closed.body).toBe(200);
    const candidate = await candidateWithProfile(ctx);
    const late = await candidate.client.post('/api/applications', { positionId: position.id, note: '' });
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('position_not_open');

    const drafter = await signedInEmployer(ctx, {}, 'owner');
    const draft = (
      await drafter.client.post('/api/positions', {
        organisationId: drafter.organisation.id,
        ...validPositionBody(ctx),
      })
    ).json();
    const unseen = await candidate.client.post('/api/applications', { positionId: draft.id, note: '' });
    expect(unseen.statusCode).toBe(404);
    expect(await count(position.id)).toBe(0);
    expect(await count(draft.id)).toBe(0);
  });

  it('withdraws with a reason; a second withdrawal is an illegal transition; others get 404', async () => {
    const { owner, candidate, applicationId } = await appliedCandidate(ctx);
    const other = await candidateWithProfile(ctx);
    const stolen = await other.client.post(`/api/applications/${applicationId}/withdraw`, {});
    expect(stolen.statusCode).toBe(404);

    const response = await candidate.client.post(`/api/applications/${applicationId}/withdraw`, {
      reason: 'accepted_other_offer',
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ stage: 'closed', closedReason: 'withdrawn' });
    expect(response.json().timeline.at(-1)).toMatchObject({
      fromStage: 'applied',
      toStage: 'closed',
      reason: 'accepted_other_offer',
    });

    const again = await candidate.client.post(`/api/applications/${applicationId}/withdraw`, {});
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('illegal_transition');
    expect(again.json().detail).toContain('from closed to closed');
    const told = await ctx.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, owner.user.id));
    expect(told.map((n) => n.kind).sort()).toEqual(['application_received', 'stage_change']);
  });

  it('shows an organisation’s responsiveness once it has five applications', async () => {
    const { owner, position } = await openPosition(ctx);
    const candidates = [];
    for (let i = 0; i < 5; i++) {
      const c = await candidateWithProfile(ctx);
      const applied = await c.client.post('/api/applications', { positionId: position.id, note: '' });
      candidates.push({ client: c.client, id: applied.json().id as string });
    }
    ctx.clock.advance(10 * 3_600_000);
    for (const c of candidates.slice(0, 3)) {
      const moved = await owner.client.post(`/api/applications/${c.id}/moves`, { to: 'screening' });
      expect(moved.statusCode, moved.body).toBe(200);
    }
    const [first] = (await candidates[0]?.client.get('/api/applications'))?.json().applications ?? [];
    expect(first.responsiveness).toEqual({
      applications: 5,
      medianFirstResponseHours: 10,
      responseRate: 0.6,
    });
    const onThePage = await ctx.client().get(`/api/jobs/${position.slug}/responsiveness`);
    expect(onThePage.json()).toEqual(first.responsiveness);
  });
});
