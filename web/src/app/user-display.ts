import type { User } from '../../../src/contracts/auth.js';

export function initialsOf(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const first = parts[0]?.[0] ?? '';
  const last = parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '';
  return (first + last).toUpperCase() || '?';
}

export function roleKey(user: User) {
  if (user.isAdmin) return 'roles.admin' as const;
  return user.accountType === 'employer' ? ('roles.employer' as const) : ('roles.candidate' as const);
}
