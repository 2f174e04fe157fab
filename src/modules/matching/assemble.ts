// Database rows to the matcher's flat inputs. Amounts become yearly USD here, with the same rate table
// positions use, so the matcher never sees a currency.
import { groupBy } from '../../core/group-by.js';
import type { MatchCandidate, MatchPosition } from '../../core/matching/types.js';
import { annualise, type FxTable, rateFor } from '../../core/money/index.js';
import { isPubliclyVisible } from '../../core/positions/visibility.js';
import { evidenceStrength } from '../../core/profile/evidence.js';
import type * as repo from './matching.repository.js';
import type { BulkCandidateRow, ItemRow, ProfileRow, SkillRow } from './matching.repository.js';

type PositionRow = Awaited<ReturnType<typeof repo.activePositions>>[number];
type PositionSkillRow = Awaited<ReturnType<typeof repo.skillsOfPositions>>[number];

/** Rates per currency for one batch: looking a rate up scans the table, a batch has few currencies. */
function rateCache(table: FxTable): (currency: string) => number | null {
  const rates = new Map<string, number | null>();
  return (currency) => {
    let rate = rates.get(currency);
    if (rate === undefined) {
      try {
        rate = rateFor(currency, table).ratePerUsd;
      } catch {
        // A currency without a rate says nothing about pay; better no filter than a wrong one.
        rate = null;
      }
      rates.set(currency, rate);
    }
    return rate;
  };
}

function minimumPayUsd(
  profile: Pick<ProfileRow, 'goals'>,
  rate: (currency: string) => number | null,
): number | null {
  const pay = profile.goals?.minimumPay;
  if (!pay) return null;
  const perUsd = rate(pay.currency);
  return perUsd === null ? null : annualise(pay.amount, pay.period) / perUsd;
}

type ProfileFields = Pick<
  ProfileRow,
  'userId' | 'country' | 'yearsExperience' | 'declaredStage' | 'goals' | 'visibility' | 'blockedDomains'
> & { updatedAt: Date | string };
type OwnItem = Pick<ItemRow, 'id' | 'kind' | 'data'>;

/** A skill's strength from the ids of its evidence among the candidate's own items. */
function strengthOf(evidence: readonly string[], byId: Map<string, OwnItem['data']>) {
  // Most skills carry no evidence; skipping the lookup keeps a million-profile build fast.
  return evidence.length === 0 ? 'claimed' : evidenceStrength(evidence.flatMap((id) => byId.get(id) ?? []));
}

function candidateFrom(
  profile: ProfileFields,
  skills: MatchCandidate['skills'],
  own: readonly OwnItem[],
  rate: (currency: string) => number | null,
): MatchCandidate {
  const goals = profile.goals;
  let projects = 0;
  let measuredProjects = 0;
  let certifications = 0;
  let publications = 0;
  for (const item of own) {
    if (item.kind === 'project') {
      projects++;
      if (evidenceStrength([item.data]) === 'measured_project') measuredProjects++;
    } else if (item.kind === 'certification') certifications++;
    else if (item.kind === 'publication') publications++;
  }
  return {
    id: profile.userId,
    skills,
    level: profile.declaredStage,
    yearsExperience: profile.yearsExperience,
    country: profile.country,
    targetRoleFamily: goals?.targetRoleFamily ?? null,
    targetLevel: goals?.targetLevel ?? null,
    desiredCountries: goals?.desiredCountries ?? [],
    remotePreference: goals?.remotePreference ?? 'any',
    willingToRelocate: goals?.willingToRelocate ?? false,
    minimumPayUsd: minimumPayUsd(profile, rate),
    visibility: profile.visibility,
    blockedDomains: profile.blockedDomains.map((d) => d.toLowerCase()),
    projects,
    measuredProjects,
    certifications,
    publications,
    // The bulk read brings the ISO form already (see bulkCandidatesAfter).
    updatedAt: typeof profile.updatedAt === 'string' ? profile.updatedAt : profile.updatedAt.toISOString(),
    openToWork: goals?.openToWork ?? false,
  };
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
  const rate = rateCache(table);
  return profiles.map((profile) => {
    const own = itemsBy.get(profile.userId) ?? [];
    const byId = new Map(own.map((i) => [i.id, i.data]));
    const matchSkills = (skillsBy.get(profile.userId) ?? []).map((s) => ({
      skillId: s.skillId,
      proficiency: s.proficiency,
      strength: strengthOf(s.evidence, byId),
    }));
    return candidateFrom(profile, matchSkills, own, rate);
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

const NO_EVIDENCE: readonly string[] = [];

/**
 * Candidates from the bulk loader's packed rows (the full build). Parsed by hand with indexOf: at a
 * million profiles, split() and intermediate rows cost more than the database read.
 */
export function fromBulkRows(rows: readonly BulkCandidateRow[], table: FxTable): MatchCandidate[] {
  const rate = rateCache(table);
  const out: MatchCandidate[] = new Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as BulkCandidateRow;
    const byId = row.items.length
      ? new Map(row.items.map((i) => [i.id, i.data]))
      : new Map<string, OwnItem['data']>();
    const skills: MatchCandidate['skills'][number][] = [];
    const packed = row.skills;
    let at = 0;
    while (at < packed.length) {
      const end = packed.indexOf('|', at);
      const stop = end === -1 ? packed.length : end;
      const first = packed.indexOf(':', at);
      const second = packed.indexOf(':', first + 1);
      const evidenceText = packed.slice(second + 1, stop);
      const evidence = evidenceText === '[]' ? NO_EVIDENCE : (JSON.parse(evidenceText) as string[]);
      skills.push({
        skillId: packed.slice(at, first),
        proficiency: Number(packed.slice(first + 1, second)),
        strength: strengthOf(evidence, byId),
      });
      at = stop + 1;
    }
    out[r] = candidateFrom(
      {
        userId: row.id,
        country: row.country,
        yearsExperience: row.years,
        declaredStage: row.level,
        goals: row.goals,
        visibility: row.visibility,
        blockedDomains: row.blocked ?? [],
        updatedAt: typeof row.updated_at === 'string' ? row.updated_at : row.updated_at.toISOString(),
      },
      skills,
      row.items,
      rate,
    );
  }
  return out;
}
