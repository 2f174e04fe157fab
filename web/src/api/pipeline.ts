import type { z } from 'zod';
import {
  type IntroductionView,
  introductionSchema,
  introductionsResponse,
  type OfferBody,
  type OfferView,
  offerSchema,
  type PipelineApplication,
  pipelineApplicationSchema,
  pipelineResponse,
  type RejectionReason,
  type Stage,
  waitingResponse,
} from '../../../src/contracts/pipeline.js';
import { requestJson } from './client';

export type { OfferBody, PipelineApplication };
export type Pipeline = z.infer<typeof pipelineResponse>;
export type Waiting = z.infer<typeof waitingResponse>;

const id = (value: string) => encodeURIComponent(value);

/** A position's applications by stage (members of its organisation only). */
export function fetchPipeline(positionId: string): Promise<Pipeline> {
  return requestJson('GET', `/api/positions/${id(positionId)}/pipeline`, pipelineResponse);
}

/** The introductions a position asked for and their answers. */
export async function fetchPositionIntroductions(positionId: string): Promise<IntroductionView[]> {
  return (await requestJson('GET', `/api/positions/${id(positionId)}/introductions`, introductionsResponse))
    .introductions;
}

/** Asks to be introduced to a ranked candidate; the message is required. */
export function requestIntroduction(
  positionId: string,
  candidateId: string,
  message: string,
): Promise<IntroductionView> {
  return requestJson('POST', `/api/positions/${id(positionId)}/introductions`, introductionSchema, {
    candidateId,
    message,
  });
}

/** Withdraws a pending introduction request (final for that position). */
export function cancelIntroduction(introductionId: string): Promise<IntroductionView> {
  return requestJson('POST', `/api/introductions/${id(introductionId)}/cancel`, introductionSchema, {});
}

export function moveApplication(applicationId: string, to: Stage): Promise<PipelineApplication> {
  return requestJson('POST', `/api/applications/${id(applicationId)}/moves`, pipelineApplicationSchema, {
    to,
  });
}

export function rejectApplication(
  applicationId: string,
  body: { reason: RejectionReason; note?: string },
): Promise<PipelineApplication> {
  return requestJson(
    'POST',
    `/api/applications/${id(applicationId)}/rejection`,
    pipelineApplicationSchema,
    body,
  );
}

export function makeOffer(applicationId: string, body: OfferBody): Promise<OfferView> {
  return requestJson('POST', `/api/applications/${id(applicationId)}/offers`, offerSchema, body);
}

/** The organisation's applications that have waited on it more than five business days. */
export function fetchWaiting(organisationId: string): Promise<Waiting> {
  return requestJson('GET', `/api/organisations/${id(organisationId)}/pipeline/waiting`, waitingResponse);
}
