import { describe, expect, it } from 'vitest';
import { setupTestApp } from '../../../test/support/context.js';
import {
  openPosition,
  signedInAdmin,
  signedInClient,
  signedInEmployer,
  validPositionBody,
} from '../../../test/support/factories.js';
import type { TestClient } from '../../../test/support/http-client.js';
import type { AuditEntry } from '../../contracts/organisations.js';
import type { PositionBody, PositionSearchQuery, PositionView } from '../../contracts/positions.js';
import { organisationMembers } from '../../db/schema/index.js';

const ctx = setupTestApp();
const DAY_MS = 86_400_000;

/** The UTC day `days` after the test clock's now, as YYYY-MM-DD. */
const dayFromNow = (days: number) =>
  new Date(ctx.clock.now().getTime() + days * DAY_MS).toISOString().slice(0, 10);

const funding = { headcount: 1, budgetMin: 360_000, budgetMax: 504_000, budgetCurrency: 'AED' };

async function positionsOf(client: TestClient, organisationId: string): Promise<PositionView[]> {
  const response = await client.get(`/api/organisations/${organisationId}/positions`);
  expect(response.statusCode).toBe(200);
  return response.json<{ positions: PositionView[] }>().positions;
}

async function draft(client: TestClient, organisationId: string, overrides: Partial<PositionBody> = {}) {
  const response = await client.post('/api/positions', {
    organisationId,
    ...validPositionBody(ctx, overrides),
  });
  if (response.statusCode !== 201) throw new Error(`create failed: ${response.body}`);
  return response.json<PositionView>();
}

const transition = (client: TestClient, id: string, body: Record<string, unknown>) =>
  client.post(`/api/positions/${id}/transitions`, body);

async function publicSlugs(query: Partial<Record<keyof PositionSearchQuery, string>> = {}) {
  const search = new URLSearchParams(query).toString();
  const response = await ctx.client().get(`/api/jobs${search ? `?${search}` : ''}`);
  expect(response.statusCode).toBe(200);
  return response.json<{ positions: Array<{ slug: string }> }>().positions.map((p) => p.slug);
}

async function auditOf(client: TestClient, organisationId: string): Promise<AuditEntry[]> {
  return (await client.get(`/api/organisations/${organisationId}/audit`)).json<{ entries: AuditEntry[] }>()
    .entries;
}

