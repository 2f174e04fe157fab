// candidate_packed_skills (migration 0010) is kept by triggers on candidate_skills, and the match
// index's full rebuild reads skills from it alone: a line that drifted from the skills would rank
// candidates on skills they no longer list. Each case compares every line with the skills packed
// afresh from candidate_skills.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../test/support/database.js';
import { buildUser } from '../../../test/support/factories.js';
import { migrationsFolder } from '../../config/paths.js';
import { replaceSkills } from '../profile/profile.repository.js';

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await openTestDatabase();
});
beforeEach(() => testDb.reset());
afterAll(() => testDb?.dispose());

/** Every line next to the skills packed afresh; candidates with neither are absent. */
async function lines() {
  return testDb.database.query<{ user_id: string; kept: string | null; fresh: string | null }>(`
    with fresh as (
      select user_id, string_agg(skill_id || ':' || proficiency || ':' || evidence::text, '|' order by skill_id) as packed
      from candidate_skills group by user_id
    )
    select coalesce(k.user_id, f.user_id) as user_id, k.packed as kept, f.packed as fresh
    from candidate_packed_skills k full join fresh f on f.user_id = k.user_id
    order by 1`);
}

/** Lines must equal the fresh packing; a candidate with no skills left may keep an empty line. */
async function expectInStep() {
  for (const line of await lines()) {
    expect(line.kept ?? null, `line of ${line.user_id}`).toBe(line.fresh ?? (line.kept === '' ? '' : null));
  }
}

describe('packed skill lines', () => {
  it('follow inserts, updates and deletes of one or many candidates in a statement', async () => {
    const { database } = testDb;
    const [a, b, c] = await Promise.all([buildUser(database), buildUser(database), buildUser(database)]);
    const ids = [a.id, b.id, c.id];
    await database.query(
      `insert into candidate_skills (user_id, skill_id, proficiency, evidence)
       select u, s, 3, '[]'::jsonb from unnest($1::uuid[]) u cross join unnest(array['pytorch', 'python']) s`,
      [ids],
    );
    await expectInStep();
    expect((await lines()).map((l) => l.kept)).toEqual(Array(3).fill('python:3:[]|pytorch:3:[]'));
    await database.query(
      `update candidate_skills set proficiency = 5, evidence = '["6f1c0a52-0c4e-4d8e-9c1b-2f4a0e1f9d10"]'::jsonb
       where skill_id = 'pytorch' and user_id = any($1::uuid[])`,
      [[a.id, b.id]],
    );
    await database.query(`delete from candidate_skills where user_id = $1 and skill_id = 'python'`, [c.id]);
    await expectInStep();
    const byUser = new Map((await lines()).map((l) => [l.user_id, l.kept]));
    expect(byUser.get(a.id)).toBe('python:3:[]|pytorch:5:["6f1c0a52-0c4e-4d8e-9c1b-2f4a0e1f9d10"]');
    expect(byUser.get(c.id)).toBe('pytorch:3:[]');
    await database.query('delete from candidate_skills where user_id = $1', [c.id]);
    await expectInStep();
    expect((await lines()).find((l) => l.user_id === c.id)?.kept).toBe('');
  });

  it("follow the profile's own replace of a candidate's skills, and go with a deleted user", async () => {
    const { database } = testDb;
    const user = await buildUser(database);
    const skill = (skillId: string, proficiency: number) => ({
      skillId,
      proficiency,
      years: null,
      lastUsed: null,
      evidence: [],
    });
    await replaceSkills(database.db, user.id, [skill('mlops', 4), skill('kubernetes', 2)]);
    await expectInStep();
    await replaceSkills(database.db, user.id, [skill('mlops', 5)]);
    await expectInStep();
    expect((await lines()).map((l) => l.kept)).toEqual(['mlops:5:[]']);
    // Deleting the user cascades to the skills, whose trigger then finds no user to keep a line for.
    await database.query('delete from users where id = $1', [user.id]);
    expect(await lines()).toEqual([]);
  });

  it('follow a skill moved to another candidate, evidence lists, and a truncate', async () => {
    const { database } = testDb;
    const [a, b] = await Promise.all([buildUser(database), buildUser(database)]);
    const evidence = '["0b6f6c1e-2a55-4c3e-8f0a-0d1b2c3d4e5f", "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"]';
    await database.query(
      `insert into candidate_skills (user_id, skill_id, proficiency, evidence) values ($1, 'jax', 4, $2::jsonb)`,
      [a.id, evidence],
    );
    await database.query(`update candidate_skills set user_id = $2 where user_id = $1`, [a.id, b.id]);
    await expectInStep();
    const byUser = new Map((await lines()).map((l) => [l.user_id, l.kept]));
    expect(byUser.get(a.id)).toBe('');
    expect(byUser.get(b.id)).toBe(`jax:4:${evidence}`);
    await database.query('truncate candidate_skills');
    expect(await lines()).toEqual([]);
  });

  it('are made by migration 0010 for every candidate whose skills existed before it', async () => {
    const { database } = testDb;
    const [a, b, none] = await Promise.all([buildUser(database), buildUser(database), buildUser(database)]);
    const evidence = '["0b6f6c1e-2a55-4c3e-8f0a-0d1b2c3d4e5f"]';
    await database.query(
      `insert into candidate_skills (user_id, skill_id, proficiency, evidence)
       values ($1, 'pytorch', 4, $3::jsonb), ($1, 'python', 5, '[]'::jsonb), ($2, 'mlops', 2, '[]'::jsonb)`,
      [a.id, b.id, evidence],
    );
    // Back to the schema before 0010 (the skills stay), then 0010 as a server applies it: its
    // statements in one transaction.
    await database.query('drop table candidate_packed_skills');
    await database.query('drop function candidate_packed_skills_refresh() cascade');
    await database.query('drop function candidate_packed_skills_clear() cascade');
    const statements = readFileSync(path.join(migrationsFolder(), '0010_packed_skills.sql'), 'utf8')
      .split('--> statement-breakpoint')
      .filter((statement) => statement.trim() !== '');
    await database.db.transaction(async (tx) => {
      for (const statement of statements) await tx.execute(sql.raw(statement));
    });
    await expectInStep();
    const byUser = new Map((await lines()).map((l) => [l.user_id, l.kept]));
    expect(byUser.get(a.id)).toBe(`python:5:[]|pytorch:4:${evidence}`);
    expect(byUser.get(b.id)).toBe('mlops:2:[]');
    expect(byUser.has(none.id)).toBe(false);
    // And its triggers keep the lines from then on.
    await database.query(
      `insert into candidate_skills (user_id, skill_id, proficiency) values ($1, 'jax', 3)`,
      [b.id],
    );
    await expectInStep();
  });
});

