// Members-only pipeline resources: to someone outside the organisation, a resource they may not
// see does not exist, so its "no such organisation" becomes the resource's own not-found.
import { AppError } from '../../core/errors.js';
import type { Db } from '../../db/client.js';
import type { Actor, OrganisationService } from '../organisations/organisations.service.js';

/** requireRole with the default member roles; a non-member gets `notFound()` instead. */
export async function requireMemberOf(
  organisations: OrganisationService,
  organisationId: string,
  actor: Actor,
  tx: Db,
  notFound: () => AppError,
): Promise<void> {
  await organisations.requireRole(organisationId, actor, undefined, tx).catch((error: unknown) => {
    throw error instanceof AppError && error.code === 'not_found' ? notFound() : error;
  });
}
