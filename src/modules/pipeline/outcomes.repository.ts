// The rows the outcome metrics are computed from, platform-wide or for one organisation. Engagement
// arrives grouped by portfolio facts, so a million candidates become a handful of cohorts.
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import {
  applicationEvents,
  applications,
  candidateProfiles,
  introductions,
  matchActions,
  offers,
  positions,
  profileItems,
  profileViews,
} from '../../db/schema/index.js';

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;
const inScope = (column: SQL, organisationId: string | null) =>
  organisationId === null ? sql`true` : sql`${column} = ${organisationId}`;

/**
 * Accepted offers with the open-to-work date each kept at acceptance (accepting switches it off on
 * the profile; migration 0009 filled it in for offers accepted before).
 */
export async function hireRows(db: Db, organisationId: string | null) {
  const result = await db.execute(sql`
    select o.open_to_work_since, o.decided_at
    from ${offers} o
    join ${applications} a on a.id = o.application_id
    where o.status = 'accepted' and o.decided_at is not null
      and ${inScope(sql`a.organisation_id`, organisationId)}`);
  return rowsOf<{ open_to_work_since: string | Date | null; decided_at: string | Date }>(result).map((r) => ({
    openToWorkSince: r.open_to_work_since === null ? null : new Date(r.open_to_work_since),
    offerAcceptedAt: new Date(r.decided_at),
  }));
}

/** Candidates' own applications: when each came and when the organisation first answered. */
export async function responseRows(db: Db, organisationId: string | null) {
  const result = await db.execute(sql`
    select a.created_at, a.first_response_at from ${applications} a
    where a.origin = 'applied' and ${inScope(sql`a.organisation_id`, organisationId)}`);
  return rowsOf<{ created_at: string | Date; first_response_at: string | Date | null }>(result).map((r) => ({
    createdAt: new Date(r.created_at),
    firstResponseAt: r.first_response_at === null ? null : new Date(r.first_response_at),
  }));
}

/** The stages each application passed through, from its events. */
export async function stagePaths(db: Db, organisationId: string | null): Promise<string[][]> {
  const result = await db.execute(sql`
    select string_agg(e.to_stage, ',') as stages
    from ${applicationEvents} e join ${applications} a on a.id = e.application_id
    where ${inScope(sql`a.organisation_id`, organisationId)}
    group by e.application_id`);
  return rowsOf<{ stages: string }>(result).map((r) => r.stages.split(','));
}

/** Closed applications by how they closed; rejections by their reason. */
export async function closureCounts(db: Db, organisationId: string | null) {
  const result = await db.execute(sql`
    select case when a.closed_reason = 'rejected'
             then 'rejected.' || coalesce(a.rejection_reason, 'other') else a.closed_reason end as reason,
           count(*)::int as n
    from ${applications} a
    where a.stage = 'closed' and ${inScope(sql`a.organisation_id`, organisationId)}
    group by 1 order by 2 desc, 1`);
  return rowsOf<{ reason: string; n: number }>(result).map((r) => ({ reason: r.reason, count: Number(r.n) }));
}

/**
 * Visible candidates grouped by whether they show a project and a measured one (results and a link,
 * as the completeness rule counts a portfolio), with the recruiter actions they received: from every
 * organisation, or from one.
 */
export async function engagementCohorts(db: Db, organisationId: string | null) {
  const result = await db.execute(sql`
    with facts as (
      select c.user_id,
        exists (select 1 from ${profileItems} i where i.user_id = c.user_id and i.kind = 'project') as has_project,
        exists (select 1 from ${profileItems} i where i.user_id = c.user_id and i.kind = 'project'
          and jsonb_array_length(coalesce(i.data->'results', '[]'::jsonb)) > 0
          and exists (select 1 from jsonb_each_text(coalesce(i.data->'links', '{}'::jsonb)) l
                      where coalesce(l.value, '') <> '')) as has_measured
      from ${candidateProfiles} c where c.visibility <> 'hidden'
    ),
    views as (
      select candidate_id, count(*) as n from ${profileViews} v
      where ${inScope(sql`v.organisation_id`, organisationId)} group by candidate_id
    ),
    actions as (
      select m.candidate_id,
        count(*) filter (where m.action = 'save') as saves,
        count(*) filter (where m.action = 'shortlist') as shortlists
      from ${matchActions} m join ${positions} p on p.id = m.position_id
      where ${inScope(sql`p.organisation_id`, organisationId)} group by m.candidate_id
    ),
    intros as (
      select candidate_id, count(*) as n from ${introductions} r
      where ${inScope(sql`r.organisation_id`, organisationId)} group by candidate_id
    )
    select f.has_project, f.has_measured, count(*)::int as candidates,
      coalesce(sum(v.n), 0)::int as views, coalesce(sum(a.saves), 0)::int as saves,
      coalesce(sum(a.shortlists), 0)::int as shortlists, coalesce(sum(r.n), 0)::int as intros
    from facts f
    left join views v on v.candidate_id = f.user_id
    left join actions a on a.candidate_id = f.user_id
    left join intros r on r.candidate_id = f.user_id
    group by f.has_project, f.has_measured`);
  return rowsOf<{
    has_project: boolean;
    has_measured: boolean;
    candidates: number;
    views: number;
    saves: number;
    shortlists: number;
    intros: number;
  }>(result).map((r) => ({
    hasProject: r.has_project,
    hasMeasuredProject: r.has_measured,
    candidates: Number(r.candidates),
    views: Number(r.views),
    saves: Number(r.saves),
    shortlists: Number(r.shortlists),
    introductionRequests: Number(r.intros),
  }));
}
