import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { setupTestApp } from '../../../test/support/context.js';
import { openPosition, signedInAdmin } from '../../../test/support/factories.js';
import { applications, notifications, offers, salaryRecords } from '../../db/schema/index.js';
import { DEFAULT_GOALS } from '../profile/profile.assemble.js';
import { appliedCandidate, candidateWithProfile, moveThrough } from './pipeline.fixtures.js';

const ctx = setupTestApp();
const offer = {
  base: 40_000,
  allowances: { housing: 8_000, transport: 2_000 },
  currency: 'AED',
  period: 'month',
  startDate: '2027-01-10',
};

type Client = Awaited<ReturnType<typeof candidateWithProfile>>['client'];

/** Moves an application to the offer stage as a member and makes the offer; returns its id. */
async function offerOn(owner: Client, applicationId: string): Promise<string> {
  await moveThrough(owner, applicationId, ['screening', 'interviewing', 'offer']);
  const made = await owner.post(`/api/applications/${applicationId}/offers`, offer);
  expect(made.statusCode, made.body).toBe(201);
  return made.json().id as string;
}

/** A candidate applies to the position and gets as far as an offer; returns the offer's id. */
async function applyAndOffer(owner: Client, candidate: Client, positionId: string): Promise<string> {
  const applied = await candidate.post('/api/applications', { positionId, note: 'Hello' });
  expect(applied.statusCode, applied.body).toBe(201);
  return offerOn(owner, applied.json<{ id: string }>().id);
}

async function atOffer() {
  const applied = await appliedCandidate(ctx);
  return { ...applied, offerId: await offerOn(applied.owner.client, applied.applicationId) };
}

const DAY = 86_400_000;
const goals = (openToWork: boolean) => ({ ...DEFAULT_GOALS, openToWork });

