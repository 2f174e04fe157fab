import { z } from 'zod';
import type { MemberRole } from '../../../src/contracts/organisations.js';
import {
  type AuditEntry,
  auditResponse,
  invitationSchema,
  invitationsResponse,
  membersResponse,
  type OrganisationBody,
  type OrganisationView,
  organisationListResponse,
  organisationViewSchema,
  type registrationBody,
} from '../../../src/contracts/organisations.js';
import { type PositionView, positionListResponse } from '../../../src/contracts/positions.js';
import { requestJson, requestVoid } from './client';

export type { AuditEntry, MemberRole, OrganisationBody, OrganisationView };
export type Member = z.infer<typeof membersResponse>['members'][number];
export type Invitation = z.infer<typeof invitationSchema>;
export type RegistrationBody = z.infer<typeof registrationBody>;

// The 202 answer to a domain-verification request has no shared schema; it only names the address.
const domainVerificationSent = z.object({ sentTo: z.string() });

const base = (id: string) => `/api/organisations/${encodeURIComponent(id)}`;

/** Creates an organisation; the signed-in employer becomes its owner. */
export function createOrganisation(body: OrganisationBody): Promise<OrganisationView> {
  return requestJson('POST', '/api/organisations', organisationViewSchema, body);
}

/** The organisations the signed-in person is a member of. */
export async function fetchMyOrganisations(): Promise<OrganisationView[]> {
  return (await requestJson('GET', '/api/organisations', organisationListResponse)).organisations;
}

export function fetchOrganisation(id: string): Promise<OrganisationView> {
  return requestJson('GET', base(id), organisationViewSchema);
}

export function updateOrganisation(id: string, body: OrganisationBody): Promise<OrganisationView> {
  return requestJson('PATCH', base(id), organisationViewSchema, body);
}

export async function fetchMembers(id: string): Promise<Member[]> {
  return (await requestJson('GET', `${base(id)}/members`, membersResponse)).members;
}

export async function changeMemberRole(id: string, userId: string, role: MemberRole): Promise<Member[]> {
  const path = `${base(id)}/members/${encodeURIComponent(userId)}`;
  return (await requestJson('PATCH', path, membersResponse, { role })).members;
}

/** Removes a member; with one's own id it is leaving the organisation. */
export function removeMember(id: string, userId: string): Promise<void> {
  return requestVoid('DELETE', `${base(id)}/members/${encodeURIComponent(userId)}`);
}

export async function fetchInvitations(id: string): Promise<Invitation[]> {
  return (await requestJson('GET', `${base(id)}/invitations`, invitationsResponse)).invitations;
}

export function inviteMember(id: string, email: string, role: MemberRole): Promise<Invitation> {
  return requestJson('POST', `${base(id)}/invitations`, invitationSchema, { email, role });
}

export function revokeInvitation(id: string, invitationId: string): Promise<void> {
  return requestVoid('DELETE', `${base(id)}/invitations/${encodeURIComponent(invitationId)}`);
}

/** Joins the organisation the invitation is for; only the invited address can accept it. */
export function acceptInvitation(token: string): Promise<OrganisationView> {
  return requestJson('POST', '/api/invitations/accept', organisationViewSchema, { token });
}

/** Mails a one-time link to an address at one of the organisation's domains. */
export async function requestDomainVerification(id: string, email: string): Promise<string> {
  return (await requestJson('POST', `${base(id)}/domain-verification`, domainVerificationSent, { email }))
    .sentTo;
}

export function confirmDomainVerification(token: string): Promise<OrganisationView> {
  return requestJson('POST', '/api/domain-verification/confirm', organisationViewSchema, { token });
}

/** Sends the commercial registration for an administrator to review. */
export function submitRegistration(id: string, body: RegistrationBody): Promise<OrganisationView> {
  return requestJson('POST', `${base(id)}/registration`, organisationViewSchema, body);
}

export async function fetchOrganisationAudit(id: string): Promise<AuditEntry[]> {
  return (await requestJson('GET', `${base(id)}/audit`, auditResponse)).entries;
}

/** Every position of the organisation, whatever its status: the employer's dashboard. */
export async function fetchOrganisationPositions(id: string): Promise<PositionView[]> {
  return (await requestJson('GET', `${base(id)}/positions`, positionListResponse)).positions;
}
