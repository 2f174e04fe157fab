import { and, eq, gte, inArray, isNotNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { organisations, positionSkills, positions } from '../../db/schema/index.js';

export interface SearchFilters {
  /** The day the search runs; positions whose last day is before it are out. */
  today: string;
  q?: string | undefined;
  roleFamilies?: readonly string[] | undefined;
  levels?: readonly string[] | undefined;
  /** Where the role is, or (remote roles) where a hire may live. */
  countries?: readonly string[] | undefined;
  workplaces?: readonly string[] | undefined;
  visaSponsorship?: boolean | undefined;
  /** Yearly USD the band's top must reach. */
  minSalaryUsd?: number | undefined;
  /** Every one of these skills is required or nice-to-have. */
  skills?: readonly string[] | undefined;
}

export type SearchSort = 'relevance' | 'date' | 'salary';

/** Where the last page ended: the sort key's value and the id, for keyset pagination. */
export interface SearchCursor {
  value: number;
  id: string;
}

export interface SearchHit {
  id: string;
  sortValue: number;
}

const textArray = (values: readonly string[]) =>
  sql`array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;

/**
 * The one query behind public search: only open, funding-verified positions of verified
 * organisations that have not run out, filtered, ranked and cut by keyset (value, id) so a page
 * costs the same however deep it is.
 */
export async function searchPositions(
  db: Db,
  filters: SearchFilters,
  sort: SearchSort,
  cursor: SearchCursor | null,
  limit: number,
): Promise<SearchHit[]> {
  const query = filters.q ? sql`websearch_to_tsquery('english', ${filters.q})` : null;
  const conditions: Array<SQL | undefined> = [
    eq(positions.status, 'open'),
    eq(positions.fundingStatus, 'verified'),
    isNotNull(organisations.verifiedAt),
    gte(positions.validThrough, filters.today),
  ];
  if (query) conditions.push(sql`${positions.searchVector} @@ ${query}`);
  if (filters.roleFamilies?.length) conditions.push(inArray(positions.roleFamily, [...filters.roleFamilies]));
  if (filters.levels?.length) {
    conditions.push(
      inArray(positions.level, [...(filters.levels as Array<'junior' | 'mid' | 'senior' | 'staff'>)]),
    );
  }
  if (filters.countries?.length) {
    const list = textArray(filters.countries);
    conditions.push(
      sql`(${positions.countries} ?| ${list} or (${positions.workplace} = 'remote' and ${positions.remoteCountries} ?| ${list}))`,
    );
  }
  if (filters.workplaces?.length) {
    conditions.push(
      inArray(positions.workplace, [...(filters.workplaces as Array<'onsite' | 'hybrid' | 'remote'>)]),
    );
  }
  if (filters.visaSponsorship !== undefined)
    conditions.push(eq(positions.visaSponsorship, filters.visaSponsorship));
  if (filters.minSalaryUsd !== undefined) conditions.push(gte(positions.salaryMaxUsd, filters.minSalaryUsd));
  if (filters.skills?.length) {
    conditions.push(
      sql`(select count(*) from ${positionSkills} where ${positionSkills.positionId} = ${positions.id}
        and ${positionSkills.skillId} = any(${textArray(filters.skills)})) = ${filters.skills.length}`,
    );
  }

  const key =
    sort === 'salary'
      ? sql<number>`${positions.salaryMaxUsd}`
      : sort === 'relevance' && query
        ? sql<number>`ts_rank(${positions.searchVector}, ${query})::float8`
        : sql<number>`extract(epoch from ${positions.publishedAt})::float8`;
  if (cursor) conditions.push(sql`(${key}, ${positions.id}) < (${cursor.value}::float8, ${cursor.id}::uuid)`);

  const rows = await db
    .select({ id: positions.id, sortValue: key })
    .from(positions)
    .innerJoin(organisations, eq(organisations.id, positions.organisationId))
    .where(and(...conditions))
    .orderBy(sql`${key} desc`, sql`${positions.id} desc`)
    .limit(limit);
  return rows.map((r) => ({ id: r.id, sortValue: Number(r.sortValue) }));
}
