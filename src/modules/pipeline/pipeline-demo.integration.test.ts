import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../test/support/database.js';
import { DEMO_ACCOUNTS } from '../../core/demo/index.js';
import { seedDemo } from '../demo/demo.service.js';

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await openTestDatabase();
  await seedDemo(testDb.database.db, { seed: 2026, candidates: 400, employers: 12, positions: 60 });
});
afterAll(() => testDb?.dispose());

describe('demo pipeline histories', () => {
  it('close a position as filled once its hires reach its headcount, with its open applications', async () => {
    const { database } = testDb;
    const filled = await database.query<{ id: string; headcount: number; hires: number; note: string }>(
      `select p.id, p.headcount, p.close_note as note,
              (select count(*)::int from applications a where a.position_id = p.id and a.stage = 'hired') as hires
         from positions p where p.status = 'closed' and p.close_reason = 'filled'`,
    );
    // The seed fills some positions; without the closing they would all still be open.
    expect(filled.length).toBeGreaterThan(0);
    for (const position of filled) {
      expect(position.hires).toBeGreaterThanOrEqual(position.headcount);
      expect(position.note).toBe(
        position.headcount === 1 ? 'Filled by a hire' : `All ${position.headcount} openings filled`,
      );
    }
    const openButFull = await database.query(
      `select p.id from positions p where p.status = 'open'
          and (select count(*) from applications a where a.position_id = p.id and a.stage = 'hired') >= p.headcount`,
    );
    expect(openButFull).toEqual([]);

    // Nobody is left waiting on a filled position: its other applications closed with it, each
    // with its event and a notification, and nothing happened after the closure.
    const waiting = await database.query(
      `select a.id from applications a join positions p on p.id = a.position_id
        where p.close_reason = 'filled' and a.closed_at is null and a.stage <> 'hired'`,
    );
    expect(waiting).toEqual([]);
    const closedWith = await database.query<{
      id: string;
      candidate_id: string;
      events: number;
      told: number;
    }>(
      `select a.id, a.candidate_id,
              (select count(*)::int from application_events e
                where e.application_id = a.id and e.to_stage = 'closed' and e.actor_side = 'system') as events,
              (select count(*)::int from notifications n
                where n.user_id = a.candidate_id and n.kind = 'position_closed') as told
         from applications a join positions p on p.id = a.position_id
        where p.close_reason = 'filled' and a.closed_reason = 'position_closed'`,
    );
    expect(closedWith.length).toBeGreaterThan(0);
    for (const application of closedWith) {
      expect(application.events).toBe(1);
      expect(application.told).toBeGreaterThan(0);
    }
    const afterClosure = await database.query(
      `select e.id from application_events e join applications a on a.id = e.application_id
         join positions p on p.id = a.position_id
        where p.close_reason = 'filled' and e.created_at > p.closed_at`,
    );
    expect(afterClosure).toEqual([]);
    // Nobody was asked after the closure, and nothing asked before it is left pending.
    const asked = await database.query(
      `select i.id from introductions i join positions p on p.id = i.position_id
        where p.close_reason = 'filled' and (i.created_at > p.closed_at or i.status = 'pending')`,
    );
    expect(asked).toEqual([]);
  });

  it('take hired candidates off the market with their search kept on the offer, but not the demo job seeker', async () => {
    const { database } = testDb;
    const hires = await database.query<{
      open: boolean | null;
      since: string | null;
      kept: string | null;
      email: string;
    }>(
      `select (p.goals ->> 'openToWork')::boolean as open, p.open_to_work_since as since,
              o.open_to_work_since as kept, u.email
         from offers o join applications a on a.id = o.application_id
         join candidate_profiles p on p.user_id = a.candidate_id join users u on u.id = a.candidate_id
        where o.status = 'accepted'`,
    );
    expect(hires.length).toBeGreaterThan(0);
    for (const hire of hires) {
      expect(hire.kept).not.toBeNull();
      if (hire.email === DEMO_ACCOUNTS.candidate.email) continue;
      expect(hire.open).toBe(false);
      expect(hire.since).toBeNull();
    }
    const [seeker] = await database.query<{ open: boolean }>(
      `select (p.goals ->> 'openToWork')::boolean as open from candidate_profiles p
         join users u on u.id = p.user_id where u.email = $1`,
      [DEMO_ACCOUNTS.candidate.email],
    );
    expect(seeker?.open).toBe(true);
  });
});
