import { z } from 'zod';
import {
  type createPositionBody,
  type fundingBody,
  type fxRateSchema,
  fxRatesResponse,
  jobImportResponse,
  type PositionBody,
  type PositionSearchQuery,
  type PositionStatus,
  type PositionSummary,
  type PositionView,
  positionSearchResponse,
  positionViewSchema,
  type TransitionBody,
} from '../../../src/contracts/positions.js';
import { requestJson } from './client';

export type { PositionBody, PositionStatus, PositionSummary, PositionView, TransitionBody };
export type CreatePositionBody = z.infer<typeof createPositionBody>;
export type FundingBody = z.infer<typeof fundingBody>;
export type FxRate = z.infer<typeof fxRateSchema>;

// The markdown preview's answer has no shared schema in src/contracts; the route declares this shape inline.
const markdownPreviewResponse = z.object({ html: z.string() });
export type JobImportResult = z.infer<typeof jobImportResponse>;

const base = (id: string) => `/api/positions/${encodeURIComponent(id)}`;

/** Creates a draft position in an organisation. */
export function createPosition(body: CreatePositionBody): Promise<PositionView> {
  return requestJson('POST', '/api/positions', positionViewSchema, body);
}

export function updatePosition(id: string, body: PositionBody): Promise<PositionView> {
  return requestJson('PUT', base(id), positionViewSchema, body);
}

export function fetchPosition(id: string): Promise<PositionView> {
  return requestJson('GET', base(id), positionViewSchema);
}

/** A hiring manager or owner vouches that the headcount and budget are approved. */
export function attestFunding(id: string, body: FundingBody): Promise<PositionView> {
  return requestJson('POST', `${base(id)}/funding`, positionViewSchema, body);
}

/** Moves a position through its life: submit, withdraw, pause, resume, close, renew. */
export function transitionPosition(id: string, body: TransitionBody): Promise<PositionView> {
  return requestJson('POST', `${base(id)}/transitions`, positionViewSchema, body);
}

/** The position as a JSON Resume job document, handed to the person as a file. */
export function fetchJobDocument(id: string): Promise<Record<string, unknown>> {
  return requestJson('GET', `${base(id)}/job.json`, z.record(z.string(), z.unknown()));
}

/** Creates a draft from a JSON Resume job document, reporting what could not be used. */
export function importJob(organisationId: string, job: unknown): Promise<JobImportResult> {
  return requestJson('POST', '/api/positions/import-job', jobImportResponse, { organisationId, job });
}

/** Markdown rendered and sanitised by the server, exactly as the public page will show it. */
export async function previewMarkdown(text: string): Promise<string> {
  return (await requestJson('POST', '/api/markdown/preview', markdownPreviewResponse, { text })).html;
}

export type JobSearch = Partial<Record<keyof PositionSearchQuery, string>>;

/** The public job search; every filter travels as the query string the API documents. */
export async function searchJobs(
  query: JobSearch,
): Promise<{ positions: PositionSummary[]; nextCursor: string | null }> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  return requestJson('GET', `/api/jobs?${params}`, positionSearchResponse);
}

/** The rates every converted salary figure uses (public). */
export async function fetchFxRates(): Promise<FxRate[]> {
  return (await requestJson('GET', '/api/fx-rates', fxRatesResponse)).rates;
}
