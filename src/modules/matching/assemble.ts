// Database rows to the matcher's flat inputs. Amounts become yearly USD here, with the same rate table
// positions use, so the matcher never sees a currency.
import type { MatchCandidate, MatchPosition } from '../../core/matching/types.js';
import { annualise, type FxTable, rateFor } from '../../core/money/index.js';
import { isPubliclyVisible } from '../../core/positions/visibility.js';
import { evidenceStrength } from '../../core/profile/evidence.js';
import type * as repo from './matching.repository.js';
import type { BulkCandidateRow, ItemRow, ProfileRow, SkillRow } from './matching.repository.js';

type PositionRow = Awaited<ReturnType<typeof repo.activePositions>>[number];
type PositionSkillRow = Awaited<ReturnType<typeof repo.skillsOfPositions>>[number];

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

function minimumPayUsd(profile: ProfileRow, table: FxTable): number | null {
  const pay = profile.goals?.minimumPay;
  if (!pay) return null;
  try {
    return annualise(pay.amount, pay.period) / rateFor(pay.currency, table).ratePerUsd;
  } catch {
    // A currency without a rate says nothing about pay; better no filter than a wrong one.
    return null;
  }
}

/** Candidates from their profile rows, skills and evidence items (rows for many users at once). */
export function toMatchCandidates(
  profiles: readonly ProfileRow[],
  skills: readonly SkillRow[],
  items: readonly ItemRow[],
  table: FxTable,
): MatchCandidate[] {
  const skillsBy = groupBy(skills, (s) => s.userId);
  const itemsBy = groupBy(items, (i) => i.userId);
  return profiles.map((profile) => {
    const own = itemsBy.get(profile.userId) ?? [];
    const byId = new Map(own.map((i) => [i.id, i.data]));
    const projects = own.filter((i) => i.kind === 'project');
    const goals = profile.goals;
    return {
      id: profile.userId,
      skills: (skillsBy.get(profile.userId) ?? []).map((s) => ({
        skillId: s.skillId,
        proficiency: s.proficiency,
        strength: evidenceStrength(s.evidence.flatMap((id) => byId.get(id) ?? [])),
      })),
      level: profile.declaredStage,
      yearsExperience: profile.yearsExperience,
      country: profile.country,
      targetRoleFamily: goals?.targetRoleFamily ?? null,
      targetLevel: goals?.targetLevel ?? null,
      desiredCountries: goals?.desiredCountries ?? [],
      remotePreference: goals?.remotePreference ?? 'any',
      willingToRelocate: goals?.willingToRelocate ?? false,
      minimumPayUsd: minimumPayUsd(profile, table),
      visibility: profile.visibility,
      blockedDomains: profile.blockedDomains.map((d) => d.toLowerCase()),
      projects: projects.length,
      measuredProjects: projects.filter((p) => evidenceStrength([p.data]) === 'measured_project').length,
      certifications: own.filter((i) => i.kind === 'certification').length,
      publications: own.filter((i) => i.kind === 'publication').length,
      updatedAt: profile.updatedAt.toISOString(),
      openToWork: goals?.openToWork ?? false,
    };
  });
}

/** Positions with their skills; `live` is decided at `now` (expiry is re-checked per query). */
export function toMatchPositions(
  rows: readonly PositionRow[],
  skills: readonly PositionSkillRow[],
  now: Date,
): MatchPosition[] {
  const skillsBy = groupBy(skills, (s) => s.positionId);
  return rows.map(({ position: p, verifiedAt, emailDomain, otherDomains }) => {
    const own = skillsBy.get(p.id) ?? [];
    return {
      id: p.id,
      organisationId: p.organisationId,
      organisationDomains: [emailDomain, ...otherDomains].map((d) => d.toLowerCase()),
      live: isPubliclyVisible(
        {
          status: p.status,
          fundingStatus: p.fundingStatus,
          organisationVerified: verifiedAt !== null,
          validThrough: p.validThrough ?? '',
        },
        now,
      ),
      roleFamily: p.roleFamily as MatchPosition['roleFamily'],
      level: p.level,
      required: own
        .filter((s) => s.required)
        .map((s) => ({ skillId: s.skillId, minProficiency: s.minProficiency ?? 1 })),
      niceToHave: own.filter((s) => !s.required).map((s) => s.skillId),
      countries: p.countries.length ? p.countries : [p.country],
      workplace: p.workplace,
      remoteCountries: p.remoteCountries,
      visaSponsorship: p.visaSponsorship,
      relocationSupport: p.relocationSupport,
      salaryMinUsd: p.salaryMinUsd,
      salaryMaxUsd: p.salaryMaxUsd,
    };
  });
}

/** Candidates from the bulk loader's packed rows (the full build). */
export function fromBulkRows(rows: readonly BulkCandidateRow[], table: FxTable): MatchCandidate[] {
  const profiles: ProfileRow[] = [];
  const skills: SkillRow[] = [];
  const items: ItemRow[] = [];
  for (const row of rows) {
    profiles.push({
      userId: row.id,
      headline: '',
      summary: '',
      country: row.country,
      city: null,
      yearsExperience: row.years,
      languages: [],
      declaredStage: row.level,
      goals: row.goals,
      visibility: row.visibility,
      blockedDomains: row.blocked ?? [],
      customSkills: [],
      openToWorkSince: null,
      updatedAt: new Date(row.updated_at),
    });
    if (row.skills) {
      for (const packed of row.skills.split('|')) {
        const [skillId = '', proficiency = '1', evidence = '[]'] = packed.split(':');
        skills.push({
          userId: row.id,
          skillId,
          proficiency: Number(proficiency),
          evidence: evidence === '[]' ? [] : (JSON.parse(evidence) as string[]),
        });
      }
    }
    for (const item of row.items ?? []) items.push({ ...item, userId: row.id });
  }
  return toMatchCandidates(profiles, skills, items, table);
}
