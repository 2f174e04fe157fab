import { describe, expect, it } from 'vitest';
import { setupTestApp } from '../../../test/support/context.js';
import { signedInAdmin, signedInClient, signedInEmployer } from '../../../test/support/factories.js';
import type { TestClient } from '../../../test/support/http-client.js';
import { linkIn } from '../../../test/support/smtp.js';
import type { AuditEntry, OrganisationBody, OrganisationView } from '../../contracts/organisations.js';
import { organisationMembers } from '../../db/schema/index.js';

const ctx = setupTestApp();
const DAY_MS = 86_400_000;

function organisationBody(overrides: Partial<OrganisationBody> = {}): OrganisationBody {
  return {
    name: 'Falcon Vision Labs',
    website: 'https://falcon.example',
    emailDomains: ['falcon.example'],
    country: 'AE',
    city: 'Abu Dhabi',
    size: '11-50',
    industry: 'Computer vision',
    description: 'Camera analytics for logistics yards.',
    ...overrides,
  };
}

/** An employer who created an organisation through the API, and is therefore its owner. */
async function ownerWithOrganisation(overrides: Partial<OrganisationBody> = {}, displayName = 'Amira Owner') {
  const signed = await signedInClient(ctx, { accountType: 'employer', displayName });
  const response = await signed.client.post('/api/organisations', organisationBody(overrides));
  if (response.statusCode !== 201) throw new Error(`create failed: ${response.body}`);
  return { ...signed, organisation: response.json<OrganisationView>() };
}

/** Another signed-in employer added straight into the organisation with a role. */
async function memberOf(
  organisationId: string,
  role: 'owner' | 'recruiter' | 'hiring_manager',
  displayName: string,
) {
  const signed = await signedInClient(ctx, { accountType: 'employer', displayName });
  await ctx.database.db.insert(organisationMembers).values({ organisationId, userId: signed.user.id, role });
  return signed;
}

async function roles(client: TestClient, organisationId: string): Promise<Record<string, string>> {
  const response = await client.get(`/api/organisations/${organisationId}/members`);
  expect(response.statusCode).toBe(200);
  const members = response.json<{ members: Array<{ displayName: string; role: string }> }>().members;
  return Object.fromEntries(members.map((m) => [m.displayName, m.role]));
}

async function invite(client: TestClient, organisationId: string, email: string, role = 'hiring_manager') {
  const response = await client.post(`/api/organisations/${organisationId}/invitations`, { email, role });
  expect(response.statusCode).toBe(201);
  const mail = await ctx.smtp.waitFor(email);
  const token = linkIn(mail, '/invitations/accept').searchParams.get('token');
  if (!token) throw new Error('the invitation link carries no token');
  return { invitation: response.json<{ id: string; email: string; role: string }>(), mail, token };
}

async function requestDomainToken(client: TestClient, organisationId: string, email: string) {
  const response = await client.post(`/api/organisations/${organisationId}/domain-verification`, { email });
  expect(response.statusCode).toBe(202);
  expect(response.json()).toEqual({ sentTo: email });
  const token = linkIn(await ctx.smtp.waitFor(email), '/organisation/verify-domain').searchParams.get(
    'token',
  );
  if (!token) throw new Error('the verification link carries no token');
  return token;
}

const registration = { registrationNumber: 'CN-1234567', country: 'AE', website: 'https://falcon.example' };

