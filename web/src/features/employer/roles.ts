import type { MemberRole } from '../../api/organisations';

export const MEMBER_ROLES: readonly MemberRole[] = ['owner', 'hiring_manager', 'recruiter'];

export function toMemberRole(value: string): MemberRole {
  return MEMBER_ROLES.find((role) => role === value) ?? 'recruiter';
}

/** Owners and hiring managers may vouch for a position's funding. */
export function canAttestFunding(role: MemberRole | null): boolean {
  return role === 'owner' || role === 'hiring_manager';
}