// Two connections at once need a server; PGlite has one connection, and these cases run under
// `npm run test:pg` (and CI's PostgreSQL pass).
describe.skipIf(!inject('pgTemplateUrl'))('packed skill lines under concurrent edits', () => {
  /** A promise and the function that settles it. */
  function gate() {
    let open: () => void = () => undefined;
    const closed = new Promise<void>((resolve) => {
      open = resolve;
    });
    return { open, closed };
  }

  /** Waits until `n` sessions of this database wait on a lock (so the race is really run). */
  async function lockWaiters(n: number) {
    for (let attempt = 0; attempt < 200; attempt++) {
      const [row] = await testDb.database.query<{ n: number }>(
        `select count(*)::int as n from pg_stat_activity
          where datname = current_database() and wait_event_type = 'Lock'`,
      );
      if ((row?.n ?? 0) >= n) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(`fewer than ${n} sessions ever waited on a lock`);
  }

  const add = (userId: string, skillId: string, proficiency: number) =>
    testDb.database.db.transaction(async (tx) => {
      await tx.execute(
        sql`insert into candidate_skills (user_id, skill_id, proficiency) values (${userId}, ${skillId}, ${proficiency})`,
      );
    });

  it('keep both of two transactions that add skills to one new candidate at the same time', async () => {
    const user = await buildUser(testDb.database);
    const held = gate();
    const inserted = gate();
    const first = testDb.database.db.transaction(async (tx) => {
      await tx.execute(
        sql`insert into candidate_skills (user_id, skill_id, proficiency) values (${user.id}, 'python', 4)`,
      );
      inserted.open();
      await held.closed;
    });
    await inserted.closed;
    // The second waits for the first's new line, then packs with the first committed.
    const second = add(user.id, 'pytorch', 3);
    await lockWaiters(1);
    held.open();
    await Promise.all([first, second]);
    await expectInStep();
    expect((await lines()).map((l) => l.kept)).toEqual(['python:4:[]|pytorch:3:[]']);
  });

  it('keep both when two edits of one existing line both wait for its lock before packing', async () => {
    const user = await buildUser(testDb.database);
    await add(user.id, 'mlops', 2);
    // A third session holds the line, so both edits get past making lines and wait on the lock;
    // the one that packs second must see the first's skill (a fresh snapshot after the lock).
    const held = gate();
    const locked = gate();
    const holder = testDb.database.db.transaction(async (tx) => {
      await tx.execute(sql`select 1 from candidate_packed_skills where user_id = ${user.id} for update`);
      locked.open();
      await held.closed;
    });
    await locked.closed;
    const edits = [add(user.id, 'python', 4), add(user.id, 'pytorch', 3)];
    await lockWaiters(2);
    held.open();
    await Promise.all([holder, ...edits]);
    await expectInStep();
    expect((await lines()).map((l) => l.kept)).toEqual(['mlops:2:[]|python:4:[]|pytorch:3:[]']);
  });
});
