// The salary index's reads: measured records, and open positions' bands as posted-band records.
import { and, eq, gte, isNotNull, sql } from 'drizzle-orm';
import type { Region } from '../../contracts/positions.js';
import type { Level } from '../../contracts/profile.js';
import type { SalaryRoleFamily } from '../../contracts/salaries.js';
import { regionOfCountry } from '../../core/positions/regions.js';
import type { IndexableRecord } from '../../core/salary/index/salary-index.js';
import type { Db } from '../../db/client.js';
import { organisations, positionSkills, positions, salaryRecords } from '../../db/schema/index.js';

const PAGE = 50_000;

/** Every measured record, read in id order a page at a time. */
export async function* measuredRecords(db: Db): AsyncGenerator<IndexableRecord[]> {
  let after = 0;
  for (;;) {
    const rows = await db
      .select({
        id: salaryRecords.id,
        source: salaryRecords.source,
        year: salaryRecords.year,
        roleFamily: salaryRecords.roleFamily,
        level: salaryRecords.level,
        country: salaryRecords.country,
        region: salaryRecords.region,
        totalUsd: salaryRecords.totalUsd,
        skills: salaryRecords.skills,
      })
      .from(salaryRecords)
      .where(sql`${salaryRecords.id} > ${after}`)
      .orderBy(salaryRecords.id)
      .limit(PAGE);
    if (rows.length === 0) return;
    after = rows[rows.length - 1]?.id ?? after;
    yield rows.map((r) => ({
      source: r.source,
      year: r.year,
      roleFamily: r.roleFamily as SalaryRoleFamily,
      level: r.level,
      country: r.country,
      region: r.region as Region | null,
      totalUsd: r.totalUsd,
      skills: r.skills,
    }));
    if (rows.length < PAGE) return;
  }
}

/**
 * Bands of positions anyone can see (open, funded, verified employer, not past their last day), one
 * record each at the band's midpoint in USD per year, with the position's required skills.
 */
export async function postedBands(db: Db, today: string): Promise<IndexableRecord[]> {
  const rows = await db
    .select({
      roleFamily: positions.roleFamily,
      level: positions.level,
      country: positions.country,
      minUsd: positions.salaryMinUsd,
      maxUsd: positions.salaryMaxUsd,
      publishedAt: positions.publishedAt,
      createdAt: positions.createdAt,
      skills: sql<
        string[]
      >`coalesce(array_agg(${positionSkills.skillId}) filter (where ${positionSkills.required}), '{}')`,
    })
    .from(positions)
    .innerJoin(organisations, eq(organisations.id, positions.organisationId))
    .leftJoin(positionSkills, eq(positionSkills.positionId, positions.id))
    .where(
      and(
        eq(positions.status, 'open'),
        eq(positions.fundingStatus, 'verified'),
        isNotNull(organisations.verifiedAt),
        gte(positions.validThrough, today),
      ),
    )
    .groupBy(positions.id);
  return rows
    .filter((r) => r.maxUsd > 0)
    .map((r) => ({
      source: 'posted_band' as const,
      year: (r.publishedAt ?? r.createdAt).getUTCFullYear(),
      roleFamily: r.roleFamily as SalaryRoleFamily,
      level: r.level as Level,
      country: r.country,
      region: regionOfCountry(r.country),
      totalUsd: (r.minUsd + r.maxUsd) / 2,
      skills: r.skills,
    }));
}

/** A cheap fingerprint of the measured records: a change means the index must be rebuilt. */
export async function measuredSignature(db: Db): Promise<string> {
  const [row] = await db
    .select({
      n: sql<number>`count(*)::int`,
      last: sql<number>`coalesce(max(${salaryRecords.id}), 0)::bigint`,
    })
    .from(salaryRecords);
  return `${row?.n ?? 0}:${row?.last ?? 0}`;
}
