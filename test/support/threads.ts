import { applications } from '../../src/db/schema/index.js';
import type { TestContext } from './context.js';
import { openPosition, signedInClient, signedInEmployer } from './factories.js';

/**
 * An open position with an application on it, written straight to the table (the pipeline's own
 * routes are not needed to test what hangs off an application): the owner's and the candidate's
 * signed-in clients, and a member of another organisation.
 */
export async function applicationThread(ctx: TestContext, candidateOverrides: { locale?: 'en' | 'ar' } = {}) {
  const { owner, position } = await openPosition(ctx);
  const candidate = await signedInClient(ctx, { accountType: 'candidate', ...candidateOverrides });
  const [application] = await ctx.database.db
    .insert(applications)
    .values({
      positionId: position.id,
      organisationId: owner.organisation.id,
      candidateId: candidate.user.id,
      origin: 'applied',
      stage: 'applied',
    })
    .returning();
  if (!application) throw new Error('application insert returned no row');
  const outsider = await signedInEmployer(ctx);
  return { owner, candidate, outsider, position, application };
}
