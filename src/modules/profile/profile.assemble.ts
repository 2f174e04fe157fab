import type { Goals, Profile, ProfileItem, ProfileItemBody } from '../../contracts/profile.js';
import { evidenceStrength } from '../../core/profile/evidence.js';
import type { UserRow } from '../auth/auth.repository.js';
import type { ItemRow, ProfileRow, SkillRow } from './profile.repository.js';
import type { SkillCatalogue } from './skill-catalogue.js';

export const DEFAULT_GOALS: Goals = {
  targetRoleFamily: null,
  targetLevel: null,
  targetTrack: null,
  desiredCountries: [],
  remotePreference: 'any',
  willingToRelocate: false,
  minimumPay: null,
  noticePeriodWeeks: null,
  openToWork: false,
};

/** Builds the Profile contract from its rows; evidence strength is computed, never stored. */
export function assembleProfile(
  user: UserRow,
  profile: ProfileRow | null,
  items: ItemRow[],
  skills: SkillRow[],
  catalogue: SkillCatalogue,
): Profile {
  const itemViews: ProfileItem[] = items.map((row) => ({ ...(row.data as ProfileItemBody), id: row.id }));
  const byId = new Map(itemViews.map((item) => [item.id, item]));
  return {
    userId: user.id,
    displayName: user.displayName,
    email: user.email,
    basics: {
      headline: profile?.headline ?? '',
      summary: profile?.summary ?? '',
      country: profile?.country ?? null,
      city: profile?.city ?? null,
      yearsExperience: profile?.yearsExperience ?? null,
      languages: (profile?.languages ?? []) as Profile['basics']['languages'],
    },
    goals: profile?.goals ?? DEFAULT_GOALS,
    visibility: {
      visibility: profile?.visibility ?? 'verified_employers',
      blockedDomains: profile?.blockedDomains ?? [],
    },
    skills: skills.map((s) => {
      const known = catalogue.find(s.skillId);
      const evidence = s.evidence.filter((id) => byId.has(id));
      return {
        skillId: s.skillId,
        name: known?.name ?? s.skillId,
        category: known?.category ?? 'unknown',
        proficiency: s.proficiency,
        years: s.years,
        lastUsed: s.lastUsed,
        evidence,
        strength: evidenceStrength(evidence.flatMap((id) => byId.get(id) ?? [])),
      };
    }),
    customSkills: profile?.customSkills ?? [],
    items: itemViews,
    openToWorkSince: profile?.openToWorkSince?.toISOString() ?? null,
    updatedAt: (profile?.updatedAt ?? user.createdAt).toISOString(),
  };
}
