import type { z } from 'zod';
import {
  type AuditEntry,
  auditResponse,
  type decisionBody,
  type OrganisationView,
  organisationListResponse,
  organisationViewSchema,
  type registrationStatusSchema,
} from '../../../src/contracts/organisations.js';
import {
  fxRatesResponse,
  type PositionView,
  positionListResponse,
  positionViewSchema,
} from '../../../src/contracts/positions.js';
import { requestJson } from './client';
import type { FxRate } from './positions';

export type Decision = z.infer<typeof decisionBody>;
export type RegistrationStatus = z.infer<typeof registrationStatusSchema>;
export type FundingQueue = 'attested' | 'verified' | 'rejected';

/** Organisations by the state of their registration review (pending first, by default). */
export async function fetchOrganisationQueue(
  status: RegistrationStatus = 'pending',
): Promise<OrganisationView[]> {
  return (await requestJson('GET', `/api/admin/organisations?status=${status}`, organisationListResponse))
    .organisations;
}

/** Approves or rejects a registration; a rejection needs a reason the employer will read. */
export function decideOrganisation(id: string, decision: Decision): Promise<OrganisationView> {
  const path = `/api/admin/organisations/${encodeURIComponent(id)}/decision`;
  return requestJson('POST', path, organisationViewSchema, decision);
}

export async function fetchFundingQueue(funding: FundingQueue = 'attested'): Promise<PositionView[]> {
  return (await requestJson('GET', `/api/admin/positions?funding=${funding}`, positionListResponse))
    .positions;
}

/** Approving funding also opens the position. */
export function decideFunding(id: string, decision: Decision): Promise<PositionView> {
  const path = `/api/admin/positions/${encodeURIComponent(id)}/funding-decision`;
  return requestJson('POST', path, positionViewSchema, decision);
}

export async function fetchAdminAudit(): Promise<AuditEntry[]> {
  return (await requestJson('GET', '/api/admin/audit', auditResponse)).entries;
}

export async function updateFxRate(currency: string, ratePerUsd: number, asOf: string): Promise<FxRate[]> {
  const path = `/api/admin/fx-rates/${encodeURIComponent(currency)}`;
  return (await requestJson('PUT', path, fxRatesResponse, { ratePerUsd, asOf })).rates;
}