describe('organisations', () => {
  it('makes the creator the owner, derives a unique slug and lists only my organisations', async () => {
    const owner = await ownerWithOrganisation();
    expect(owner.organisation).toMatchObject({
      slug: 'falcon-vision-labs',
      name: 'Falcon Vision Labs',
      emailDomains: ['falcon.example'],
      myRole: 'owner',
      verified: false,
      domainVerification: { status: 'unverified', domain: null },
      registration: { status: 'not_submitted' },
    });
    const second = await owner.client.post(
      '/api/organisations',
      organisationBody({ emailDomains: ['falcon2.example'] }),
    );
    expect(second.statusCode).toBe(201);
    expect(second.json<OrganisationView>().slug).toBe('falcon-vision-labs-2');

    const someoneElse = await ownerWithOrganisation({
      name: 'Sahara Analytics',
      emailDomains: ['sahara.example'],
    });
    const mine = (await owner.client.get('/api/organisations')).json<{ organisations: OrganisationView[] }>();
    expect(mine.organisations.map((o) => o.slug).sort()).toEqual([
      'falcon-vision-labs',
      'falcon-vision-labs-2',
    ]);
    const theirs = (await someoneElse.client.get('/api/organisations')).json<{
      organisations: OrganisationView[];
    }>();
    expect(theirs.organisations.map((o) => o.slug)).toEqual(['sahara-analytics']);
  });

  it('refuses candidates and invalid bodies, creating nothing', async () => {
    const candidate = await signedInClient(ctx, { accountType: 'candidate' });
    const refused = await candidate.client.post('/api/organisations', organisationBody());
    expect(refused.statusCode).toBe(403);

    const employer = await signedInClient(ctx, { accountType: 'employer' });
    const bad = await employer.client.post(
      '/api/organisations',
      organisationBody({ emailDomains: ['https://x.example/'] }),
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('emailDomains.0');
    const mine = (await employer.client.get('/api/organisations')).json<{
      organisations: OrganisationView[];
    }>();
    expect(mine.organisations).toEqual([]);
  });

  it('lets owners edit, recruiters only read, and hides the organisation from non-members', async () => {
    const owner = await ownerWithOrganisation();
    const id = owner.organisation.id;
    const recruiter = await memberOf(id, 'recruiter', 'Rami Recruiter');
    const outsider = await ownerWithOrganisation({
      name: 'Sahara Analytics',
      emailDomains: ['sahara.example'],
    });

    const read = await recruiter.client.get(`/api/organisations/${id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json<OrganisationView>()).toMatchObject({ name: 'Falcon Vision Labs', myRole: 'recruiter' });

    const edited = organisationBody({ name: 'Falcon Vision', description: 'Now with thermal cameras.' });
    const byRecruiter = await recruiter.client.patch(`/api/organisations/${id}`, edited);
    expect(byRecruiter.statusCode).toBe(403);
    expect(byRecruiter.json().code).toBe('forbidden');
    const byOutsider = await outsider.client.patch(`/api/organisations/${id}`, edited);
    expect(byOutsider.statusCode).toBe(404);
    expect((await outsider.client.get(`/api/organisations/${id}`)).statusCode).toBe(404);
    expect((await outsider.client.get(`/api/organisations/${id}/members`)).statusCode).toBe(404);
    expect((await owner.client.get(`/api/organisations/${id}`)).json<OrganisationView>().name).toBe(
      'Falcon Vision Labs',
    );

    const byOwner = await owner.client.patch(`/api/organisations/${id}`, edited);
    expect(byOwner.statusCode).toBe(200);
    expect(byOwner.json<OrganisationView>()).toMatchObject({
      name: 'Falcon Vision',
      description: 'Now with thermal cameras.',
      slug: 'falcon-vision-labs',
    });
    expect((await recruiter.client.get(`/api/organisations/${id}`)).json<OrganisationView>().name).toBe(
      'Falcon Vision',
    );
  });
});

describe('members', () => {
  it('lets owners change roles but never demote or remove the last owner', async () => {
    const owner = await ownerWithOrganisation();
    const id = owner.organisation.id;
    const recruiter = await memberOf(id, 'recruiter', 'Rami Recruiter');

    const demoteSelf = await owner.client.patch(`/api/organisations/${id}/members/${owner.user.id}`, {
      role: 'recruiter',
    });
    expect(demoteSelf.statusCode).toBe(409);
    expect(demoteSelf.json().code).toBe('last_owner');
    const removeSelf = await owner.client.delete(`/api/organisations/${id}/members/${owner.user.id}`);
    expect(removeSelf.statusCode).toBe(409);
    expect(removeSelf.json().code).toBe('last_owner');

    const byRecruiter = await recruiter.client.patch(
      `/api/organisations/${id}/members/${recruiter.user.id}`,
      {
        role: 'owner',
      },
    );
    expect(byRecruiter.statusCode).toBe(403);
    expect(await roles(owner.client, id)).toEqual({ 'Amira Owner': 'owner', 'Rami Recruiter': 'recruiter' });

    const promoted = await owner.client.patch(`/api/organisations/${id}/members/${recruiter.user.id}`, {
      role: 'owner',
    });
    expect(promoted.statusCode).toBe(200);
    // With a second owner, the first may step down.
    const steppedDown = await owner.client.patch(`/api/organisations/${id}/members/${owner.user.id}`, {
      role: 'hiring_manager',
    });
    expect(steppedDown.statusCode).toBe(200);
    expect(await roles(owner.client, id)).toEqual({
      'Amira Owner': 'hiring_manager',
      'Rami Recruiter': 'owner',
    });

    const removeLast = await recruiter.client.delete(`/api/organisations/${id}/members/${recruiter.user.id}`);
    expect(removeLast.json().code).toBe('last_owner');
    const demoteLast = await recruiter.client.patch(`/api/organisations/${id}/members/${recruiter.user.id}`, {
      role: 'recruiter',
    });
    expect(demoteLast.json().code).toBe('last_owner');
    expect(await roles(owner.client, id)).toEqual({
      'Amira Owner': 'hiring_manager',
      'Rami Recruiter': 'owner',
    });
  });

  it('lets a member leave, an owner remove others, and nobody else remove anyone', async () => {
    const owner = await ownerWithOrganisation();
    const id = owner.organisation.id;
    const recruiter = await memberOf(id, 'recruiter', 'Rami Recruiter');
    const manager = await memberOf(id, 'hiring_manager', 'Huda Manager');

    const byRecruiter = await recruiter.client.delete(`/api/organisations/${id}/members/${manager.user.id}`);
    expect(byRecruiter.statusCode).toBe(403);

    const left = await recruiter.client.delete(`/api/organisations/${id}/members/${recruiter.user.id}`);
    expect(left.statusCode).toBe(204);
    expect((await recruiter.client.get(`/api/organisations/${id}`)).statusCode).toBe(404);
    const theirs = (await recruiter.client.get('/api/organisations')).json<{
      organisations: OrganisationView[];
    }>();
    expect(theirs.organisations).toEqual([]);

    const removed = await owner.client.delete(`/api/organisations/${id}/members/${manager.user.id}`);
    expect(removed.statusCode).toBe(204);
    expect(await roles(owner.client, id)).toEqual({ 'Amira Owner': 'owner' });
    const again = await owner.client.delete(`/api/organisations/${id}/members/${manager.user.id}`);
    expect(again.statusCode).toBe(404);
  });
});

describe('invitations', () => {
  it('mails a link whose token makes the invitee a member with the role, once', async () => {
    const owner = await ownerWithOrganisation();
    const id = owner.organisation.id;
    const { invitation, mail, token } = await invite(owner.client, id, 'huda@falcon.example');
    expect(invitation).toMatchObject({
      email: 'huda@falcon.example',
      role: 'hiring_manager',
      invitedBy: 'Amira Owner',
    });
    expect(mail.subject).toContain('Falcon Vision Labs');
    expect(mail.text).toContain(`/invitations/accept?token=${encodeURIComponent(token)}`);
    const pending = (await owner.client.get(`/api/organisations/${id}/invitations`)).json();
    expect(pending.invitations.map((i: { id: string }) => i.id)).toEqual([invitation.id]);

    const invitee = await signedInClient(ctx, {
      email: 'huda@falcon.example',
      accountType: 'employer',
      displayName: 'Huda Manager',
    });
    const accepted = await invitee.client.post('/api/invitations/accept', { token });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json<OrganisationView>()).toMatchObject({ id, myRole: 'hiring_manager' });
    expect(await roles(owner.client, id)).toEqual({
      'Amira Owner': 'owner',
      'Huda Manager': 'hiring_manager',
    });
    expect((await owner.client.get(`/api/organisations/${id}/invitations`)).json().invitations).toEqual([]);

    const reused = await invitee.client.post('/api/invitations/accept', { token });
    expect(reused.statusCode).toBe(400);
    expect(reused.json()).toMatchObject({ code: 'invalid_token', errors: [{ path: 'token' }] });
  });

  it('refuses an expired, a revoked or an unknown token', async () => {
    const owner = await ownerWithOrganisation();
    const id = owner.organisation.id;
    const invitee = await signedInClient(ctx, { email: 'rami@falcon.example', accountType: 'employer' });

    const expiring = await invite(owner.client, id, 'rami@falcon.example', 'recruiter');
    ctx.smtp.clear();
    const revoking = await invite(owner.client, id, 'rami@falcon.example', 'owner');
    const revoked = await owner.client.delete(
      `/api/organisations/${id}/invitations/${revoking.invitation.id}`,
    );
    expect(revoked.statusCode).toBe(204);
    expect(
      (await owner.client.delete(`/api/organisations/${id}/invitations/${revoking.invitation.id}`))
        .statusCode,
    ).toBe(404);
    const withRevoked = await invitee.client.post('/api/invitations/accept', { token: revoking.token });
    expect(withRevoked.json()).toMatchObject({ code: 'invalid_token', errors: [{ path: 'token' }] });

    ctx.clock.advance(8 * DAY_MS);
    const withExpired = await invitee.client.post('/api/invitations/accept', { token: expiring.token });
    expect(withExpired.statusCode).toBe(400);
    expect(withExpired.json().code).toBe('invalid_token');
    const unknown = await invitee.client.post('/api/invitations/accept', { token: 'x'.repeat(43) });
    expect(unknown.json().code).toBe('invalid_token');
    expect(await roles(owner.client, id)).toEqual({ 'Amira Owner': 'owner' });
  });

  it('refuses someone signed in with another email, leaving the token usable by the invitee', async () => {
    const owner = await ownerWithOrganisation();
    const id = owner.organisation.id;
    const { token } = await invite(owner.client, id, 'huda@falcon.example', 'recruiter');
    const other = await signedInClient(ctx, { email: 'mallory@elsewhere.example', accountType: 'employer' });
    const refused = await other.client.post('/api/invitations/accept', { token });
    expect(refused.statusCode).toBe(403);
    expect((await other.client.get(`/api/organisations/${id}`)).statusCode).toBe(404);

    const invitee = await signedInClient(ctx, { email: 'huda@falcon.example', accountType: 'employer' });
    const accepted = await invitee.client.post('/api/invitations/accept', { token });
    expect(accepted.json<OrganisationView>().myRole).toBe('recruiter');
  });

  it('refuses to invite or admit someone who is already a member, and non-owners inviting', async () => {
    const owner = await ownerWithOrganisation();
    const id = owner.organisation.id;
    const recruiter = await memberOf(id, 'recruiter', 'Rami Recruiter');

    const existing = await owner.client.post(`/api/organisations/${id}/invitations`, {
      email: recruiter.user.email,
      role: 'owner',
    });
    expect(existing.statusCode).toBe(409);
    expect(existing.json()).toMatchObject({ code: 'already_member', errors: [{ path: 'email' }] });
    const byRecruiter = await recruiter.client.post(`/api/organisations/${id}/invitations`, {
      email: 'someone@falcon.example',
      role: 'recruiter',
    });
    expect(byRecruiter.statusCode).toBe(403);

    const first = await invite(owner.client, id, 'huda@falcon.example', 'recruiter');
    ctx.smtp.clear();
    const second = await invite(owner.client, id, 'huda@falcon.example', 'owner');
    const invitee = await signedInClient(ctx, { email: 'huda@falcon.example', accountType: 'employer' });
    expect((await invitee.client.post('/api/invitations/accept', { token: first.token })).statusCode).toBe(
      200,
    );
    const twice = await invitee.client.post('/api/invitations/accept', { token: second.token });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('already_member');
    const mine = (await invitee.client.get(`/api/organisations/${id}`)).json<OrganisationView>();
    expect(mine.myRole).toBe('recruiter');
  });
});

describe('domain verification', () => {
  it('mails a token to an address at the domain and verifies the domain with it, once', async () => {
    const owner = await ownerWithOrganisation();
    const id = owner.organisation.id;

    const elsewhere = await owner.client.post(`/api/organisations/${id}/domain-verification`, {
      email: 'amira@gmail.example',
    });
    expect(elsewhere.statusCode).toBe(400);
    expect(elsewhere.json()).toMatchObject({ code: 'validation_failed', errors: [{ path: 'email' }] });
    expect(ctx.smtp.messages).toEqual([]);

    const token = await requestDomainToken(owner.client, id, 'amira@falcon.example');
    const confirmed = await owner.client.post('/api/domain-verification/confirm', { token });
    expect(confirmed.statusCode).toBe(200);
    const view = confirmed.json<OrganisationView>();
    expect(view.domainVerification).toMatchObject({ status: 'verified', domain: 'falcon.example' });
    expect(view.domainVerification.at).not.toBeNull();
    // The registration review is still missing, so no badge yet.
    expect(view.verified).toBe(false);

    const reused = await owner.client.post('/api/domain-verification/confirm', { token });
    expect(reused.statusCode).toBe(400);
    expect(reused.json()).toMatchObject({ code: 'invalid_token', errors: [{ path: 'token' }] });
  });

  it("refuses a member of another organisation using the token, which stays valid for the organisation's own", async () => {
    const owner = await ownerWithOrganisation();
    const id = owner.organisation.id;
    const token = await requestDomainToken(owner.client, id, 'amira@falcon.example');
    const outsider = await ownerWithOrganisation({
      name: 'Sahara Analytics',
      emailDomains: ['sahara.example'],
    });

    const refused = await outsider.client.post('/api/domain-verification/confirm', { token });
    expect(refused.statusCode).toBe(404);
    const theirs = (
      await outsider.client.get(`/api/organisations/${outsider.organisation.id}`)
    ).json<OrganisationView>();
    expect(theirs.domainVerification.status).toBe('unverified');
    // The owner's link is still out there: the organisation says so.
    expect(
      (await owner.client.get(`/api/organisations/${id}`)).json<OrganisationView>().domainVerification.status,
    ).toBe('pending');

    const recruiter = await memberOf(id, 'recruiter', 'Rami Recruiter');
    const confirmed = await recruiter.client.post('/api/domain-verification/confirm', { token });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json<OrganisationView>().domainVerification.status).toBe('verified');
  });

  it('refuses a token after its day is over', async () => {
    const owner = await ownerWithOrganisation();
    const token = await requestDomainToken(owner.client, owner.organisation.id, 'amira@falcon.example');
    ctx.clock.advance(DAY_MS + 60_000);
    const late = await owner.client.post('/api/domain-verification/confirm', { token });
    expect(late.json().code).toBe('invalid_token');
  });
});

describe('registration review', () => {
  it('verifies the organisation only once both the registration and the domain pass', async () => {
    const owner = await ownerWithOrganisation();
    const id = owner.organisation.id;
    const admin = await signedInAdmin(ctx);
    const recruiter = await memberOf(id, 'recruiter', 'Rami Recruiter');

    expect(
      (await recruiter.client.post(`/api/organisations/${id}/registration`, registration)).statusCode,
    ).toBe(403);
    const submitted = await owner.client.post(`/api/organisations/${id}/registration`, registration);
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json<OrganisationView>().registration).toMatchObject({
      status: 'pending',
      registrationNumber: 'CN-1234567',
      country: 'AE',
    });
    const queue = (await admin.client.get('/api/admin/organisations?status=pending')).json();
    expect(queue.organisations.map((o: OrganisationView) => o.id)).toEqual([id]);

    const byEmployer = await owner.client.post(`/api/admin/organisations/${id}/decision`, {
      decision: 'approve',
    });
    expect(byEmployer.statusCode).toBe(403);
    const approved = await admin.client.post(`/api/admin/organisations/${id}/decision`, {
      decision: 'approve',
    });
    expect(approved.statusCode).toBe(200);
    expect(approved.json<OrganisationView>()).toMatchObject({
      verified: false,
      verifiedAt: null,
      registration: { status: 'approved' },
    });

    const token = await requestDomainToken(owner.client, id, 'amira@falcon.example');
    const confirmed = (
      await owner.client.post('/api/domain-verification/confirm', { token })
    ).json<OrganisationView>();
    expect(confirmed.verified).toBe(true);
    expect(confirmed.verifiedAt).toBe(confirmed.domainVerification.at);
    expect((await recruiter.client.get(`/api/organisations/${id}`)).json<OrganisationView>().verified).toBe(
      true,
    );
  });

  it('verifies at approval when the domain was proven first', async () => {
    const owner = await ownerWithOrganisation();
    const id = owner.organisation.id;
    const admin = await signedInAdmin(ctx);
    const token = await requestDomainToken(owner.client, id, 'amira@falcon.example');
    await owner.client.post('/api/domain-verification/confirm', { token });
    await owner.client.post(`/api/organisations/${id}/registration`, registration);
    const approved = (
      await admin.client.post(`/api/admin/organisations/${id}/decision`, { decision: 'approve' })
    ).json<OrganisationView>();
    expect(approved.verified).toBe(true);
    expect(approved.verifiedAt).toBe(approved.registration.decidedAt);
  });

  it('requires a reason to reject, shows it, refuses deciding twice and audits every decision', async () => {
    const owner = await ownerWithOrganisation();
    const id = owner.organisation.id;
    const admin = await signedInClient(ctx, {
      accountType: 'admin',
      isAdmin: true,
      displayName: 'Nadia Admin',
    });
    // A second between decisions keeps the newest-first audit order unambiguous.
    ctx.clock.advance(1000);
    await owner.client.post(`/api/organisations/${id}/registration`, registration);

    const noReason = await admin.client.post(`/api/admin/organisations/${id}/decision`, {
      decision: 'reject',
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json()).toMatchObject({ code: 'validation_failed', errors: [{ path: 'reason' }] });
    const stillPending = (await owner.client.get(`/api/organisations/${id}`)).json<OrganisationView>();
    expect(stillPending.registration.status).toBe('pending');

    ctx.clock.advance(1000);
    const reason = 'The licence number does not match the trade register.';
    const rejected = await admin.client.post(`/api/admin/organisations/${id}/decision`, {
      decision: 'reject',
      reason,
    });
    expect(rejected.statusCode).toBe(200);
    const seen = (await owner.client.get(`/api/organisations/${id}`)).json<OrganisationView>();
    expect(seen.registration).toMatchObject({ status: 'rejected', reason });
    expect(seen.verified).toBe(false);

    const twice = await admin.client.post(`/api/admin/organisations/${id}/decision`, { decision: 'approve' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('illegal_transition');

    ctx.clock.advance(1000);
    await owner.client.post(`/api/organisations/${id}/registration`, {
      ...registration,
      registrationNumber: 'CN-7654321',
    });
    ctx.clock.advance(1000);
    const approved = await admin.client.post(`/api/admin/organisations/${id}/decision`, {
      decision: 'approve',
      reason: 'Matches the register',
    });
    expect(approved.json<OrganisationView>().registration).toMatchObject({
      status: 'approved',
      reason: 'Matches the register',
    });
    const again = await admin.client.post(`/api/admin/organisations/${id}/decision`, {
      decision: 'reject',
      reason: 'Changed my mind',
    });
    expect(again.json().code).toBe('illegal_transition');
    const resubmitted = await owner.client.post(`/api/organisations/${id}/registration`, registration);
    expect(resubmitted.json().code).toBe('illegal_transition');

    const audit = (await owner.client.get(`/api/organisations/${id}/audit`)).json<{
      entries: AuditEntry[];
    }>();
    expect(audit.entries.map((e) => [e.action, e.actor, e.reason])).toEqual([
      ['registration_approved', 'Nadia Admin', 'Matches the register'],
      ['registration_submitted', 'Amira Owner', 'CN-7654321'],
      ['registration_rejected', 'Nadia Admin', reason],
      ['registration_submitted', 'Amira Owner', 'CN-1234567'],
      ['organisation_created', 'Amira Owner', null],
    ]);
    expect(audit.entries.every((e) => e.subjectId === id && e.subjectName === 'Falcon Vision Labs')).toBe(
      true,
    );
    const platform = (await admin.client.get('/api/admin/audit')).json<{ entries: AuditEntry[] }>();
    expect(platform.entries.map((e) => e.id)).toEqual(audit.entries.map((e) => e.id));
  });

  it("keeps one organisation's audit trail from another's members", async () => {
    const a = await ownerWithOrganisation();
    const b = await ownerWithOrganisation(
      { name: 'Sahara Analytics', emailDomains: ['sahara.example'] },
      'Sami B',
    );
    const bRecruiter = await memberOf(b.organisation.id, 'recruiter', 'Rami B');
    expect((await b.client.get(`/api/organisations/${a.organisation.id}/audit`)).statusCode).toBe(404);
    expect((await bRecruiter.client.get(`/api/organisations/${a.organisation.id}/audit`)).statusCode).toBe(
      404,
    );
    const own = (await b.client.get(`/api/organisations/${b.organisation.id}/audit`)).json<{
      entries: AuditEntry[];
    }>();
    expect(own.entries.map((e) => [e.action, e.actor])).toEqual([['organisation_created', 'Sami B']]);
  });

  it('drops the badge when the owner removes the proven domain', async () => {
    const { client, organisation } = await signedInEmployer(ctx, {}, 'owner');
    const before = (await client.get(`/api/organisations/${organisation.id}`)).json<OrganisationView>();
    expect(before.verified).toBe(true);
    const edited = await client.patch(
      `/api/organisations/${organisation.id}`,
      organisationBody({ emailDomains: ['other.example'] }),
    );
    expect(edited.json<OrganisationView>()).toMatchObject({
      verified: false,
      domainVerification: { status: 'unverified', domain: null },
    });
    const audit = (await client.get(`/api/organisations/${organisation.id}/audit`)).json<{
      entries: AuditEntry[];
    }>();
    expect(audit.entries[0]).toMatchObject({ action: 'verification_lost', reason: 'domain removed' });
  });
});
