import {
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  type DemoCandidate,
  generateCandidates,
  generateEmployers,
  generatePositions,
} from '../../core/demo/index.js';
import { demoPositionDescription } from '../../core/demo/position-text.js';
import { DEFAULT_FLOATING_RATES } from '../../core/money/index.js';
import { addDays } from '../../core/positions/days.js';
import { positionSlug } from '../../core/positions/slug.js';
import { findSkill } from '../../core/skills/index.js';
import type { Db } from '../../db/client.js';
import { hashPassword } from '../auth/passwords.js';
import { seedPipelineHistories } from '../pipeline/pipeline-demo.js';
import { writeSearchVector } from '../positions/positions.repository.js';
import { usdBand } from '../positions/usd-band.js';
import { seedSyntheticSalaries } from '../salaries/salaries-demo.js';
import * as repo from './demo.repository.js';

export interface SeedOptions {
  seed: number;
  candidates: number;
  employers: number;
  positions: number;
  /** Synthetic salary records (source "demo") for the salary benchmarks; default 20,000. */
  salaries?: number;
}

export type SeedProgress = (
  phase: 'employers' | 'candidates' | 'positions' | 'salaries',
  done: number,
  total: number,
) => void;

// Rows per transaction: large enough to be fast, small enough to stay under PostgreSQL's 65,535
// bind parameters for the skills insert (about 25 skills x 4 columns per candidate).
const BATCH = 500;
/** Enough synthetic salary records that the Gulf and each level have distributions on first start. */
const DEMO_SALARY_RECORDS = 20_000;

/** True when no account exists yet: the first start of a fresh install. */
export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  return (await repo.countUsers(db)) === 0;
}

/**
 * Writes the generated marketplace in batches, each batch one transaction, streaming candidates
 * so that a million never sit in memory. Refuses to run twice on one database.
 */
export async function seedDemo(
  db: Db,
  options: SeedOptions,
  progress: SeedProgress = () => {},
): Promise<void> {
  if (await repo.userExists(db, DEMO_ACCOUNTS.admin.email)) {
    throw new Error('Demo data is already present in this database.');
  }
  const now = new Date();
  // One hash for every demo account: they share a published password anyway.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const employerCount = Math.max(1, options.employers);
  const employers = await seedEmployers(db, options.seed, employerCount, passwordHash, now, progress);

  await db.transaction(async (tx) => {
    const { candidate, admin } = DEMO_ACCOUNTS;
    const [candidateId = '', adminId] = await repo.insertUsers(tx, [
      { ...accountRow(candidate), passwordHash, emailVerifiedAt: now },
      { ...accountRow(admin), passwordHash, emailVerifiedAt: now },
    ]);
    if (!adminId) throw new Error('demo admin insert failed');
    await insertCandidates(tx, [{ ...candidate.profile, index: -1 }], [candidateId], now);
  });

  let done = 0;
  let batch: DemoCandidate[] = [];
  const flush = async () => {
    const rows = batch;
    batch = [];
    await db.transaction(async (tx) => {
      const ids = await repo.insertUsers(
        tx,
        rows.map((c) => ({
          email: c.email,
          passwordHash,
          displayName: `${c.givenName} ${c.familyName}`,
          accountType: 'candidate' as const,
          locale: c.displayNameAr ? ('ar' as const) : ('en' as const),
          emailVerifiedAt: now,
        })),
      );
      await insertCandidates(tx, rows, ids, now);
    });
    done += rows.length;
    progress('candidates', done, options.candidates);
  };
  for (const candidate of generateCandidates({ seed: options.seed, count: options.candidates })) {
    batch.push(candidate);
    if (batch.length === BATCH) await flush();
  }
  if (batch.length) await flush();

  await seedPositions(db, options, employers, now, progress);
  // Pipeline histories (applications, introductions, offers, views) so outcome dashboards have data.
  await seedPipelineHistories(db, { seed: options.seed, now });
  const salaries = options.salaries ?? DEMO_SALARY_RECORDS;
  if (salaries > 0) {
    await seedSyntheticSalaries(db, { seed: options.seed, count: salaries }, (done, total) =>
      progress('salaries', done, total),
    );
  }
}

