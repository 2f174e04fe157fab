import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { setupTestApp } from '../../../test/support/context.js';
import { signedInEmployer } from '../../../test/support/factories.js';
import { applicationEvents, applications, notifications } from '../../db/schema/index.js';
import { appliedCandidate, moveThrough } from './pipeline.fixtures.js';

const ctx = setupTestApp();
const DAY = 86_400_000;

async function row(id: string) {
  const [found] = await ctx.database.db.select().from(applications).where(eq(applications.id, id));
  return found;
}

describe('the pipeline board', () => {
  it('lists applications by stage, moves them, stamps the first response and names who acted', async () => {
    const { owner, position, applicationId, candidate } = await appliedCandidate(ctx);
    const board = await owner.client.get(`/api/positions/${position.id}/pipeline`);
    expect(board.statusCode, board.body).toBe(200);
    const stages = board.json().stages as Array<{
      stage: string;
      applications: Array<Record<string, unknown>>;
    }>;
    expect(stages.map((s) => s.stage)).toEqual([
      'sourced',
      'applied',
      'screening',
      'interviewing',
      'offer',
      'hired',
      'closed',
    ]);
    expect(stages[1]?.applications[0]).toMatchObject({
      id: applicationId,
      candidate: { id: candidate.user.id, displayName: 'Layla Haddad', email: candidate.user.email },
      nextStages: ['screening', 'interviewing'],
      waitingBusinessDays: 0,
      waitingTooLong: false,
    });

    ctx.clock.advance(2 * 3_600_000);
    const moved = await owner.client.post(`/api/applications/${applicationId}/moves`, { to: 'screening' });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().events.at(-1)).toMatchObject({
      fromStage: 'applied',
      toStage: 'screening',
      side: 'organisation',
      actorName: owner.user.displayName,
    });
    const first = (await row(applicationId))?.firstResponseAt;
    expect(first?.getTime()).toBe(new Date(moved.json().updatedAt).getTime());
    ctx.clock.advance(3_600_000);
    await moveThrough(owner.client, applicationId, ['interviewing']);
    expect((await row(applicationId))?.firstResponseAt?.getTime()).toBe(first?.getTime());

    // The candidate hears of each change; their timeline shows the side, never the member's name.
    const told = await ctx.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, candidate.user.id));
    expect(told.map((n) => [n.kind, (n.payload as { to: string }).to])).toEqual([
      ['stage_change', 'screening'],
      ['stage_change', 'interviewing'],
    ]);
    const mine = (await candidate.client.get(`/api/applications/${applicationId}`)).json();
    expect(mine.timeline.map((e: { actorName: string | null }) => e.actorName)).toEqual([null, null, null]);
  });

  it('refuses an illegal move with problem+json naming from and to, and changes nothing', async () => {
    const { owner, applicationId } = await appliedCandidate(ctx);
    const response = await owner.client.post(`/api/applications/${applicationId}/moves`, { to: 'hired' });
    expect(response.statusCode).toBe(409);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ code: 'illegal_transition' });
    expect(response.json().detail).toContain('from applied to hired');
    expect((await row(applicationId))?.stage).toBe('applied');
    const events = await ctx.database.db
      .select()
      .from(applicationEvents)
      .where(eq(applicationEvents.applicationId, applicationId));
    expect(events).toHaveLength(1);
  });

  it('rejects with a reason the candidate reads in kind words', async () => {
    const { owner, applicationId, candidate } = await appliedCandidate(ctx);
    const response = await owner.client.post(`/api/applications/${applicationId}/rejection`, {
      reason: 'experience_level',
      note: 'We would welcome you for a mid-level role.',
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      stage: 'closed',
      closedReason: 'rejected',
      rejectionReason: 'experience_level',
    });
    const mine = (await candidate.client.get(`/api/applications/${applicationId}`)).json();
    expect(mine.rejection).toMatchObject({
      reason: 'experience_level',
      note: 'We would welcome you for a mid-level role.',
    });
    expect(mine.rejection.wording).toMatch(/different level of experience/);
    const [told] = await ctx.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, candidate.user.id));
    expect(told?.payload).toMatchObject({ to: 'closed', rejectionReason: 'experience_level' });
    expect((told?.payload as { wording?: string } | undefined)?.wording).toMatch(
      /different level of experience/,
    );
    const bad = await owner.client.post(`/api/applications/${applicationId}/rejection`, { reason: 'rude' });
    expect(bad.statusCode).toBe(400);
  });

  it('lets a member of another organisation see or move nothing (404)', async () => {
    const { applicationId, position } = await appliedCandidate(ctx);
    const outsider = await signedInEmployer(ctx, {}, 'owner');
    expect((await outsider.client.get(`/api/positions/${position.id}/pipeline`)).statusCode).toBe(404);
    const move = await outsider.client.post(`/api/applications/${applicationId}/moves`, { to: 'screening' });
    expect(move.statusCode).toBe(404);
    expect((await row(applicationId))?.stage).toBe('applied');
    expect((await row(applicationId))?.firstResponseAt).toBeNull();
  });

  it('flags applications waiting more than five business days', async () => {
    const { owner, applicationId } = await appliedCandidate(ctx);
    const waitingUrl = `/api/organisations/${owner.organisation.id}/pipeline/waiting`;
    expect((await owner.client.get(waitingUrl)).json()).toEqual({
      thresholdBusinessDays: 5,
      applications: [],
    });
    // The clock runs from the real time, so the span starts on any weekday: ten days always hold
    // at least six working days, where nine hold only five when they span two weekends (this
    // failed on a Thursday evening, UTC).
    ctx.clock.advance(10 * DAY);
    const waiting = (await owner.client.get(waitingUrl)).json();
    expect(waiting.applications.map((a: { id: string }) => a.id)).toEqual([applicationId]);
    expect(waiting.applications[0].waitingBusinessDays).toBeGreaterThan(5);
    await moveThrough(owner.client, applicationId, ['screening']);
    expect((await owner.client.get(waitingUrl)).json().applications).toEqual([]);
  });

  it('closes open applications when the position closes, and tells their candidates', async () => {
    const { owner, position, applicationId, candidate } = await appliedCandidate(ctx);
    const closed = await owner.client.post(`/api/positions/${position.id}/transitions`, {
      action: 'close',
      reason: 'filled',
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(await row(applicationId)).toMatchObject({
      stage: 'closed',
      closedReason: 'position_closed',
      closedFromStage: 'applied',
    });
    const told = await ctx.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, candidate.user.id));
    expect(told.map((n) => n.kind)).toEqual(['position_closed']);
    const events = (await candidate.client.get(`/api/applications/${applicationId}`)).json().timeline;
    expect(events.at(-1)).toMatchObject({ toStage: 'closed', side: 'system', reason: 'position_closed' });
  });

  it('closes them when the expiry sweep closes the position too', async () => {
    const { applicationId } = await appliedCandidate(ctx);
    ctx.clock.advance(40 * DAY);
    expect(await ctx.app.positions.expireDue()).toHaveLength(1);
    expect(await row(applicationId)).toMatchObject({ stage: 'closed', closedReason: 'position_closed' });
  });
});
