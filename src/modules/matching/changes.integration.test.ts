import { describe, expect, it } from 'vitest';
import { setupTestApp } from '../../../test/support/context.js';
import { openPosition, signedInClient } from '../../../test/support/factories.js';

const ctx = setupTestApp();
const changes = () =>
  ctx.database.query<{ kind: string; entity_id: string }>(
    'select kind, entity_id from match_changes order by id',
  );

describe('match change feed (database triggers)', () => {
  it('records each changed candidate, position and organisation once per statement', async () => {
    const { client, user } = await signedInClient(ctx, { accountType: 'candidate' });
    await ctx.database.query('delete from match_changes');
    await client.request('PUT', '/api/profile/skills', {
      skills: [
        { skillId: 'python', proficiency: 4, years: 3, lastUsed: null, evidence: [] },
        { skillId: 'pytorch', proficiency: 3, years: 2, lastUsed: null, evidence: [] },
      ],
      customSkills: [],
    });
    const afterSkills = await changes();
    expect(afterSkills.length).toBeGreaterThan(0);
    expect(new Set(afterSkills.map((c) => `${c.kind}:${c.entity_id}`))).toEqual(
      new Set([`candidate:${user.id}`]),
    );

    await ctx.database.query('delete from match_changes');
    const { position } = await openPosition(ctx);
    const kinds = new Set((await changes()).map((c) => `${c.kind}:${c.entity_id}`));
    expect(kinds.has(`position:${position.id}`)).toBe(true);

    await ctx.database.query('delete from match_changes');
    await ctx.database.query('update organisations set verified_at = null where id = $1', [
      position.organisation.id,
    ]);
    expect(await changes()).toEqual([{ kind: 'organisation', entity_id: position.organisation.id }]);
  });
});
