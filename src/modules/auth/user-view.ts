import type { User } from '../../contracts/auth.js';
import type { UserRow } from './auth.repository.js';

/** The public shape of an account; never includes the password hash. */
export function toUserView(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    accountType: row.accountType,
    isAdmin: row.isAdmin,
    emailVerified: row.emailVerifiedAt !== null,
    locale: row.locale,
    createdAt: row.createdAt.toISOString(),
  };
}
