import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { setupTestApp } from '../../../test/support/context.js';
import { openPosition, signedInEmployer } from '../../../test/support/factories.js';
import { applications, identityReveals, introductions, notifications } from '../../db/schema/index.js';
import { candidateWithProfile } from './pipeline.fixtures.js';

const ctx = setupTestApp();
const message = 'Your speech work looks like a great fit for our Arabic ASR team.';

async function requested(visibility: 'anonymous' | 'verified_employers' = 'anonymous') {
  const opened = await openPosition(ctx);
  const candidate = await candidateWithProfile(ctx, visibility, 'Omar Al-Farsi');
  const response = await opened.owner.client.post(`/api/positions/${opened.position.id}/introductions`, {
    candidateId: candidate.user.id,
    message,
  });
  expect(response.statusCode, response.body).toBe(201);
  return { ...opened, candidate, introduction: response.json() };
}

describe('introductions (double opt-in)', () => {
  it('a member withdraws a pending request: cancelled for both sides, final, and only while pending', async () => {
    const { owner, position, candidate, introduction } = await requested();
    const other = await signedInEmployer(ctx, {}, 'owner');
    // Another organisation's member and the candidate cannot withdraw it.
    const foreign = await other.client.post(`/api/introductions/${introduction.id}/cancel`, {});
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().code).toBe('not_found');
    expect((await candidate.client.post(`/api/introductions/${introduction.id}/cancel`, {})).statusCode).toBe(
      403,
    );
    const unknown = await owner.client.post(
      '/api/introductions/00000000-0000-4000-8000-000000000000/cancel',
      {},
    );
    expect(unknown.statusCode).toBe(404);

    const cancelled = await owner.client.post(`/api/introductions/${introduction.id}/cancel`, {});
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json()).toMatchObject({ id: introduction.id, status: 'cancelled', candidateName: null });
    expect(cancelled.json().respondedAt).not.toBeNull();
    const seen = (await candidate.client.get('/api/introductions')).json().introductions;
    expect(seen).toMatchObject([{ id: introduction.id, status: 'cancelled' }]);
    // The candidate, told of the request, is told it was withdrawn (in-app and by mail); the member is not.
    const told = (await candidate.client.get('/api/notifications')).json().notifications;
    expect(
      told.map((n: { kind: string; payload: { status?: string } }) => n.payload.status ?? n.kind),
    ).toEqual(['cancelled', 'introduction_request']);
    expect(told[0]).toMatchObject({
      kind: 'introduction_request',
      link: '/introductions',
      payload: { introductionId: introduction.id, positionTitle: position.title, because: 'withdrawn' },
    });
    const ownerTold = (await owner.client.get('/api/notifications')).json().notifications;
    expect(ownerTold.filter((n: { kind: string }) => n.kind === 'introduction_request')).toEqual([]);
    await ctx.app.notificationDelivery.runOnce();
    const mail = await ctx.smtp.waitFor(candidate.user.email, (m) => m.subject.includes('withdrawn'));
    expect(mail.subject).toBe(
      `An introduction request was withdrawn: ${position.title} (${told[0].payload.organisationName})`,
    );
    expect(mail.text).toContain('/introductions');
    // Nothing left to answer or to withdraw, and the candidate is not asked again for this position.
    const late = await candidate.client.post(`/api/introductions/${introduction.id}/accept`, {});
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('illegal_transition');
    expect((await owner.client.post(`/api/introductions/${introduction.id}/cancel`, {})).statusCode).toBe(
      409,
    );
    const again = await owner.client.post(`/api/positions/${position.id}/introductions`, {
      candidateId: candidate.user.id,
      message,
    });
    expect(again.json().code).toBe('already_requested');
    const [revealed] = await ctx.database.db
      .select()
      .from(identityReveals)
      .where(eq(identityReveals.candidateId, candidate.user.id));
    expect(revealed).toBeUndefined();
  });

  it('closing the position cancels its pending requests', async () => {
    const { owner, position, candidate, introduction } = await requested();
    const closed = await owner.client.post(`/api/positions/${position.id}/transitions`, {
      action: 'close',
      reason: 'cancelled',
    });
    expect(closed.statusCode, closed.body).toBe(200);
    const [row] = await ctx.database.db
      .select()
      .from(introductions)
      .where(eq(introductions.id, introduction.id));
    expect(row?.status).toBe('cancelled');
    const late = await candidate.client.post(`/api/introductions/${introduction.id}/accept`, {});
    expect(late.json().code).toBe('illegal_transition');
    const [told] = (await candidate.client.get('/api/notifications')).json().notifications;
    expect(told).toMatchObject({
      kind: 'introduction_request',
      payload: { introductionId: introduction.id, status: 'cancelled', because: 'position_closed' },
    });
  });

  // On PostgreSQL these race for real (separate connections); a lock taken in the wrong order would
  // surface as a deadlock error (a 500). Each round, one answer wins and the rest are told why.
  it('an acceptance racing a withdrawal and the position closing: no deadlock, one outcome, all consistent', async () => {
    for (let round = 0; round < 4; round++) {
      const { owner, position, candidate, introduction } = await requested();
      const [accept, cancel, close] = await Promise.all([
        candidate.client.post(`/api/introductions/${introduction.id}/accept`, {}),
        owner.client.post(`/api/introductions/${introduction.id}/cancel`, {}),
        owner.client.post(`/api/positions/${position.id}/transitions`, {
          action: 'close',
          reason: 'cancelled',
        }),
      ]);
      expect(close.statusCode, close.body).toBe(200);
      // Each answer either wins or is refused as too late; the two answers never both win.
      for (const answer of [accept, cancel]) expect([200, 409], answer.body).toContain(answer.statusCode);
      expect(accept.statusCode === 200 && cancel.statusCode === 200).toBe(false);
      const [row] = await ctx.database.db
        .select()
        .from(introductions)
        .where(eq(introductions.id, introduction.id));
      const pipeline = await ctx.database.db
        .select()
        .from(applications)
        .where(eq(applications.positionId, position.id));
      if (accept.statusCode === 200) {
        // Accepted before the closing: the application it opened was closed with the position.
        expect(row?.status).toBe('accepted');
        expect(pipeline).toMatchObject([{ stage: 'closed', closedReason: 'position_closed' }]);
      } else {
        expect(row?.status).toBe('cancelled');
        expect(pipeline).toEqual([]);
      }
    }
  });

  it('asks an anonymous candidate without naming them; the candidate sees the request and is told', async () => {
    const { owner, position, candidate, introduction } = await requested();
    expect(introduction).toMatchObject({ status: 'pending', candidateName: null, message });
    const pending = (await candidate.client.get('/api/introductions')).json().introductions;
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({
      id: introduction.id,
      position: { id: position.id },
      requestedBy: owner.user.displayName,
      status: 'pending',
    });
    const told = await ctx.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, candidate.user.id));
    expect(told.map((n) => n.kind)).toEqual(['introduction_request']);
    const profile = (await owner.client.get(`/api/candidates/${candidate.user.id}`)).json();
    expect(profile).toMatchObject({ anonymous: true, displayName: null, email: null });
  });

  it('accepting reveals the candidate to that organisation only and opens an application at sourced', async () => {
    const { owner, position, candidate, introduction } = await requested();
    const other = await signedInEmployer(ctx, {}, 'owner');

    const accepted = await candidate.client.post(`/api/introductions/${introduction.id}/accept`, {});
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'accepted' });
    const applicationId = accepted.json().applicationId as string;

    const mine = (await candidate.client.get(`/api/applications/${applicationId}`)).json();
    expect(mine).toMatchObject({ stage: 'sourced', origin: 'introduction' });
    const named = (await owner.client.get(`/api/candidates/${candidate.user.id}`)).json();
    expect(named).toMatchObject({
      anonymous: false,
      displayName: 'Omar Al-Farsi',
      email: candidate.user.email,
    });
    const stillAnonymous = (await other.client.get(`/api/candidates/${candidate.user.id}`)).json();
    expect(stillAnonymous).toMatchObject({ anonymous: true, displayName: null });
    const board = (await owner.client.get(`/api/positions/${position.id}/pipeline`)).json();
    expect(board.stages[0].applications[0].candidate.displayName).toBe('Omar Al-Farsi');
    const listed = (await owner.client.get(`/api/positions/${position.id}/introductions`)).json();
    expect(listed.introductions[0]).toMatchObject({ status: 'accepted', candidateName: 'Omar Al-Farsi' });

    const reveals = await ctx.database.db.select().from(identityReveals);
    expect(reveals.map((r) => r.organisationId)).toEqual([owner.organisation.id]);
    const told = await ctx.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, owner.user.id));
    expect(told.map((n) => n.kind)).toEqual(['introduction_answer']);
    expect(told[0]?.payload).toMatchObject({ answer: 'accepted', applicationId });

    const again = await candidate.client.post(`/api/introductions/${introduction.id}/accept`, {});
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('illegal_transition');
  });

  it('lets only the candidate answer: someone else accepting gets 404 and nothing changes', async () => {
    const { introduction } = await requested();
    const other = await candidateWithProfile(ctx);
    const attempt = await other.client.post(`/api/introductions/${introduction.id}/accept`, {});
    expect(attempt.statusCode).toBe(404);
    expect(await ctx.database.db.select().from(identityReveals)).toEqual([]);
    const [row] = await ctx.database.db.select().from(introductions);
    expect(row?.status).toBe('pending');
  });

  it('declines with a reason; the organisation learns it, the name stays hidden', async () => {
    const { owner, position, candidate, introduction } = await requested();
    const declined = await candidate.client.post(`/api/introductions/${introduction.id}/decline`, {
      reason: 'pay_not_a_fit',
    });
    expect(declined.statusCode, declined.body).toBe(200);
    const listed = (await owner.client.get(`/api/positions/${position.id}/introductions`)).json();
    expect(listed.introductions[0]).toMatchObject({
      status: 'declined',
      declineReason: 'pay_not_a_fit',
      candidateName: null,
      applicationId: null,
    });
    expect(await ctx.database.db.select().from(identityReveals)).toEqual([]);
  });

  it('refuses asking twice, asking a hidden candidate, and asking without a message', async () => {
    const { owner, position, candidate } = await requested();
    const twice = await owner.client.post(`/api/positions/${position.id}/introductions`, {
      candidateId: candidate.user.id,
      message,
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('already_requested');
    const hidden = await candidateWithProfile(ctx, 'hidden');
    const unseen = await owner.client.post(`/api/positions/${position.id}/introductions`, {
      candidateId: hidden.user.id,
      message,
    });
    expect(unseen.statusCode).toBe(404);
    const bare = await owner.client.post(`/api/positions/${position.id}/introductions`, {
      candidateId: hidden.user.id,
    });
    expect(bare.statusCode).toBe(400);
    expect(await ctx.database.db.select().from(introductions)).toHaveLength(1);
  });

  it('names a revealed anonymous candidate in the ranked candidates list', async () => {
    const { owner, position, candidate, introduction } = await requested();
    await candidate.client.request('PUT', '/api/profile/skills', {
      skills: [
        { skillId: 'pytorch', proficiency: 5, years: 3, lastUsed: null, evidence: [] },
        { skillId: 'python', proficiency: 5, years: 3, lastUsed: null, evidence: [] },
      ],
      customSkills: [],
    });
    await ctx.app.matchIndexes.rebuild();
    const card = async () =>
      (await owner.client.get(`/api/positions/${position.id}/candidates`))
        .json()
        .candidates.find(
          (c: { candidate: { candidateId: string } }) => c.candidate.candidateId === candidate.user.id,
        )?.candidate;
    expect(await card()).toMatchObject({ anonymous: true, displayName: null });
    await candidate.client.post(`/api/introductions/${introduction.id}/accept`, {});
    expect(await card()).toMatchObject({ anonymous: false, displayName: 'Omar Al-Farsi' });
  });
});
