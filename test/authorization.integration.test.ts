import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { applications, introductions, offers } from '../src/db/schema/index.js';
import {
  appliedCandidate,
  candidateWithProfile,
  moveThrough,
} from '../src/modules/pipeline/pipeline.fixtures.js';
import type { Access } from '../src/server/types.js';
import { setupTestApp } from './support/context.js';
import { signedInClient, signedInEmployer, validPositionBody } from './support/factories.js';
import { applicationThread } from './support/threads.js';

const ctx = setupTestApp();

/**
 * Every API route and who may call it. The first test fails when a route is registered without an
 * entry here, so no future route can skip the authorization checks below.
 */
type OwnershipCheck = 'not-applicable' | ((c: typeof ctx) => Promise<void>);
const routes: Record<string, { access: Access; ownership: OwnershipCheck; why?: string }> = {
  'GET /api/health': { access: 'public', ownership: 'not-applicable' },
  'GET /api/ready': { access: 'public', ownership: 'not-applicable' },
  'GET /api/openapi.json': { access: 'public', ownership: 'not-applicable' },
  'GET /api/auth/csrf': { access: 'public', ownership: 'not-applicable' },
  'POST /api/auth/sign-up': { access: 'public', ownership: 'not-applicable' },
  'POST /api/auth/sign-in': { access: 'public', ownership: 'not-applicable' },
  'POST /api/auth/verify-email': {
    access: 'public',
    ownership: 'not-applicable',
    why: 'the token is the credential',
  },
  'POST /api/auth/resend-verification': { access: 'public', ownership: 'not-applicable' },
  'POST /api/auth/password-reset/request': { access: 'public', ownership: 'not-applicable' },
  'POST /api/auth/password-reset/confirm': {
    access: 'public',
    ownership: 'not-applicable',
    why: 'the token is the credential',
  },
  'POST /api/auth/sign-out': { access: 'user', ownership: 'not-applicable', why: 'acts on the caller only' },
  'GET /api/auth/me': { access: 'user', ownership: 'not-applicable', why: 'acts on the caller only' },
  'PATCH /api/auth/me': { access: 'user', ownership: 'not-applicable', why: 'acts on the caller only' },
  'GET /api/auth/sessions': {
    access: 'user',
    ownership: async (c) => {
      const a = await signedInClient(c);
      const b = await signedInClient(c);
      const seen = (await b.client.get('/api/auth/sessions')).json().sessions as Array<{ id: string }>;
      const mine = (await a.client.get('/api/auth/sessions')).json().sessions as Array<{ id: string }>;
      expect(seen.map((s) => s.id)).not.toContain(mine[0]?.id);
    },
  },
  'DELETE /api/auth/sessions/:id': {
    access: 'user',
    ownership: async (c) => {
      const a = await signedInClient(c);
      const b = await signedInClient(c);
      const [session] = (await a.client.get('/api/auth/sessions')).json().sessions as Array<{ id: string }>;
      const attempt = await b.client.delete(`/api/auth/sessions/${session?.id}`);
      expect(attempt.statusCode).toBe(404);
      expect((await a.client.get('/api/auth/me')).statusCode).toBe(200);
    },
  },
  'GET /api/profile': { access: 'candidate', ownership: 'not-applicable', why: 'acts on the caller only' },
  'PUT /api/profile/basics': {
    access: 'candidate',
    ownership: 'not-applicable',
    why: 'acts on the caller only',
  },
  'PUT /api/profile/goals': {
    access: 'candidate',
    ownership: 'not-applicable',
    why: 'acts on the caller only',
  },
  'PUT /api/profile/visibility': {
    access: 'candidate',
    ownership: 'not-applicable',
    why: 'acts on the caller only',
  },
  'PUT /api/profile/skills': {
    access: 'candidate',
    ownership: async (c) => {
      const { itemOf, other } = await twoCandidates(c);
      const response = await other.client.request('PUT', '/api/profile/skills', {
        skills: [{ skillId: 'python', proficiency: 3, years: null, lastUsed: null, evidence: [itemOf] }],
        customSkills: [],
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors[0].code).toBe('unknown_item');
    },
  },
  'POST /api/profile/items': {
    access: 'candidate',
    ownership: 'not-applicable',
    why: 'creates for the caller only',
  },
  'PUT /api/profile/items/:id': {
    access: 'candidate',
    ownership: async (c) => {
      const { itemOf, other } = await twoCandidates(c);
      expect((await other.client.request('PUT', `/api/profile/items/${itemOf}`, education)).statusCode).toBe(
        404,
      );
    },
  },
  'DELETE /api/profile/items/:id': {
    access: 'candidate',
    ownership: async (c) => {
      const { itemOf, other, owner } = await twoCandidates(c);
      expect((await other.client.delete(`/api/profile/items/${itemOf}`)).statusCode).toBe(404);
      expect((await owner.client.get('/api/profile')).json().items).toHaveLength(1);
    },
  },
  'GET /api/profile/completeness': {
    access: 'candidate',
    ownership: 'not-applicable',
    why: 'acts on the caller only',
  },
  'GET /api/profile/preview': {
    access: 'candidate',
    ownership: 'not-applicable',
    why: 'acts on the caller only',
  },
  'GET /api/candidates/:id': {
    access: 'employer',
    ownership: async (c) => {
      const { owner } = await twoCandidates(c);
      await owner.client.request('PUT', '/api/profile/visibility', {
        visibility: 'hidden',
        blockedDomains: [],
      });
      const employer = await signedInEmployer(c);
      expect((await employer.client.get(`/api/candidates/${owner.user.id}`)).statusCode).toBe(404);
    },
  },
  'POST /api/profile/import/json-resume': {
    access: 'candidate',
    ownership: 'not-applicable',
    why: 'writes the caller only',
  },
  'GET /api/profile/export/json-resume': {
    access: 'candidate',
    ownership: 'not-applicable',
    why: 'reads the caller only',
  },
  'GET /api/skills/search': { access: 'public', ownership: 'not-applicable', why: 'public taxonomy' },
  'POST /api/skills/extract': { access: 'user', ownership: 'not-applicable', why: 'public taxonomy' },
  'GET /api/account/data': { access: 'user', ownership: 'not-applicable', why: 'exports the caller only' },
  'DELETE /api/account': { access: 'user', ownership: 'not-applicable', why: 'deletes the caller only' },
  'GET /api/admin/overview': { access: 'admin', ownership: 'not-applicable', why: 'platform-wide' },
  'GET /api/admin/outbox': { access: 'admin', ownership: 'not-applicable', why: 'platform-wide' },
  'GET /api/admin/outbox/:id': { access: 'admin', ownership: 'not-applicable', why: 'platform-wide' },

  // Employers: B's members must not see or touch A's organisation, members, invitations or positions.
  'POST /api/organisations': {
    access: 'employer',
    ownership: 'not-applicable',
    why: 'creates for the caller',
  },
  'GET /api/organisations': {
    access: 'employer',
    ownership: async (c) => {
      const { b } = await twoEmployers(c);
      const listed = (await b.client.get('/api/organisations')).json().organisations as Array<{ id: string }>;
      expect(listed.map((o) => o.id)).toEqual([b.organisation.id]);
    },
  },
  'GET /api/organisations/:id': {
    access: 'employer',
    ownership: async (c) => {
      const { a, b } = await twoEmployers(c);
      expect((await b.client.get(`/api/organisations/${a.organisation.id}`)).statusCode).toBe(404);
    },
  },
  'PATCH /api/organisations/:id': {
    access: 'employer',
    ownership: async (c) => {
      const { a, b } = await twoEmployers(c);
      const body = { ...organisationBody, name: 'Hijacked' };
      expect(
        (await b.client.request('PATCH', `/api/organisations/${a.organisation.id}`, body)).statusCode,
      ).toBe(404);
      expect((await a.client.get(`/api/organisations/${a.organisation.id}`)).json().name).toBe(
        a.organisation.name,
      );
    },
  },
  'GET /api/organisations/:id/members': {
    access: 'employer',
    ownership: async (c) => {
      const { a, b } = await twoEmployers(c);
      expect((await b.client.get(`/api/organisations/${a.organisation.id}/members`)).statusCode).toBe(404);
    },
  },
  'PATCH /api/organisations/:id/members/:userId': {
    access: 'employer',
    ownership: async (c) => {
      const { a, b } = await twoEmployers(c);
      const url = `/api/organisations/${a.organisation.id}/members/${a.user.id}`;
      expect((await b.client.request('PATCH', url, { role: 'recruiter' })).statusCode).toBe(404);
      expect((await a.client.get(`/api/organisations/${a.organisation.id}`)).json().myRole).toBe('owner');
    },
  },
  'DELETE /api/organisations/:id/members/:userId': {
    access: 'employer',
    ownership: async (c) => {
      const { a, b } = await twoEmployers(c);
      expect(
        (await b.client.delete(`/api/organisations/${a.organisation.id}/members/${a.user.id}`)).statusCode,
      ).toBe(404);
      expect((await a.client.get(`/api/organisations/${a.organisation.id}`)).statusCode).toBe(200);
    },
  },
  'GET /api/organisations/:id/invitations': {
    access: 'employer',
    ownership: async (c) => {
      const { a, b } = await twoEmployers(c);
      expect((await b.client.get(`/api/organisations/${a.organisation.id}/invitations`)).statusCode).toBe(
        404,
      );
    },
  },
  'POST /api/organisations/:id/invitations': {
    access: 'employer',
    ownership: async (c) => {
      const { a, b } = await twoEmployers(c);
      const url = `/api/organisations/${a.organisation.id}/invitations`;
      expect((await b.client.post(url, { email: 'mole@example.test', role: 'owner' })).statusCode).toBe(404);
      expect((await a.client.get(url)).json().invitations).toEqual([]);
    },
  },
  'DELETE /api/organisations/:id/invitations/:invitationId': {
    access: 'employer',
    ownership: async (c) => {
      const { a, b } = await twoEmployers(c);
      const url = `/api/organisations/${a.organisation.id}/invitations`;
      const invitation = (await a.client.post(url, { email: 'new@example.test', role: 'recruiter' })).json();
      expect((await b.client.delete(`${url}/${invitation.id}`)).statusCode).toBe(404);
      expect((await a.client.get(url)).json().invitations).toHaveLength(1);
    },
  },
  'POST /api/invitations/accept': {
    access: 'user',
    ownership: async (c) => {
      const { a, b } = await twoEmployers(c);
      await a.client.post(`/api/organisations/${a.organisation.id}/invitations`, {
        email: 'invitee@example.test',
        role: 'recruiter',
      });
      const token = tokenIn((await c.smtp.waitFor('invitee@example.test')).text);
      expect((await b.client.post('/api/invitations/accept', { token })).statusCode).toBe(403);
      const members = (await a.client.get(`/api/organisations/${a.organisation.id}/members`)).json().members;
      expect(members).toHaveLength(1);
    },
  },
  'POST /api/organisations/:id/domain-verification': {
    access: 'employer',
    ownership: async (c) => {
      const { a, b } = await twoEmployers(c);
      const email = `hr@${a.organisation.emailDomain}`;
      const url = `/api/organisations/${a.organisation.id}/domain-verification`;
      expect((await b.client.post(url, { email })).statusCode).toBe(404);
    },
  },
  'POST /api/domain-verification/confirm': {
    access: 'employer',
    ownership: async (c) => {
      const { a, b } = await twoEmployers(c, { verifiedAt: null });
      const email = `hr@${a.organisation.emailDomain}`;
      await a.client.post(`/api/organisations/${a.organisation.id}/domain-verification`, { email });
      const token = tokenIn((await c.smtp.waitFor(email)).text);
      expect((await b.client.post('/api/domain-verification/confirm', { token })).statusCode).toBe(404);
      // The refused attempt did not use the token up.
      const confirmed = await a.client.post('/api/domain-verification/confirm', { token });
      expect(confirmed.json().domainVerification.status).toBe('verified');
    },
  },
  'POST /api/organisations/:id/registration': {
    access: 'employer',
    ownership: async (c) => {
      const { a, b } = await twoEmployers(c, { verifiedAt: null });
      const body = { registrationNumber: 'CN-999', country: 'AE', website: 'https://a.example' };
      expect(
        (await b.client.post(`/api/organisations/${a.organisation.id}/registration`, body)).statusCode,
      ).toBe(404);
      expect((await a.client.get(`/api/organisations/${a.organisation.id}`)).json().registration.status).toBe(
        'not_submitted',
      );
    },
  },
  'GET /api/organisations/:id/audit': {
    access: 'employer',
    ownership: async (c) => {
      const { a, b } = await twoEmployers(c);
      expect((await b.client.get(`/api/organisations/${a.organisation.id}/audit`)).statusCode).toBe(404);
    },
  },
  'GET /api/admin/organisations': { access: 'admin', ownership: 'not-applicable', why: 'platform-wide' },
  'POST /api/admin/organisations/:id/decision': {
    access: 'admin',
    ownership: 'not-applicable',
    why: 'platform-wide',
  },
  'GET /api/admin/audit': { access: 'admin', ownership: 'not-applicable', why: 'platform-wide' },
  'POST /api/positions': {
    access: 'employer',
    ownership: async (c) => {
      const { a, b } = await twoEmployers(c);
      const response = await b.client.post('/api/positions', {
        organisationId: a.organisation.id,
        ...validPositionBody(c),
      });
      expect(response.statusCode).toBe(404);
      expect(
        (await a.client.get(`/api/organisations/${a.organisation.id}/positions`)).json().positions,
      ).toHaveLength(1);
    },
  },
  'GET /api/organisations/:id/positions': {
    access: 'employer',
    ownership: async (c) => {
      const { a, b } = await twoEmployers(c);
      expect((await b.client.get(`/api/organisations/${a.organisation.id}/positions`)).statusCode).toBe(404);
    },
  },
  'GET /api/positions/:id': {
    access: 'employer',
    ownership: async (c) => {
      const { b, draft } = await twoEmployers(c);
      expect((await b.client.get(`/api/positions/${draft.id}`)).statusCode).toBe(404);
    },
  },
  'PUT /api/positions/:id': {
    access: 'employer',
    ownership: async (c) => {
      const { a, b, draft } = await twoEmployers(c);
      const body = validPositionBody(c, { title: 'Hijacked posting' });
      expect((await b.client.request('PUT', `/api/positions/${draft.id}`, body)).statusCode).toBe(404);
      expect((await a.client.get(`/api/positions/${draft.id}`)).json().title).toBe(draft.title);
    },
  },
  'POST /api/positions/:id/funding': {
    access: 'employer',
    ownership: async (c) => {
      const { a, b, draft } = await twoEmployers(c);
      const body = { headcount: 1, budgetMin: 1, budgetMax: 2, budgetCurrency: 'USD' };
      expect((await b.client.post(`/api/positions/${draft.id}/funding`, body)).statusCode).toBe(404);
      expect((await a.client.get(`/api/positions/${draft.id}`)).json().funding.status).toBe('none');
    },
  },
  'POST /api/positions/:id/transitions': {
    access: 'employer',
    ownership: async (c) => {
      const { a, b, draft } = await twoEmployers(c);
      const body = { action: 'close', reason: 'cancelled' };
      expect((await b.client.post(`/api/positions/${draft.id}/transitions`, body)).statusCode).toBe(404);
      expect((await a.client.get(`/api/positions/${draft.id}`)).json().status).toBe('draft');
    },
  },
  'GET /api/positions/:id/job.json': {
    access: 'employer',
    ownership: async (c) => {
      const { b, draft } = await twoEmployers(c);
      expect((await b.client.get(`/api/positions/${draft.id}/job.json`)).statusCode).toBe(404);
    },
  },
  'POST /api/positions/import-job': {
    access: 'employer',
    ownership: async (c) => {
      const { a, b } = await twoEmployers(c);
      const job = {
        title: 'Planted posting',
        salary: 'USD 100000 - 120000 per year',
        location: { countryCode: 'AE' },
      };
      const response = await b.client.post('/api/positions/import-job', {
        organisationId: a.organisation.id,
        job,
      });
      expect(response.statusCode).toBe(404);
      expect(
        (await a.client.get(`/api/organisations/${a.organisation.id}/positions`)).json().positions,
      ).toHaveLength(1);
    },
  },
  'GET /api/matches/jobs': {
    access: 'candidate',
    ownership: 'not-applicable',
    why: "ranks for the caller's own profile",
  },
  'GET /api/positions/:id/candidates': {
    access: 'employer',
    ownership: async (c) => {
      const { b, draft } = await twoEmployers(c);
      expect((await b.client.get(`/api/positions/${draft.id}/candidates`)).statusCode).toBe(404);
    },
  },
  'GET /api/matches/explain': {
    access: 'user',
    ownership: async (c) => {
      const { a, b, draft } = await twoEmployers(c);
      const { owner, other } = await twoCandidates(c);
      // Another organisation's position, and another candidate's pair, are not found.
      const url = `/api/matches/explain?positionId=${draft.id}&candidateId=${owner.user.id}`;
      expect((await b.client.get(url)).statusCode).toBe(404);
      expect((await other.client.get(url)).statusCode).toBe(404);
      expect((await a.client.get(url)).statusCode).not.toBe(403);
    },
  },
  'POST /api/positions/:id/candidates/:candidateId/actions': {
    access: 'employer',
    ownership: async (c) => {
      const { b, draft } = await twoEmployers(c);
      const { owner } = await twoCandidates(c);
      const url = `/api/positions/${draft.id}/candidates/${owner.user.id}/actions`;
      expect((await b.client.post(url, { action: 'shortlist' })).statusCode).toBe(404);
      const rows = await c.database.query('select 1 from match_actions');
      expect(rows).toHaveLength(0);
    },
  },
  'POST /api/markdown/preview': { access: 'user', ownership: 'not-applicable', why: 'renders the text sent' },
  'GET /api/admin/positions': { access: 'admin', ownership: 'not-applicable', why: 'platform-wide' },
  'POST /api/admin/positions/:id/funding-decision': {
    access: 'admin',
    ownership: 'not-applicable',
    why: 'platform-wide',
  },
  'GET /api/fx-rates': { access: 'public', ownership: 'not-applicable' },
  'GET /api/career': { access: 'candidate', ownership: 'not-applicable', why: 'acts on the caller only' },
  'GET /api/career/progress': {
    access: 'candidate',
    ownership: async (c) => {
      const { client: first } = await signedInClient(c, { accountType: 'candidate' });
      const { client: second } = await signedInClient(c, { accountType: 'candidate' });
      expect((await first.get('/api/career')).statusCode).toBe(200);
      expect((await first.get('/api/career/progress')).json().snapshots).toHaveLength(1);
      expect((await second.get('/api/career/progress')).json().snapshots).toEqual([]);
    },
  },
  'GET /api/admin/career-model': { access: 'admin', ownership: 'not-applicable', why: 'platform-wide' },
  'GET /api/admin/career-model/versions/:version': {
    access: 'admin',
    ownership: 'not-applicable',
    why: 'platform-wide',
  },
  'PUT /api/admin/career-model': { access: 'admin', ownership: 'not-applicable', why: 'platform-wide' },
  // Salary benchmarks are aggregates (never fewer than five records) and the calculator is stateless.
  'GET /api/salaries/benchmark': { access: 'public', ownership: 'not-applicable', why: 'aggregates only' },
  'GET /api/salaries/levels': { access: 'public', ownership: 'not-applicable', why: 'aggregates only' },
  'GET /api/salaries/regions': { access: 'public', ownership: 'not-applicable', why: 'aggregates only' },
  'GET /api/salaries/premiums': { access: 'public', ownership: 'not-applicable', why: 'aggregates only' },
  'GET /api/salaries/reference': { access: 'public', ownership: 'not-applicable', why: 'published figures' },
  'POST /api/salaries/offer': { access: 'public', ownership: 'not-applicable', why: 'stateless calculator' },
  'PUT /api/admin/fx-rates/:currency': { access: 'admin', ownership: 'not-applicable', why: 'platform-wide' },
  'GET /api/jobs': {
    access: 'public',
    ownership: async (c) => {
      await twoEmployers(c);
      expect((await c.client().get('/api/jobs')).json().positions).toEqual([]);
    },
  },
  'GET /api/jobs/:slug': {
    access: 'public',
    ownership: async (c) => {
      const { draft } = await twoEmployers(c);
      expect((await c.client().get(`/api/jobs/${draft.slug}`)).statusCode).toBe(404);
    },
  },

  // Threads: only the application's candidate and its organisation's members read or write them.
  'GET /api/applications/:id/messages': {
    access: 'user',
    ownership: async (c) => {
      const { candidate, outsider, application } = await applicationThread(c);
      await candidate.client.post(`/api/applications/${application.id}/messages`, { body: 'private' });
      expect((await outsider.client.get(`/api/applications/${application.id}/messages`)).statusCode).toBe(
        404,
      );
      const other = await signedInClient(c, { accountType: 'candidate' });
      expect((await other.client.get(`/api/applications/${application.id}/messages`)).statusCode).toBe(404);
    },
  },
  'POST /api/applications/:id/messages': {
    access: 'user',
    ownership: async (c) => {
      const { outsider, application } = await applicationThread(c);
      const attempt = await outsider.client.post(`/api/applications/${application.id}/messages`, {
        body: 'hi',
      });
      expect(attempt.statusCode).toBe(404);
      expect(await c.database.query('select 1 from messages')).toHaveLength(0);
      expect(await c.database.query('select 1 from notifications')).toHaveLength(0);
    },
  },
  'POST /api/applications/:id/messages/read': {
    access: 'user',
    ownership: async (c) => {
      const { outsider, application } = await applicationThread(c);
      const attempt = await outsider.client.post(`/api/applications/${application.id}/messages/read`);
      expect(attempt.statusCode).toBe(404);
      expect(await c.database.query('select 1 from message_reads')).toHaveLength(0);
    },
  },
  'GET /api/messages/unread': {
    access: 'user',
    ownership: async (c) => {
      const { candidate, outsider, application } = await applicationThread(c);
      await candidate.client.post(`/api/applications/${application.id}/messages`, { body: 'hi' });
      expect((await outsider.client.get('/api/messages/unread')).json()).toEqual({ total: 0, threads: [] });
    },
  },
  'GET /api/events': {
    access: 'user',
    ownership: 'not-applicable',
    why: "streams the caller's events only (src/modules/live/live.integration.test.ts)",
  },
  'GET /api/notifications': {
    access: 'user',
    ownership: async (c) => {
      const { owner, candidate, application } = await applicationThread(c);
      await candidate.client.post(`/api/applications/${application.id}/messages`, { body: 'hi' });
      expect((await owner.client.get('/api/notifications')).json().notifications).toHaveLength(1);
      expect((await candidate.client.get('/api/notifications')).json().notifications).toEqual([]);
    },
  },
  'GET /api/notifications/unread': {
    access: 'user',
    ownership: 'not-applicable',
    why: 'counts the caller only',
  },
  'POST /api/notifications/:id/read': {
    access: 'user',
    ownership: async (c) => {
      const { owner, candidate, application } = await applicationThread(c);
      await candidate.client.post(`/api/applications/${application.id}/messages`, { body: 'hi' });
      const [mine] = (await owner.client.get('/api/notifications')).json().notifications as Array<{
        id: string;
      }>;
      expect((await candidate.client.post(`/api/notifications/${mine?.id}/read`)).statusCode).toBe(404);
      expect((await owner.client.get('/api/notifications/unread')).json()).toEqual({ unread: 1 });
    },
  },
  'POST /api/notifications/read-all': {
    access: 'user',
    ownership: async (c) => {
      const { owner, candidate, application } = await applicationThread(c);
      await candidate.client.post(`/api/applications/${application.id}/messages`, { body: 'hi' });
      await candidate.client.post('/api/notifications/read-all');
      expect((await owner.client.get('/api/notifications/unread')).json()).toEqual({ unread: 1 });
    },
  },
  'GET /api/notifications/settings': {
    access: 'user',
    ownership: 'not-applicable',
    why: 'reads the caller only',
  },
  'PUT /api/notifications/settings': {
    access: 'user',
    ownership: 'not-applicable',
    why: 'writes the caller only',
  },
  'POST /api/notifications/unsubscribe': {
    access: 'public',
    ownership: 'not-applicable',
    why: 'the signed token is the credential',
  },
  // The pipeline: only the candidate acts on their applications, introductions and offers; only the
  // organisation's members see or move its pipeline. Anyone else gets 404 and nothing changes.
  'POST /api/applications': {
    access: 'candidate',
    ownership: async (c) => {
      const { draft } = await twoEmployers(c);
      const candidate = await candidateWithProfile(c);
      const response = await candidate.client.post('/api/applications', { positionId: draft.id, note: '' });
      expect(response.statusCode).toBe(404);
      expect(await applicationsOf(c, draft.id)).toEqual([]);
    },
  },
  'GET /api/applications': {
    access: 'candidate',
    ownership: async (c) => {
      await appliedCandidate(c);
      const other = await candidateWithProfile(c);
      expect((await other.client.get('/api/applications')).json().applications).toEqual([]);
    },
  },
  'GET /api/applications/:id': {
    access: 'candidate',
    ownership: async (c) => {
      const { applicationId } = await appliedCandidate(c);
      const other = await candidateWithProfile(c);
      expect((await other.client.get(`/api/applications/${applicationId}`)).statusCode).toBe(404);
    },
  },
  'POST /api/applications/:id/withdraw': {
    access: 'candidate',
    ownership: async (c) => {
      const { applicationId, position } = await appliedCandidate(c);
      const other = await candidateWithProfile(c);
      expect((await other.client.post(`/api/applications/${applicationId}/withdraw`, {})).statusCode).toBe(
        404,
      );
      expect((await applicationsOf(c, position.id)).map((a) => a.stage)).toEqual(['applied']);
    },
  },
  'GET /api/introductions': {
    access: 'candidate',
    ownership: async (c) => {
      await requestedIntroduction(c);
      const other = await candidateWithProfile(c);
      expect((await other.client.get('/api/introductions')).json().introductions).toEqual([]);
    },
  },
  'POST /api/introductions/:id/accept': {
    access: 'candidate',
    ownership: async (c) => {
      const { introductionId } = await requestedIntroduction(c);
      const other = await candidateWithProfile(c);
      expect((await other.client.post(`/api/introductions/${introductionId}/accept`, {})).statusCode).toBe(
        404,
      );
      expect(await introductionStatus(c, introductionId)).toBe('pending');
    },
  },
  'POST /api/introductions/:id/decline': {
    access: 'candidate',
    ownership: async (c) => {
      const { introductionId } = await requestedIntroduction(c);
      const other = await candidateWithProfile(c);
      expect((await other.client.post(`/api/introductions/${introductionId}/decline`, {})).statusCode).toBe(
        404,
      );
      expect(await introductionStatus(c, introductionId)).toBe('pending');
    },
  },
  'POST /api/introductions/:id/cancel': {
    access: 'employer',
    ownership: async (c) => {
      const { introductionId } = await requestedIntroduction(c);
      const b = await signedInEmployer(c, {}, 'owner');
      expect((await b.client.post(`/api/introductions/${introductionId}/cancel`, {})).statusCode).toBe(404);
      expect(await introductionStatus(c, introductionId)).toBe('pending');
    },
  },
  'POST /api/offers/:id/accept': {
    access: 'candidate',
    ownership: async (c) => {
      const { offerId } = await extendedOffer(c);
      const other = await candidateWithProfile(c);
      expect((await other.client.post(`/api/offers/${offerId}/accept`, {})).statusCode).toBe(404);
      expect(await offerStatus(c, offerId)).toBe('extended');
    },
  },
  'POST /api/offers/:id/decline': {
    access: 'candidate',
    ownership: async (c) => {
      const { offerId } = await extendedOffer(c);
      const other = await candidateWithProfile(c);
      expect((await other.client.post(`/api/offers/${offerId}/decline`, {})).statusCode).toBe(404);
      expect(await offerStatus(c, offerId)).toBe('extended');
    },
  },
  'GET /api/activity': { access: 'candidate', ownership: 'not-applicable', why: 'acts on the caller only' },
  'GET /api/jobs/:slug/responsiveness': {
    access: 'public',
    ownership: async (c) => {
      const { draft } = await twoEmployers(c);
      expect((await c.client().get(`/api/jobs/${draft.slug}/responsiveness`)).statusCode).toBe(404);
    },
  },
  'GET /api/positions/:id/pipeline': {
    access: 'employer',
    ownership: async (c) => {
      const { position } = await appliedCandidate(c);
      const b = await signedInEmployer(c, {}, 'owner');
      expect((await b.client.get(`/api/positions/${position.id}/pipeline`)).statusCode).toBe(404);
    },
  },
  'POST /api/positions/:id/introductions': {
    access: 'employer',
    ownership: async (c) => {
      const { position } = await appliedCandidate(c);
      const candidate = await candidateWithProfile(c);
      const b = await signedInEmployer(c, {}, 'owner');
      const response = await b.client.post(`/api/positions/${position.id}/introductions`, {
        candidateId: candidate.user.id,
        message: 'We would love to talk to you about this role.',
      });
      expect(response.statusCode).toBe(404);
      expect(
        await c.database.db.select().from(introductions).where(eq(introductions.positionId, position.id)),
      ).toEqual([]);
    },
  },
  'GET /api/positions/:id/introductions': {
    access: 'employer',
    ownership: async (c) => {
      const { positionId } = await requestedIntroduction(c);
      const b = await signedInEmployer(c, {}, 'owner');
      expect((await b.client.get(`/api/positions/${positionId}/introductions`)).statusCode).toBe(404);
    },
  },
  'POST /api/applications/:id/moves': {
    access: 'employer',
    ownership: async (c) => {
      const { applicationId, position } = await appliedCandidate(c);
      const b = await signedInEmployer(c, {}, 'owner');
      const response = await b.client.post(`/api/applications/${applicationId}/moves`, { to: 'screening' });
      expect(response.statusCode).toBe(404);
      expect((await applicationsOf(c, position.id)).map((a) => a.stage)).toEqual(['applied']);
    },
  },
  'POST /api/applications/:id/rejection': {
    access: 'employer',
    ownership: async (c) => {
      const { applicationId, position } = await appliedCandidate(c);
      const b = await signedInEmployer(c, {}, 'owner');
      const response = await b.client.post(`/api/applications/${applicationId}/rejection`, {
        reason: 'other',
      });
      expect(response.statusCode).toBe(404);
      expect((await applicationsOf(c, position.id)).map((a) => a.stage)).toEqual(['applied']);
    },
  },
  'POST /api/applications/:id/offers': {
    access: 'employer',
    ownership: async (c) => {
      const { applicationId, owner } = await appliedCandidate(c);
      await moveThrough(owner.client, applicationId, ['screening', 'interviewing', 'offer']);
      const b = await signedInEmployer(c, {}, 'owner');
      const response = await b.client.post(`/api/applications/${applicationId}/offers`, offerBody);
      expect(response.statusCode).toBe(404);
      expect(
        await c.database.db.select().from(offers).where(eq(offers.applicationId, applicationId)),
      ).toEqual([]);
    },
  },
  'GET /api/organisations/:id/pipeline/waiting': {
    access: 'employer',
    ownership: async (c) => {
      const { a, b } = await twoEmployers(c);
      expect(
        (await b.client.get(`/api/organisations/${a.organisation.id}/pipeline/waiting`)).statusCode,
      ).toBe(404);
    },
  },
  'GET /api/organisations/:id/outcomes': {
    access: 'employer',
    ownership: async (c) => {
      const { a, b } = await twoEmployers(c);
      expect((await b.client.get(`/api/organisations/${a.organisation.id}/outcomes`)).statusCode).toBe(404);
    },
  },
  'GET /api/admin/outcomes': { access: 'admin', ownership: 'not-applicable', why: 'platform-wide' },
};

const offerBody = {
  base: 40_000,
  allowances: { housing: 8_000, transport: 1_500 },
  currency: 'AED',
  period: 'month',
  startDate: null,
};

const applicationsOf = (c: typeof ctx, positionId: string) =>
  c.database.db.select().from(applications).where(eq(applications.positionId, positionId));

async function introductionStatus(c: typeof ctx, id: string) {
  const [row] = await c.database.db.select().from(introductions).where(eq(introductions.id, id));
  return row?.status;
}

async function offerStatus(c: typeof ctx, id: string) {
  const [row] = await c.database.db.select().from(offers).where(eq(offers.id, id));
  return row?.status;
}

/** An open position whose recruiter asked to be introduced to a candidate. */
async function requestedIntroduction(c: typeof ctx) {
  const { owner, position } = await appliedCandidate(c);
  const candidate = await candidateWithProfile(c, 'anonymous');
  const response = await owner.client.post(`/api/positions/${position.id}/introductions`, {
    candidateId: candidate.user.id,
    message: 'We would love to talk to you about this role.',
  });
  if (response.statusCode !== 201) throw new Error(response.body);
  return { candidate, positionId: position.id, introductionId: response.json<{ id: string }>().id };
}

/** An application at the offer stage with an offer waiting for the candidate. */
async function extendedOffer(c: typeof ctx) {
  const { applicationId, owner, candidate } = await appliedCandidate(c);
  await moveThrough(owner.client, applicationId, ['screening', 'interviewing', 'offer']);
  const response = await owner.client.post(`/api/applications/${applicationId}/offers`, offerBody);
  if (response.statusCode !== 201) throw new Error(response.body);
  return { candidate, offerId: response.json<{ id: string }>().id };
}

const organisationBody = {
  name: 'Falcon Vision Labs',
  website: 'https://falcon.example',
  emailDomains: ['falcon.example'],
  country: 'AE',
  size: '11-50',
  industry: 'computer vision',
  description: '',
};

/** Owners of two organisations; A has a draft position. */
async function twoEmployers(c: typeof ctx, orgOverrides: { verifiedAt?: null } = {}) {
  const a = await signedInEmployer(c, orgOverrides, 'owner');
  const b = await signedInEmployer(c, orgOverrides, 'owner');
  const created = await a.client.post('/api/positions', {
    organisationId: a.organisation.id,
    ...validPositionBody(c),
  });
  if (created.statusCode !== 201) throw new Error(created.body);
  return { a, b, draft: created.json<{ id: string; slug: string; title: string }>() };
}

const tokenIn = (text: string) => /token=([\w-]+)/.exec(text)?.[1] ?? '';

const education = {
  kind: 'education',
  institution: 'Khalifa University',
  area: 'Computer Science',
  studyType: 'BSc',
};

/** Two candidates, the first with one profile item. */
async function twoCandidates(c: typeof ctx) {
  const owner = await signedInClient(c, { accountType: 'candidate' });
  const other = await signedInClient(c, { accountType: 'candidate' });
  const itemOf = (await owner.client.post('/api/profile/items', education)).json().id as string;
  return { owner, other, itemOf };
}

const apiRoutes = () =>
  ctx.app.routeCatalogue.filter(
    (r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs') && r.method !== 'HEAD',
  );
const concrete = (url: string) =>
  url
    .replace(':id', url.includes('outbox') ? 'missing-message' : randomUUID())
    .replace(':userId', randomUUID())
    .replace(':invitationId', randomUUID())
    .replace(':candidateId', randomUUID())
    .replace(':slug', 'no-such-position')
    .replace(':currency', 'EUR')
    .replace(':version', '1');
const wrongRole: Record<Exclude<Access, 'public' | 'user'>, 'candidate' | 'employer'> = {
  admin: 'candidate',
  candidate: 'employer',
  employer: 'candidate',
};

describe('authorization suite', () => {
  it('has an entry for every registered API route, and no stale ones', () => {
    const registered = apiRoutes().map((r) => `${r.method} ${r.url}`);
    expect(registered.filter((key) => !(key in routes))).toEqual([]);
    expect(Object.keys(routes).filter((key) => !registered.includes(key))).toEqual([]);
    for (const route of apiRoutes())
      expect(route.access, `${route.method} ${route.url}`).toBe(
        routes[`${route.method} ${route.url}`]?.access,
      );
  });

  for (const [key, entry] of Object.entries(routes)) {
    const [method = 'GET', url = '/'] = key.split(' ');
    if (entry.access === 'public') {
      it(`${key} is open to anonymous callers`, async () => {
        const response = await ctx
          .client()
          .request(method as 'GET', concrete(url), method === 'GET' ? undefined : {});
        expect([401, 403]).not.toContain(response.statusCode);
      });
      continue;
    }
    it(`${key} refuses anonymous callers with 401`, async () => {
      const response = await ctx
        .client()
        .request(method as 'GET', concrete(url), method === 'GET' ? undefined : {});
      expect(response.statusCode).toBe(401);
      expect(response.json().code).toBe('unauthenticated');
    });
    if (entry.access !== 'user') {
      const role = wrongRole[entry.access];
      it(`${key} refuses a ${role} with 403`, async () => {
        const { client } = await signedInClient(ctx, { accountType: role });
        const response = await client.request(
          method as 'GET',
          concrete(url),
          method === 'GET' ? undefined : {},
        );
        expect(response.statusCode).toBe(403);
        expect(response.json().code).toBe('forbidden');
      });
    }
    const check = entry.ownership;
    if (check !== 'not-applicable') it(`${key} hides other users' resources with 404`, () => check(ctx));
  }
});
