import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { callApi, createVerifiedAccount, type E2eAccount, signInThroughApi } from './accounts.js';
import type { E2eServer } from './server.js';

/** A day in the future as YYYY-MM-DD (UTC). */
export function dayAhead(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** An employer organisation in the UAE (11-50 people) that proves `domain` by mail to hr@domain. */
export interface OrganisationSetup {
  name: string;
  domain: string;
  city: string;
  industry: string;
  description: string;
  registrationNumber: string;
}

/** A mid-level, hybrid, full-time ML engineer position in the UAE, paid in AED a month, tax free. */
export interface PositionSetup {
  title: string;
  description: string;
  city: string;
  requiredSkills: { skillId: string; minProficiency: number }[];
  salary: { min: number; max: number };
  headcount: number;
  /** The funding request's yearly budget, in AED. */
  budget: { min: number; max: number };
}

export interface MarketplaceSetup {
  employer: E2eAccount;
  /** Made here (server.createAdmin), so once a server. */
  admin: E2eAccount;
  organisation: OrganisationSetup;
  positions: PositionSetup[];
}

/**
 * Through the API, on one page (one identity at a time): an employer account with a verified
 * organisation (domain confirmed by mail, registration sent, approved by an administrator) and its
 * positions funded, submitted and opened by that administrator. Both end signed out.
 */
export async function verifiedOrganisationWithOpenPositions(
  server: E2eServer,
  page: Page,
  setup: MarketplaceSetup,
): Promise<{ organisationId: string; positionIds: string[] }> {
  await createVerifiedAccount(server, page, setup.employer, 'employer');
  await signInThroughApi(server, page, setup.employer);
  const organisationId = await registerOrganisation(server, page, setup.organisation);
  const positionIds: string[] = [];
  for (const position of setup.positions) {
    positionIds.push(await submitFundedPosition(page, organisationId, position));
  }
  await signOut(page);

  await server.createAdmin(setup.admin);
  await signInThroughApi(server, page, setup.admin);
  await approveOrganisation(page, organisationId);
  for (const id of positionIds) await approveFunding(page, id);
  await signOut(page);
  return { organisationId, positionIds };
}

/** Creates the organisation, confirms its domain from the outbox mail and sends its registration. */
async function registerOrganisation(server: E2eServer, page: Page, org: OrganisationSetup): Promise<string> {
  const { domain } = org;
  const organisation = await callApi<{ id: string }>(page, 'POST', '/api/organisations', {
    name: org.name,
    website: `https://${domain}`,
    emailDomains: [domain],
    country: 'AE',
    city: org.city,
    size: '11-50',
    industry: org.industry,
    description: org.description,
  });
  expect(organisation.status, JSON.stringify(organisation.body)).toBe(201);
  const organisationId = organisation.body.id;

  const sent = await callApi(page, 'POST', `/api/organisations/${organisationId}/domain-verification`, {
    email: `hr@${domain}`,
  });
  expect(sent.status, JSON.stringify(sent.body)).toBe(202);
  const domainMail = await server.latestMailTo(`hr@${domain}`);
  const domainLink = domainMail.text.match(/https?:\/\/\S+\/organisation\/verify-domain\?token=\S+/)?.[0];
  expect(domainLink, domainMail.text).toBeTruthy();
  const confirmed = await callApi<{ domainVerification: { status: string } }>(
    page,
    'POST',
    '/api/domain-verification/confirm',
    { token: new URL(domainLink ?? '').searchParams.get('token') },
  );
  expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
  expect(confirmed.body.domainVerification.status).toBe('verified');

  const registration = await callApi(page, 'POST', `/api/organisations/${organisationId}/registration`, {
    registrationNumber: org.registrationNumber,
    country: 'AE',
    website: `https://${domain}`,
  });
  expect(registration.status, JSON.stringify(registration.body)).toBe(200);
  return organisationId;
}

/** A funded position submitted for review (an administrator opens it). */
async function submitFundedPosition(
  page: Page,
  organisationId: string,
  spec: PositionSetup,
): Promise<string> {
  const position = await callApi<{ id: string }>(page, 'POST', '/api/positions', {
    organisationId,
    title: spec.title,
    roleFamily: 'ml_engineer',
    level: 'mid',
    description: spec.description,
    requiredSkills: spec.requiredSkills,
    niceToHaveSkills: [],
    locations: [{ country: 'AE', city: spec.city }],
    workplace: 'hybrid',
    remoteCountries: [],
    visaSponsorship: true,
    relocationSupport: false,
    salary: { ...spec.salary, currency: 'AED', period: 'month' },
    package: { housing: 0, transport: 0, annualFlights: 0, education: 0, other: 0, taxFree: true },
    headcount: spec.headcount,
    employmentType: 'FULL_TIME',
    validThrough: dayAhead(30),
  });
  expect(position.status, JSON.stringify(position.body)).toBe(201);
  const id = position.body.id;

  const funding = await callApi(page, 'POST', `/api/positions/${id}/funding`, {
    headcount: spec.headcount,
    budgetMin: spec.budget.min,
    budgetMax: spec.budget.max,
    budgetCurrency: 'AED',
  });
  expect(funding.status, JSON.stringify(funding.body)).toBe(200);
  const submitted = await callApi<{ status: string }>(page, 'POST', `/api/positions/${id}/transitions`, {
    action: 'submit',
  });
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
  expect(submitted.body.status).toBe('pending_review');
  return id;
}

async function approveOrganisation(page: Page, organisationId: string): Promise<void> {
  const approved = await callApi<{ verified: boolean }>(
    page,
    'POST',
    `/api/admin/organisations/${organisationId}/decision`,
    { decision: 'approve' },
  );
  expect(approved.status, JSON.stringify(approved.body)).toBe(200);
  expect(approved.body.verified).toBe(true);
}

async function approveFunding(page: Page, positionId: string): Promise<void> {
  const funded = await callApi<{ status: string; badges: Record<string, boolean> }>(
    page,
    'POST',
    `/api/admin/positions/${positionId}/funding-decision`,
    { decision: 'approve' },
  );
  expect(funded.status, JSON.stringify(funded.body)).toBe(200);
  expect(funded.body.status).toBe('open');
  expect(funded.body.badges).toEqual({ verifiedEmployer: true, verifiedFunded: true });
}

async function signOut(page: Page): Promise<void> {
  expect((await callApi(page, 'POST', '/api/auth/sign-out')).status).toBe(204);
}