describe('offers', () => {
  it('accepted: the candidate is off the market, and the search it ended still counts for time to hire', async () => {
    const { candidate, offerId } = await atOffer();
    const opened = await candidate.client.request('PUT', '/api/profile/goals', goals(true));
    expect(opened.statusCode, opened.body).toBe(200);
    const since = opened.json().openToWorkSince as string;
    expect(since).not.toBeNull();
    ctx.clock.advance(21 * DAY);
    const accepted = await candidate.client.post(`/api/offers/${offerId}/accept`, {});
    expect(accepted.statusCode, accepted.body).toBe(200);

    const profile = (await candidate.client.get('/api/profile')).json();
    expect(profile.goals.openToWork).toBe(false);
    expect(profile.openToWorkSince).toBeNull();
    // The profile was not edited by its owner: its recency (updatedAt) stays where the goals left it.
    expect(profile.updatedAt).toBe(opened.json().updatedAt);
    const [row] = await ctx.database.db.select().from(offers).where(eq(offers.id, offerId));
    expect(row?.openToWorkSince?.toISOString()).toBe(since);

    // Switching it on again starts a new search; the one the offer ended stays three weeks long.
    ctx.clock.advance(DAY);
    expect((await candidate.client.request('PUT', '/api/profile/goals', goals(true))).statusCode).toBe(200);
    const admin = await signedInAdmin(ctx);
    const outcomes = (await admin.client.get('/api/admin/outcomes')).json();
    expect(outcomes.timeToOffer).toMatchObject({ count: 1, medianWeeks: 3 });
  });

  it('accepted by a candidate who was not open to work: nothing to switch off, no search counted', async () => {
    const { candidate, offerId } = await atOffer();
    expect((await candidate.client.request('PUT', '/api/profile/goals', goals(false))).statusCode).toBe(200);
    expect((await candidate.client.post(`/api/offers/${offerId}/accept`, {})).statusCode).toBe(200);
    const [row] = await ctx.database.db.select().from(offers).where(eq(offers.id, offerId));
    expect(row?.openToWorkSince).toBeNull();
    expect((await candidate.client.get('/api/profile')).json().goals.openToWork).toBe(false);
    const admin = await signedInAdmin(ctx);
    expect((await admin.client.get('/api/admin/outcomes')).json().timeToOffer.count).toBe(0);
  });

  it('are recorded only at the offer stage, one waiting at a time', async () => {
    const { owner, applicationId } = await appliedCandidate(ctx);
    const early = await owner.client.post(`/api/applications/${applicationId}/offers`, offer);
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('illegal_transition');
    await moveThrough(owner.client, applicationId, ['screening', 'interviewing', 'offer']);
    expect((await owner.client.post(`/api/applications/${applicationId}/offers`, offer)).statusCode).toBe(
      201,
    );
    const second = await owner.client.post(`/api/applications/${applicationId}/offers`, offer);
    expect(second.statusCode).toBe(409);
  });

  it('accepted with consent: hired, and one anonymised salary record from the position', async () => {
    const { owner, candidate, applicationId, offerId, position } = await atOffer();
    const told = await ctx.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, candidate.user.id));
    expect(told.map((n) => n.kind)).toContain('offer');

    const accepted = await candidate.client.post(`/api/offers/${offerId}/accept`, {
      shareWithBenchmarks: true,
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'accepted', shareWithBenchmarks: true });
    const [application] = await ctx.database.db
      .select()
      .from(applications)
      .where(eq(applications.id, applicationId));
    expect(application?.stage).toBe('hired');

    const records = await ctx.database.db.select().from(salaryRecords);
    expect(records).toHaveLength(1);
    const [record] = records;
    expect(record).toMatchObject({
      source: 'offer',
      importId: null,
      roleFamily: position.roleFamily,
      level: position.level,
      country: 'AE',
      region: 'GCC',
      currency: 'AED',
      base: 480_000,
      allowances: 120_000,
      total: 600_000,
    });
    // AED is pegged at 3.6725 per dollar.
    expect(record?.totalUsd).toBeCloseTo(600_000 / 3.6725, 2);
    // Nothing in it names or points to a person.
    const text = JSON.stringify(record);
    for (const secret of [
      candidate.user.id,
      candidate.user.email,
      owner.user.id,
      owner.organisation.id,
      applicationId,
    ])
      expect(text).not.toContain(secret);

    const ownerTold = await ctx.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, owner.user.id));
    expect(ownerTold.map((n) => (n.payload as { status?: string }).status)).toContain('accepted');
    const again = await candidate.client.post(`/api/offers/${offerId}/accept`, {});
    expect(again.statusCode).toBe(409);
  });

  it('a hire that fills the last opening closes the position as filled, and the other applicants are told', async () => {
    // The factory's position has one opening.
    const { owner, candidate, offerId, position } = await atOffer();
    const other = await candidateWithProfile(ctx, 'verified_employers', 'Omar Said');
    const applied = await other.client.post('/api/applications', {
      positionId: position.id,
      note: 'I shipped an Arabic ASR model.',
    });
    expect(applied.statusCode, applied.body).toBe(201);
    expect((await candidate.client.post(`/api/offers/${offerId}/accept`, {})).statusCode).toBe(200);

    const view = await owner.client.get(`/api/positions/${position.id}`);
    expect(view.json()).toMatchObject({ status: 'closed', closeReason: 'filled' });
    const [closed] = await ctx.database.db
      .select()
      .from(applications)
      .where(eq(applications.id, applied.json<{ id: string }>().id));
    expect(closed).toMatchObject({ stage: 'closed', closedReason: 'position_closed' });
    const told = await ctx.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, other.user.id));
    expect(told.map((n) => n.kind)).toContain('position_closed');
  });

  it('two acceptances at once for the last opening: one hire, the other told the position closed', async () => {
    const { owner, candidate, offerId, position } = await atOffer();
    const other = await candidateWithProfile(ctx, 'verified_employers', 'Omar Said');
    const second = await applyAndOffer(owner.client, other.client, position.id);
    const answers = await Promise.all([
      candidate.client.post(`/api/offers/${offerId}/accept`, {}),
      other.client.post(`/api/offers/${second}/accept`, {}),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    const hired = await ctx.database.db
      .select()
      .from(applications)
      .where(eq(applications.positionId, position.id));
    expect(hired.filter((a) => a.stage === 'hired')).toHaveLength(1);
    expect((await owner.client.get(`/api/positions/${position.id}`)).json()).toMatchObject({
      status: 'closed',
      closeReason: 'filled',
    });
  });

  it('a hire with openings left keeps the position open', async () => {
    const { owner, position } = await openPosition(ctx, { headcount: 2 });
    const candidate = await candidateWithProfile(ctx);
    const offerId = await applyAndOffer(owner.client, candidate.client, position.id);
    expect((await candidate.client.post(`/api/offers/${offerId}/accept`, {})).statusCode).toBe(200);
    expect((await owner.client.get(`/api/positions/${position.id}`)).json()).toMatchObject({
      status: 'open',
      closeReason: null,
    });
  });

  it('accepted without consent adds nothing to the benchmarks', async () => {
    const { candidate, offerId } = await atOffer();
    expect((await candidate.client.post(`/api/offers/${offerId}/accept`, {})).statusCode).toBe(200);
    expect(await ctx.database.db.select().from(salaryRecords)).toEqual([]);
  });

  it('declined: the application stays at offer and can go back to interviews', async () => {
    const { owner, candidate, applicationId, offerId } = await atOffer();
    const declined = await candidate.client.post(`/api/offers/${offerId}/decline`, {
      note: 'Relocating elsewhere',
    });
    expect(declined.statusCode, declined.body).toBe(200);
    expect(declined.json().status).toBe('declined');
    const back = await owner.client.post(`/api/applications/${applicationId}/moves`, { to: 'interviewing' });
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json().offers.map((o: { status: string }) => o.status)).toEqual(['declined']);
  });
});
