import type { z } from 'zod';
import {
  activityResponse,
  type CandidateApplication,
  candidateApplicationSchema,
  candidateApplicationsResponse,
  type DeclineReason,
  type IntroductionView,
  introductionSchema,
  introductionsResponse,
  type OfferView,
  offerSchema,
  type WithdrawalReason,
} from '../../../src/contracts/pipeline.js';
import { requestJson } from './client';

export type { CandidateApplication, IntroductionView, OfferView };
export type Activity = z.infer<typeof activityResponse>;

const id = (value: string) => encodeURIComponent(value);

/** Applies to an open position with a note; the API refuses a second application and closed positions. */
export function applyToPosition(positionId: string, note: string): Promise<CandidateApplication> {
  return requestJson('POST', '/api/applications', candidateApplicationSchema, { positionId, note });
}

/** The signed-in candidate's applications with their timelines, offers and each organisation's figures. */
export async function fetchMyApplications(): Promise<CandidateApplication[]> {
  return (await requestJson('GET', '/api/applications', candidateApplicationsResponse)).applications;
}

export function withdrawApplication(
  applicationId: string,
  body: { reason?: WithdrawalReason; note?: string },
): Promise<CandidateApplication> {
  return requestJson(
    'POST',
    `/api/applications/${id(applicationId)}/withdraw`,
    candidateApplicationSchema,
    body,
  );
}

/** Introduction requests addressed to the candidate, pending first. */
export async function fetchMyIntroductions(): Promise<IntroductionView[]> {
  return (await requestJson('GET', '/api/introductions', introductionsResponse)).introductions;
}

/** Accepting reveals the candidate's identity to that organisation only. */
export function acceptIntroduction(introductionId: string): Promise<IntroductionView> {
  return requestJson('POST', `/api/introductions/${id(introductionId)}/accept`, introductionSchema);
}

export function declineIntroduction(
  introductionId: string,
  body: { reason?: DeclineReason; note?: string },
): Promise<IntroductionView> {
  return requestJson('POST', `/api/introductions/${id(introductionId)}/decline`, introductionSchema, body);
}

export function acceptOffer(offerId: string, shareWithBenchmarks: boolean): Promise<OfferView> {
  return requestJson('POST', `/api/offers/${id(offerId)}/accept`, offerSchema, { shareWithBenchmarks });
}

export function declineOffer(offerId: string, note?: string): Promise<OfferView> {
  return requestJson('POST', `/api/offers/${id(offerId)}/decline`, offerSchema, note ? { note } : {});
}

/** Who viewed the candidate's profile, and how often they were saved, shortlisted or asked. */
export function fetchMyActivity(): Promise<Activity> {
  return requestJson('GET', '/api/activity', activityResponse);
}
