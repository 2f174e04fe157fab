// Test data for the pipeline's integration tests: candidates with profiles, applications and
// introductions made through the real API.
import { expect } from 'vitest';
import type { TestContext } from '../../../test/support/context.js';
import { openPosition, signedInClient } from '../../../test/support/factories.js';

/** A signed-in candidate with a profile in the given visibility. */
export async function candidateWithProfile(
  ctx: TestContext,
  visibility: 'verified_employers' | 'anonymous' | 'hidden' = 'verified_employers',
  displayName = 'Layla Haddad',
) {
  const signed = await signedInClient(ctx, { accountType: 'candidate', displayName });
  const basics = await signed.client.request('PUT', '/api/profile/basics', {
    headline: 'ML engineer',
    summary: '',
    country: 'AE',
    city: 'Dubai',
    yearsExperience: 5,
    languages: [],
  });
  expect(basics.statusCode, basics.body).toBe(200);
  if (visibility !== 'verified_employers') {
    const response = await signed.client.request('PUT', '/api/profile/visibility', {
      visibility,
      blockedDomains: [],
    });
    expect(response.statusCode, response.body).toBe(200);
  }
  return signed;
}

/** An open position and a candidate who applied to it. */
export async function appliedCandidate(ctx: TestContext) {
  const opened = await openPosition(ctx);
  const candidate = await candidateWithProfile(ctx);
  const response = await candidate.client.post('/api/applications', {
    positionId: opened.position.id,
    note: 'I built Gulf Arabic ASR at my last job.',
  });
  expect(response.statusCode, response.body).toBe(201);
  return { ...opened, candidate, applicationId: response.json<{ id: string }>().id };
}

/** Moves an application through the given stages as a member; each step must succeed. */
export async function moveThrough(
  client: { post(url: string, body?: unknown): Promise<{ statusCode: number; body: string }> },
  applicationId: string,
  stages: readonly string[],
) {
  for (const to of stages) {
    const response = await client.post(`/api/applications/${applicationId}/moves`, { to });
    expect(response.statusCode, response.body).toBe(200);
  }
}