function accountRow(account: (typeof DEMO_ACCOUNTS)[keyof typeof DEMO_ACCOUNTS]) {
  return {
    email: account.email,
    displayName: account.displayName,
    accountType: account.accountType,
    isAdmin: account.isAdmin,
    locale: account.locale,
  };
}

async function insertCandidates(db: Db, rows: DemoCandidate[], ids: string[], now: Date): Promise<void> {
  await repo.insertCandidateProfiles(
    db,
    rows.map((c, i) => ({
      userId: ids[i] ?? '',
      headline: c.headline,
      country: c.country,
      city: c.city,
      yearsExperience: c.yearsExperience,
      declaredStage: c.stage,
      goals: {
        targetRoleFamily: 'ml_engineer' as const,
        targetLevel: null,
        targetTrack: null,
        desiredCountries: [c.country],
        remotePreference: c.remotePreference,
        willingToRelocate: c.willingToRelocate,
        minimumPay: { amount: c.minimumSalaryUsd, currency: 'USD' as const, period: 'year' as const },
        noticePeriodWeeks: 4,
        openToWork: c.openToWork,
      },
      // Most demo candidates are visible; some anonymous and a few hidden, so every mode has examples.
      visibility:
        c.index % 20 === 7
          ? ('hidden' as const)
          : c.index % 6 === 1
            ? ('anonymous' as const)
            : ('verified_employers' as const),
      openToWorkSince: c.openToWork ? now : null,
    })),
  );
  await repo.insertCandidateSkills(
    db,
    rows.flatMap((c, i) =>
      c.skills.map((s) => ({
        userId: ids[i] ?? '',
        skillId: s.skillId,
        proficiency: s.proficiency,
        years: s.years,
      })),
    ),
  );
}

async function seedEmployers(
  db: Db,
  seed: number,
  count: number,
  passwordHash: string,
  now: Date,
  progress: SeedProgress,
): Promise<SeededEmployer[]> {
  const seeded: SeededEmployer[] = [];
  const { recruiter } = DEMO_ACCOUNTS;
  for (const employer of generateEmployers({ seed, count })) {
    await db.transaction(async (tx) => {
      const [orgId = ''] = await repo.insertOrganisations(tx, [
        {
          slug: employer.slug,
          name: employer.name,
          website: employer.website,
          emailDomain: employer.domain,
          country: employer.country,
          city: employer.city,
          size: employer.size,
          industry: employer.industry,
          description: employer.description,
          // One in eight demo employers awaits registration review, so admins have a queue to look at;
          // every demo employer has proven its domain.
          ...(employer.index % 8 === 5
            ? { verifiedAt: null, registrationStatus: 'pending' as const }
            : { verifiedAt: now, registrationStatus: 'approved' as const, registrationDecidedAt: now }),
          verifiedDomain: employer.domain,
          domainVerifiedAt: now,
          registrationNumber: `CR-${100000 + employer.index}`,
          registrationCountry: employer.country,
          registrationWebsite: employer.website,
        },
      ]);
      const people = employer.members.map((m) => ({
        row: {
          email: m.email,
          passwordHash,
          displayName: `${m.givenName} ${m.familyName}`,
          accountType: 'employer' as const,
          emailVerifiedAt: now,
        },
        role: m.role,
      }));
      if (employer.index === recruiter.employerIndex) {
        people.push({
          row: { ...accountRow(recruiter), accountType: 'employer', passwordHash, emailVerifiedAt: now },
          role: 'recruiter',
        });
      }
      const ids = await repo.insertUsers(
        tx,
        people.map((p) => p.row),
      );
      await repo.insertMembers(
        tx,
        people.map((p, i) => ({ organisationId: orgId, userId: ids[i] ?? '', role: p.role })),
      );
      // The hiring manager attests the demo positions' funding, as the product asks of a real one.
      const manager = people.findIndex((p) => p.role === 'hiring_manager');
      seeded.push({
        id: orgId,
        name: employer.name,
        verified: employer.index % 8 !== 5,
        hiringManagerId: ids[manager] ?? null,
      });
    });
    progress('employers', seeded.length, count);
  }
  return seeded;
}

