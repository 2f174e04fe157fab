import type { Session } from '../../contracts/auth.js';
import type { Profile } from '../../contracts/profile.js';
import { AppError, fieldError } from '../../core/errors.js';
import type { Db } from '../../db/client.js';
import { findUserById } from '../auth/auth.repository.js';
import type { AuthService } from '../auth/auth.service.js';
import { verifyPassword } from '../auth/passwords.js';
import { toUserView } from '../auth/user-view.js';
import type { ProfileService } from '../profile/profile.service.js';
import * as repo from './account.repository.js';

export type AccountService = ReturnType<typeof createAccountService>;

/** Data rights: everything we hold about a user, and erasing it. */
export function createAccountService(deps: {
  db: Db;
  auth: AuthService;
  profile: ProfileService;
  now: () => Date;
}) {
  return {
    async exportData(userId: string, sessionId: string) {
      const user = await findUserById(deps.db, userId);
      if (!user) throw new AppError('not_found', 'No such account');
      const [sessions, memberships, marketplace] = await Promise.all([
        deps.auth.listSessions(userId, sessionId),
        repo.membershipsForExport(deps.db, userId),
        repo.marketplaceForExport(deps.db, userId),
      ]);
      const profile: Profile | null =
        user.accountType === 'candidate' ? await deps.profile.get(userId) : null;
      return {
        exportedAt: deps.now().toISOString(),
        account: toUserView(user),
        sessions: sessions satisfies Session[],
        memberships: memberships.map((m) => ({ ...m, since: m.since.toISOString() })),
        profile,
        // Dates as ISO text, like every other date in the export.
        marketplace: JSON.parse(JSON.stringify(marketplace)) as Record<
          string,
          Array<Record<string, unknown>>
        >,
      };
    },

    /** Removes the account and its personal data for good, after the password confirms it. */
    async deleteAccount(userId: string, password: string): Promise<void> {
      const user = await findUserById(deps.db, userId);
      if (!user) throw new AppError('not_found', 'No such account');
      if (!(await verifyPassword(user.passwordHash, password))) {
        throw fieldError('password', 'The password is not right.', 'invalid_credentials');
      }
      const owned = await repo.ownedOrganisations(deps.db, userId);
      const orphaned = owned.filter((o) => o.otherOwners === 0 && o.otherMembers > 0);
      if (orphaned.length > 0) {
        throw new AppError(
          'last_owner',
          `Make another member an owner of ${orphaned.map((o) => o.name).join(', ')} before deleting your account.`,
        );
      }
      const soleMemberOf = owned.filter((o) => o.otherMembers === 0).map((o) => o.id);
      await repo.deleteUserAndTraces(deps.db, userId, user.email, soleMemberOf);
    },
  };
}
