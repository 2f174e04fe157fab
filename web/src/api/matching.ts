import { z } from 'zod';
import {
  candidateMatchesResponse,
  type dismissReasonSchema,
  jobMatchesResponse,
  type MatchResultView,
  type matchActionBody,
  type matchActionSchema,
  matchResultSchema,
  type ScoredMatchView,
} from '../../../src/contracts/matching.js';
import { positionViewSchema } from '../../../src/contracts/positions.js';
import { requestJson } from './client';

export type { MatchResultView, ScoredMatchView };
export type MatchComponent = ScoredMatchView['components'][number];
export type MatchImprovement = ScoredMatchView['improvements'][number];
/** A hard filter's verdict: its code, the English rule and the rule's particulars. */
export type MatchExclusion = Extract<MatchResultView, { excluded: object }>['excluded'];
export type ExclusionParticulars = MatchExclusion['particulars'];
export type JobMatch = z.infer<typeof jobMatchesResponse>['matches'][number];
export type CandidateMatch = z.infer<typeof candidateMatchesResponse>['candidates'][number];
export type MatchAction = z.infer<typeof matchActionSchema>;
export type DismissReason = z.infer<typeof dismissReasonSchema>;
export type MatchActionBody = z.infer<typeof matchActionBody>;
export type RecordedAction = NonNullable<CandidateMatch['action']>;

/** One page of a ranking: the items and where the next page starts (null at the end). */
export interface MatchPage<T> {
  items: T[];
  nextOffset: number | null;
}

// The action route declares its 201 body inline; it is the same shape as a ranked row's latest action.
const recordedActionSchema = candidateMatchesResponse.shape.candidates.element.shape.action.unwrap();

/** Lists travel comma-separated; empty filters are left out, as the API's defaults are "any". */
function queryString(query: Record<string, string | number | readonly string[] | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    const text = typeof value === 'object' ? value.join(',') : String(value);
    if (text !== '') params.set(key, text);
  }
  return params.toString();
}

export interface JobMatchQuery {
  limit: number;
  offset: number;
  roleFamily?: readonly string[];
  country?: readonly string[];
  workplace?: readonly string[];
  skills?: readonly string[];
}

/** Open positions for the signed-in candidate, best match first. */
export async function fetchJobMatches(query: JobMatchQuery): Promise<MatchPage<JobMatch>> {
  const page = await requestJson('GET', `/api/matches/jobs?${queryString({ ...query })}`, jobMatchesResponse);
  return { items: page.matches, nextOffset: page.nextOffset };
}

export interface CandidateMatchQuery {
  limit: number;
  offset: number;
  country?: readonly string[];
  level?: readonly string[];
  minScore?: number;
  skills?: readonly string[];
}

/** Candidates for one of the organisation's positions, best match first. */
export async function fetchCandidateMatches(
  positionId: string,
  query: CandidateMatchQuery,
): Promise<MatchPage<CandidateMatch>> {
  const page = await requestJson(
    'GET',
    `/api/positions/${encodeURIComponent(positionId)}/candidates?${queryString({ ...query })}`,
    candidateMatchesResponse,
  );
  return { items: page.candidates, nextOffset: page.nextOffset };
}

/**
 * One pair explained. A candidate leaves out candidateId and learns about their own match, or which
 * hard filter excluded it.
 */
export function explainMatch(positionId: string, candidateId?: string): Promise<MatchResultView> {
  return requestJson(
    'GET',
    `/api/matches/explain?${queryString({ positionId, candidateId })}`,
    matchResultSchema,
  );
}

/** Saves, shortlists or dismisses (with a reason) a ranked candidate. */
export function recordMatchAction(
  positionId: string,
  candidateId: string,
  body: MatchActionBody,
): Promise<RecordedAction> {
  return requestJson(
    'POST',
    `/api/positions/${encodeURIComponent(positionId)}/candidates/${encodeURIComponent(candidateId)}/actions`,
    recordedActionSchema,
    body,
  );
}

const openPositionRef = positionViewSchema.pick({ id: true, slug: true, title: true }).extend({
  organisation: z.object({ name: z.string() }),
});
export type PositionRef = z.infer<typeof openPositionRef>;

/**
 * An open position by the slug of its public page (for "Why not?" with a pasted job link), or by
 * its id (the API takes either).
 */
export function fetchOpenPosition(key: string): Promise<PositionRef> {
  return requestJson('GET', `/api/jobs/${encodeURIComponent(key)}`, openPositionRef);
}