describe('drafting positions', () => {
  it('drafts a position with the body, skill names and a USD band, and edits it', async () => {
    const { client, organisation } = await signedInEmployer(ctx);
    const created = await draft(client, organisation.id);
    expect(created).toMatchObject({
      title: 'Senior ML Engineer, Arabic speech',
      status: 'draft',
      closeReason: null,
      funding: { status: 'none', attestedBy: null, budget: null },
      badges: { verifiedEmployer: true, verifiedFunded: false },
      requiredSkills: [
        { skillId: 'python', name: 'Python', minProficiency: 4 },
        { skillId: 'pytorch', name: 'PyTorch', minProficiency: 4 },
      ],
      niceToHaveSkills: [{ skillId: 'kubernetes', name: 'Kubernetes' }],
      salary: { min: 30_000, max: 42_000, currency: 'AED', period: 'month' },
      salaryUsd: { min: 98_026, max: 137_236, currency: 'USD', rate: 3.6725, source: 'peg' },
      publishedAt: null,
    });
    expect(created.slug).toMatch(/^senior-ml-engineer-arabic-speech-[0-9a-f]{8}$/);
    expect(created.descriptionHtml).toBe(
      '<p>Build <strong>speech recognition</strong> for Gulf Arabic with PyTorch and ship it on Kubernetes.</p>',
    );

    const edited = await client.request('PUT', `/api/positions/${created.id}`, {
      ...validPositionBody(ctx, {
        title: 'Staff ML Engineer, Arabic speech',
        level: 'staff',
        salary: { min: 180_000, max: 240_000, currency: 'USD', period: 'year' },
        niceToHaveSkills: [],
      }),
    });
    expect(edited.statusCode).toBe(200);
    const [listed] = await positionsOf(client, organisation.id);
    expect(listed).toMatchObject({
      id: created.id,
      slug: created.slug,
      title: 'Staff ML Engineer, Arabic speech',
      level: 'staff',
      niceToHaveSkills: [],
      salaryUsd: { min: 180_000, max: 240_000, source: 'identity' },
    });
  });

  it.each([
    [
      'a salary minimum above the maximum',
      { salary: { min: 50_000, max: 40_000, currency: 'AED', period: 'month' } },
      'salary.max',
    ],
    [
      'an unknown currency',
      { salary: { min: 30_000, max: 42_000, currency: 'XYZ', period: 'month' } },
      'salary.currency',
    ],
    ['a valid-through day in the past', { validThrough: '__yesterday__' }, 'validThrough'],
    [
      '500 required skills',
      { requiredSkills: Array.from({ length: 500 }, () => ({ skillId: 'python', minProficiency: 3 })) },
      'requiredSkills',
    ],
    [
      'an unknown skill',
      { requiredSkills: [{ skillId: 'telepathy', minProficiency: 3 }] },
      'requiredSkills.0.skillId',
    ],
    [
      'a remote role without remote countries',
      { workplace: 'remote', remoteCountries: [] },
      'remoteCountries',
    ],
  ])('refuses %s with a problem naming the field, saving nothing', async (_what, overrides, path) => {
    const { client, organisation } = await signedInEmployer(ctx);
    const body: Record<string, unknown> = {
      organisationId: organisation.id,
      ...validPositionBody(ctx),
      ...overrides,
    };
    if (body.validThrough === '__yesterday__') body.validThrough = dayFromNow(-1);
    const response = await client.post('/api/positions', body);
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json().code).toBe('validation_failed');
    expect(response.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    expect(await positionsOf(client, organisation.id)).toEqual([]);
  });

  it('refuses a bad edit and leaves the draft as it was', async () => {
    const { client, organisation } = await signedInEmployer(ctx);
    const created = await draft(client, organisation.id);
    const response = await client.request('PUT', `/api/positions/${created.id}`, {
      ...validPositionBody(ctx, {
        title: 'Changed',
        salary: { min: 50_000, max: 40_000, currency: 'AED', period: 'month' },
      }),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      expect.objectContaining({ path: 'salary.max', code: 'band_order' }),
    ]);
    expect(await positionsOf(client, organisation.id)).toEqual([created]);
  });

  it('saves Markdown with raw HTML and scripts, rendering none of it', async () => {
    const { client, organisation } = await signedInEmployer(ctx);
    const description = [
      'We build **speech** models. <script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '[click me](javascript:alert(1)) and <a href="javascript:alert(2)">this</a>',
      '[our site](https://falcon.example)',
    ].join('\n\n');
    const created = await draft(client, organisation.id, { description });
    expect(created.description).toBe(description);
    const html = created.descriptionHtml;
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<[^>]*\son\w+\s*=/i);
    expect(html).not.toMatch(/<a\b[^>]*href\s*=\s*["']?\s*javascript:/i);
    // Raw HTML shows as inert text; only allow-listed tags with safe attributes remain.
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const tags = [...html.matchAll(/<([a-z0-9]+)([^>]*)>/gi)].map((m) => `${m[1]}${m[2]}`);
    expect(tags).toEqual([
      'p',
      'strong',
      'p',
      'p',
      'p',
      'a href="https://falcon.example" rel="nofollow noopener ugc"',
    ]);
  });

  it('renders the Markdown preview with the same sanitiser, for signed-in users only', async () => {
    const { client } = await signedInClient(ctx);
    const preview = await client.post('/api/markdown/preview', {
      text: '# Role\n\n**bold** <script>alert(1)</script> [x](javascript:alert(1)) <b onclick="x()">b</b>',
    });
    expect(preview.statusCode).toBe(200);
    expect(preview.json().html).toBe(
      '<h3>Role</h3>\n<p><strong>bold</strong> &lt;script&gt;alert(1)&lt;/script&gt; [x](javascript:alert(1)) &lt;b onclick="x()"&gt;b&lt;/b&gt;</p>',
    );
    const anonymous = await ctx.client().post('/api/markdown/preview', { text: 'hi' });
    expect(anonymous.statusCode).toBe(401);
  });

  it("hides another organisation's drafts from a recruiter, who can neither read nor change them", async () => {
    const b = await signedInEmployer(ctx, { name: 'Sahara Analytics' }, 'owner');
    const bDraft = await draft(b.client, b.organisation.id);
    const a = await signedInEmployer(ctx, {}, 'recruiter');

    const attempts = [
      await a.client.get(`/api/positions/${bDraft.id}`),
      await a.client.request(
        'PUT',
        `/api/positions/${bDraft.id}`,
        validPositionBody(ctx, { title: 'Hijacked' }),
      ),
      await transition(a.client, bDraft.id, { action: 'close', reason: 'cancelled' }),
      await a.client.post(`/api/positions/${bDraft.id}/funding`, funding),
      await a.client.get(`/api/organisations/${b.organisation.id}/positions`),
      await a.client.post('/api/positions', { organisationId: b.organisation.id, ...validPositionBody(ctx) }),
    ];
    expect(attempts.map((r) => r.statusCode)).toEqual([404, 404, 404, 404, 404, 404]);
    expect(attempts.map((r) => r.json().code)).toEqual(Array(6).fill('not_found'));
    expect(await positionsOf(b.client, b.organisation.id)).toEqual([bDraft]);
    expect(await positionsOf(a.client, a.organisation.id)).toEqual([]);
  });
});

describe('funding', () => {
  it('takes an attestation only from a hiring manager or an owner', async () => {
    const recruiter = await signedInEmployer(ctx, {}, 'recruiter');
    const position = await draft(recruiter.client, recruiter.organisation.id);
    const refused = await recruiter.client.post(`/api/positions/${position.id}/funding`, funding);
    expect(refused.statusCode).toBe(403);
    expect((await positionsOf(recruiter.client, recruiter.organisation.id))[0]?.funding.status).toBe('none');

    const manager = await signedInClient(ctx, { accountType: 'employer', displayName: 'Huda Manager' });
    await ctx.database.db
      .insert(organisationMembers)
      .values({ organisationId: recruiter.organisation.id, userId: manager.user.id, role: 'hiring_manager' });
    const inverted = await manager.client.post(`/api/positions/${position.id}/funding`, {
      ...funding,
      budgetMin: 600_000,
    });
    expect(inverted.statusCode).toBe(400);
    expect(inverted.json().errors[0].path).toBe('budgetMax');

    const attested = await manager.client.post(`/api/positions/${position.id}/funding`, funding);
    expect(attested.statusCode).toBe(200);
    expect(attested.json<PositionView>().funding).toMatchObject({
      status: 'attested',
      attestedBy: 'Huda Manager',
      budget: { min: 360_000, max: 504_000, currency: 'AED' },
      verifiedAt: null,
    });
    const audit = await auditOf(manager.client, recruiter.organisation.id);
    expect(audit[0]).toMatchObject({
      action: 'funding_attested',
      actor: 'Huda Manager',
      subjectType: 'position',
      subjectId: position.id,
      reason: '360,000–504,000 AED, headcount 1',
    });
  });

  it('refuses to submit a position without attested funding', async () => {
    const { client, organisation } = await signedInEmployer(ctx, {}, 'owner');
    const position = await draft(client, organisation.id);
    const submitted = await transition(client, position.id, { action: 'submit' });
    expect(submitted.statusCode).toBe(409);
    expect(submitted.json()).toMatchObject({ code: 'illegal_transition', errors: [{ path: 'funding' }] });
    expect((await positionsOf(client, organisation.id))[0]?.status).toBe('draft');
  });

  it('refuses to verify funding while the organisation is unverified, and only admins decide', async () => {
    const { client, organisation } = await signedInEmployer(ctx, { verifiedAt: null }, 'owner');
    const admin = await signedInAdmin(ctx);
    const position = await draft(client, organisation.id);
    expect(position.badges.verifiedEmployer).toBe(false);
    await client.post(`/api/positions/${position.id}/funding`, funding);
    expect((await transition(client, position.id, { action: 'submit' })).statusCode).toBe(200);

    const byOwner = await client.post(`/api/admin/positions/${position.id}/funding-decision`, {
      decision: 'approve',
    });
    expect(byOwner.statusCode).toBe(403);
    const decided = await admin.client.post(`/api/admin/positions/${position.id}/funding-decision`, {
      decision: 'approve',
    });
    expect(decided.statusCode).toBe(409);
    expect(decided.json().code).toBe('organisation_not_verified');
    expect((await positionsOf(client, organisation.id))[0]).toMatchObject({
      status: 'pending_review',
      funding: { status: 'attested', verifiedAt: null },
    });
  });

  it('sends a position back to draft when its funding is rejected, with the reason', async () => {
    const { client, organisation } = await signedInEmployer(ctx, {}, 'owner');
    const admin = await signedInAdmin(ctx);
    const position = await draft(client, organisation.id);
    await client.post(`/api/positions/${position.id}/funding`, funding);
    await transition(client, position.id, { action: 'submit' });
    const noReason = await admin.client.post(`/api/admin/positions/${position.id}/funding-decision`, {
      decision: 'reject',
    });
    expect(noReason.json()).toMatchObject({ code: 'validation_failed', errors: [{ path: 'reason' }] });
    const rejected = await admin.client.post(`/api/admin/positions/${position.id}/funding-decision`, {
      decision: 'reject',
      reason: 'No budget approval attached',
    });
    expect(rejected.json<PositionView>()).toMatchObject({
      status: 'draft',
      funding: { status: 'rejected', reason: 'No budget approval attached' },
    });
  });

  // The admin queue lists attested funding whatever the position's status, so an admin can verify a
  // draft's funding before it is submitted. That must not strand the position once it is submitted.
  it('reviews funding only on a submitted position, so a draft can never get stuck in review', async () => {
    const { client, organisation } = await signedInEmployer(ctx, {}, 'owner');
    const admin = await signedInAdmin(ctx);
    const position = await draft(client, organisation.id);
    await client.post(`/api/positions/${position.id}/funding`, funding);
    const queue = async () =>
      (await admin.client.get('/api/admin/positions?funding=attested'))
        .json<{ positions: PositionView[] }>()
        .positions.map((p) => [p.id, p.status]);
    expect(await queue()).toEqual([]);
    const early = await admin.client.post(`/api/admin/positions/${position.id}/funding-decision`, {
      decision: 'approve',
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('illegal_transition');

    expect((await transition(client, position.id, { action: 'submit' })).statusCode).toBe(200);
    expect(await queue()).toEqual([[position.id, 'pending_review']]);
    await admin.client.post(`/api/admin/positions/${position.id}/funding-decision`, { decision: 'approve' });
    const [after] = await positionsOf(client, organisation.id);
    expect(after).toMatchObject({ status: 'open', funding: { status: 'verified' } });
  });
});

describe('lifecycle', () => {
  it('runs open → paused → open → closed (filled) with reasons, refusing illegal moves', async () => {
    const { owner, position } = await openPosition(ctx);
    expect(position).toMatchObject({
      status: 'open',
      funding: { status: 'verified' },
      badges: { verifiedEmployer: true, verifiedFunded: true },
    });
    expect(position.publishedAt).not.toBeNull();
    expect(await publicSlugs()).toEqual([position.slug]);

    const resumeOpen = await transition(owner.client, position.id, { action: 'resume' });
    expect(resumeOpen.statusCode).toBe(409);
    expect(resumeOpen.json().code).toBe('illegal_transition');

    ctx.clock.advance(1000);
    const paused = await transition(owner.client, position.id, {
      action: 'pause',
      note: 'Interviewing the shortlist',
    });
    expect(paused.json<PositionView>().status).toBe('paused');
    expect(await publicSlugs()).toEqual([]);

    ctx.clock.advance(1000);
    const resumed = await transition(owner.client, position.id, { action: 'resume' });
    expect(resumed.json<PositionView>()).toMatchObject({ status: 'open', publishedAt: position.publishedAt });
    expect(await publicSlugs()).toEqual([position.slug]);

    const noReason = await transition(owner.client, position.id, { action: 'close' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0].path).toBe('reason');
    const expiredByHand = await transition(owner.client, position.id, { action: 'close', reason: 'expired' });
    expect(expiredByHand.statusCode).toBe(400);

    ctx.clock.advance(1000);
    const closed = await transition(owner.client, position.id, {
      action: 'close',
      reason: 'filled',
      note: 'Hired through a referral',
    });
    expect(closed.json<PositionView>()).toMatchObject({
      status: 'closed',
      closeReason: 'filled',
      closeNote: 'Hired through a referral',
    });
    expect(await publicSlugs()).toEqual([]);

    const refused = [
      await transition(owner.client, position.id, { action: 'submit' }),
      await transition(owner.client, position.id, { action: 'resume' }),
      await transition(owner.client, position.id, { action: 'renew', validThrough: dayFromNow(40) }),
      await owner.client.request('PUT', `/api/positions/${position.id}`, validPositionBody(ctx)),
    ];
    expect(refused.map((r) => [r.statusCode, r.json().code])).toEqual(
      Array(4).fill([409, 'illegal_transition']),
    );

    const audit = await auditOf(owner.client, owner.organisation.id);
    expect(audit.slice(0, 3).map((e) => [e.action, e.actor, e.reason])).toEqual([
      ['position_close', 'Test User', 'Hired through a referral'],
      ['position_resume', 'Test User', null],
      ['position_pause', 'Test User', 'Interviewing the shortlist'],
    ]);
  });

  it('hides a position once its last day has passed and closes it as expired at the sweep', async () => {
    const { owner, position } = await openPosition(ctx, { validThrough: dayFromNow(2) });
    const slug = position.slug;
    expect(await publicSlugs()).toEqual([slug]);

    ctx.clock.advance(3 * DAY_MS);
    expect(await publicSlugs()).toEqual([]);
    expect((await ctx.client().get(`/api/jobs/${slug}`)).statusCode).toBe(404);
    expect((await ctx.client().get(`/jobs/${slug}`)).statusCode).toBe(404);
    // Hidden at once, but only the sweep makes the closure durable.
    expect((await owner.client.get(`/api/positions/${position.id}`)).json<PositionView>().status).toBe(
      'open',
    );

    const swept = await ctx.app.positions.expireDue();
    expect(swept.map((p) => p.id)).toEqual([position.id]);
    const after = (await owner.client.get(`/api/positions/${position.id}`)).json<PositionView>();
    expect(after).toMatchObject({ status: 'closed', closeReason: 'expired' });
    const [entry] = await auditOf(owner.client, owner.organisation.id);
    expect(entry).toMatchObject({
      action: 'position_expire',
      actor: 'system',
      reason: 'expired',
      subjectType: 'position',
      subjectId: position.id,
    });
    expect(await ctx.app.positions.expireDue()).toEqual([]);
    // Whoever drafted it hears why it vanished, with the way back.
    const mail = await ctx.smtp.waitFor(owner.user.email);
    expect(mail.subject).toBe(`Expired: ${position.title} at ${owner.organisation.name}`);
    expect(mail.text).toContain(`/organisation/${owner.organisation.id}/positions`);
  });

  it('keeps a position open past its old last day once renewed, and refuses a past renewal date', async () => {
    const { owner, position } = await openPosition(ctx, { validThrough: dayFromNow(2) });
    const past = await transition(owner.client, position.id, {
      action: 'renew',
      validThrough: dayFromNow(-1),
    });
    expect(past.statusCode).toBe(400);
    expect(past.json()).toMatchObject({ code: 'validation_failed', errors: [{ path: 'validThrough' }] });
    const today = await transition(owner.client, position.id, {
      action: 'renew',
      validThrough: dayFromNow(0),
    });
    expect(today.statusCode).toBe(400);
    expect((await owner.client.get(`/api/positions/${position.id}`)).json<PositionView>().validThrough).toBe(
      dayFromNow(2),
    );

    const renewed = await transition(owner.client, position.id, {
      action: 'renew',
      validThrough: dayFromNow(20),
    });
    expect(renewed.statusCode).toBe(200);
    expect(renewed.json<PositionView>()).toMatchObject({
      status: 'open',
      validThrough: dayFromNow(20),
      publishedAt: position.publishedAt,
    });

    ctx.clock.advance(3 * DAY_MS);
    expect(await publicSlugs()).toEqual([position.slug]);
    expect(await ctx.app.positions.expireDue()).toEqual([]);
    expect((await owner.client.get(`/api/positions/${position.id}`)).json<PositionView>().status).toBe(
      'open',
    );
  });

  it('closes a paused position at expiry too, and will not resume one whose day has passed', async () => {
    const { owner, position } = await openPosition(ctx, { validThrough: dayFromNow(1) });
    await transition(owner.client, position.id, { action: 'pause' });
    ctx.clock.advance(2 * DAY_MS);
    const resumed = await transition(owner.client, position.id, { action: 'resume' });
    expect(resumed.statusCode).toBe(409);
    expect(resumed.json()).toMatchObject({ code: 'illegal_transition', errors: [{ path: 'validThrough' }] });
    expect((await ctx.app.positions.expireDue()).map((p) => p.id)).toEqual([position.id]);
    const after = (await owner.client.get(`/api/positions/${position.id}`)).json<PositionView>();
    expect(after).toMatchObject({ status: 'closed', closeReason: 'expired' });
  });
});