interface SeededEmployer {
  id: string;
  name: string;
  verified: boolean;
  hiringManagerId: string | null;
}

async function seedPositions(
  db: Db,
  options: SeedOptions,
  employers: SeededEmployer[],
  now: Date,
  progress: SeedProgress,
): Promise<void> {
  let done = 0;
  const skillName = (id: string) => findSkill(id)?.name ?? id;
  const all = [
    ...generatePositions({ seed: options.seed, count: options.positions, employerCount: employers.length }),
  ];
  for (let start = 0; start < all.length; start += BATCH) {
    const rows = all.slice(start, start + BATCH);
    await db.transaction(async (tx) => {
      const ids = await repo.insertPositions(
        tx,
        rows.map((p) => {
          const employer = employers[p.employerIndex] ?? {
            id: '',
            name: '',
            verified: false,
            hiringManagerId: null,
          };
          // Unverified employers' positions, and one in 25 of the rest, wait in the admin funding queue.
          const live = employer.verified && p.index % 25 !== 7;
          const id = crypto.randomUUID();
          const band = {
            min: p.salary.min,
            max: p.salary.max,
            currency: p.salary.currency,
            period: 'year' as const,
          };
          return {
            id,
            slug: positionSlug(p.title, id),
            organisationId: employer.id,
            title: p.title,
            roleFamily: p.roleFamily,
            level: p.level,
            description: demoPositionDescription(p, employer.name, skillName),
            country: p.country,
            city: p.city,
            locations: [{ country: p.country, city: p.city }],
            countries: [p.country],
            workplace: p.workplace,
            remoteCountries: p.workplace === 'remote' ? [p.country] : [],
            visaSponsorship: p.visaSponsorship,
            relocationSupport: p.relocationSupport,
            salaryMin: band.min,
            salaryMax: band.max,
            salaryCurrency: band.currency,
            salaryPeriod: band.period,
            ...usdBand(band, DEFAULT_FLOATING_RATES),
            compensation: {
              housing: p.gulfAllowances?.housing ?? 0,
              transport: p.gulfAllowances?.transport ?? 0,
              annualFlights: p.gulfAllowances?.annualFlights ?? 0,
              education: 0,
              other: 0,
              taxFree: p.gulfAllowances?.taxFree ?? false,
            },
            headcount: 1 + (p.index % 3),
            employmentType: 'FULL_TIME',
            // Spread over the last 50 days so "newest first" means something.
            publishedAt: live ? new Date(now.getTime() - (p.index % 50) * 86_400_000) : null,
            validThrough: addDays(now, 10 + (p.index % 50)),
            status: live ? ('open' as const) : ('pending_review' as const),
            fundingStatus: live ? ('verified' as const) : ('attested' as const),
            fundingAttestedBy: employer.hiringManagerId,
            fundingAttestedAt: now,
            fundingHeadcount: 1 + (p.index % 3),
            budgetMin: band.min,
            budgetMax: band.max,
            budgetCurrency: band.currency,
            fundingVerifiedAt: live ? now : null,
          };
        }),
      );
      await repo.insertPositionSkills(
        tx,
        rows.flatMap((p, i) => [
          ...p.requiredSkills.map((s) => ({
            positionId: ids[i] ?? '',
            skillId: s.skillId,
            minProficiency: s.minProficiency,
            required: true,
          })),
          ...p.niceToHaveSkills.map((skillId) => ({
            positionId: ids[i] ?? '',
            skillId,
            minProficiency: null,
            required: false,
          })),
        ]),
      );
      for (const [i, p] of rows.entries()) {
        const names = [...p.requiredSkills.map((r) => r.skillId), ...p.niceToHaveSkills].map(skillName);
        await writeSearchVector(tx, ids[i] ?? '', names.join(' '));
      }
    });
    done += rows.length;
    progress('positions', done, options.positions);
  }
}
