import { describe, expect, it } from 'vitest';
import { setupTestApp } from '../../../test/support/context.js';
import { buildUser, findUser, signedInClient, TEST_PASSWORD } from '../../../test/support/factories.js';
import { linkIn } from '../../../test/support/smtp.js';

const ctx = setupTestApp();
const strong = 'a long and unusual passphrase';

describe('sign-up and email verification', () => {
  it('creates an unverified account, mails a link, and the link verifies it once', async () => {
    const client = ctx.client();
    const signUp = await client.post('/api/auth/sign-up', {
      email: 'Nadia.Rahman@Example.test',
      password: strong,
      displayName: 'Nadia Rahman',
      accountType: 'candidate',
    });
    expect(signUp.statusCode).toBe(202);
    expect((await findUser(ctx.database, 'nadia.rahman@example.test'))?.emailVerifiedAt).toBeNull();

    const mail = await ctx.smtp.waitFor('nadia.rahman@example.test');
    expect(mail.subject).toMatch(/confirm your email/i);
    const token = linkIn(mail, '/verify').searchParams.get('token');
    const verify = await client.post('/api/auth/verify-email', { token });
    expect(verify.statusCode).toBe(200);
    expect((await findUser(ctx.database, 'nadia.rahman@example.test'))?.emailVerifiedAt).toBeInstanceOf(Date);

    const again = await client.post('/api/auth/verify-email', { token });
    expect(again.statusCode).toBe(400);
    expect(again.json()).toMatchObject({ code: 'invalid_token', errors: [{ path: 'token' }] });
  });

  it('answers a sign-up for a registered email exactly like a new one, and tells the owner by mail', async () => {
    const existing = await buildUser(ctx.database, { email: 'taken@example.test' });
    const fresh = await ctx.client().post('/api/auth/sign-up', {
      email: 'new@example.test',
      password: strong,
      displayName: 'New',
      accountType: 'candidate',
    });
    const taken = await ctx.client().post('/api/auth/sign-up', {
      email: existing.email,
      password: strong,
      displayName: 'Someone',
      accountType: 'employer',
    });
    expect(taken.statusCode).toBe(fresh.statusCode);
    expect(taken.json()).toEqual(fresh.json());
    const notice = await ctx.smtp.waitFor('taken@example.test');
    expect(notice.subject).toMatch(/already have/i);
    expect((await findUser(ctx.database, 'taken@example.test'))?.accountType).toBe('candidate');
  });

  it('mails in Arabic when the account chose Arabic', async () => {
    await ctx.client().post('/api/auth/sign-up', {
      email: 'omar@example.test',
      password: strong,
      displayName: 'عمر',
      accountType: 'candidate',
      locale: 'ar',
    });
    const mail = await ctx.smtp.waitFor('omar@example.test');
    expect(mail.text).toContain('مرحبًا عمر');
  });

  it('rejects short, common and malformed input with problem+json naming the field', async () => {
    const client = ctx.client();
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [
        { email: 'a@example.test', password: 'short', displayName: 'A', accountType: 'candidate' },
        'password',
        'validation_failed',
      ],
      [
        { email: 'a@example.test', password: 'password1234', displayName: 'A', accountType: 'candidate' },
        'password',
        'weak_password',
      ],
      [
        { email: 'not-an-email', password: strong, displayName: 'A', accountType: 'candidate' },
        'email',
        'validation_failed',
      ],
      [
        { email: 'a@example.test', password: strong, displayName: 'A', accountType: 'admin' },
        'accountType',
        'validation_failed',
      ],
      [
        {
          email: 'a@example.test',
          password: strong,
          displayName: 'A',
          accountType: 'candidate',
          isAdmin: true,
        },
        'isAdmin',
        'validation_failed',
      ],
    ];
    for (const [body, field, code] of cases) {
      const response = await client.post('/api/auth/sign-up', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json()).toMatchObject({ code, status: 400 });
      expect(response.json().errors.map((e: { path: string }) => e.path)).toContain(field);
    }
    expect(await findUser(ctx.database, 'a@example.test')).toBeUndefined();
  });

  it('stores HTML and SQL in names as inert text', async () => {
    const name = `<script>alert(1)</script>'; drop table users; --`;
    const { client } = await signedInClient(ctx, { displayName: name });
    const me = await client.get('/api/auth/me');
    expect(me.json().user.displayName).toBe(name);
    expect(me.headers['content-type']).toContain('application/json');
  });
});

describe('sign-in, sessions and sign-out', () => {
  it('signs in with an httpOnly SameSite=Lax cookie and lists and revokes sessions', async () => {
    const user = await buildUser(ctx.database, { email: 'lina@example.test' });
    const laptop = ctx.client();
    const signIn = await laptop.post('/api/auth/sign-in', {
      email: 'LINA@example.test',
      password: TEST_PASSWORD,
    });
    expect(signIn.statusCode).toBe(200);
    const cookie = signIn.cookies.find((c) => c.name === 'ath_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(signIn.json().user).toMatchObject({ id: user.id, email: 'lina@example.test' });
    expect(signIn.body).not.toContain('password');

    const phone = ctx.client();
    await phone.post('/api/auth/sign-in', { email: 'lina@example.test', password: TEST_PASSWORD });
    const list = await laptop.get('/api/auth/sessions');
    const sessions = list.json().sessions as Array<{ id: string; current: boolean }>;
    expect(sessions).toHaveLength(2);
    const other = sessions.find((s) => !s.current);
    expect(other).toBeDefined();

    expect((await laptop.delete(`/api/auth/sessions/${other?.id}`)).statusCode).toBe(204);
    expect((await phone.get('/api/auth/me')).statusCode).toBe(401);
    expect((await laptop.get('/api/auth/me')).statusCode).toBe(200);

    expect((await laptop.post('/api/auth/sign-out')).statusCode).toBe(204);
    expect((await laptop.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('gives the same answer for an unknown email and a wrong password', async () => {
    await buildUser(ctx.database, { email: 'known@example.test' });
    const wrong = await ctx
      .client()
      .post('/api/auth/sign-in', { email: 'known@example.test', password: 'nope nope nope' });
    const unknown = await ctx
      .client()
      .post('/api/auth/sign-in', { email: 'nobody@example.test', password: 'nope nope nope' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
  });

  it('ends a session after its expiry', async () => {
    const { client } = await signedInClient(ctx);
    ctx.clock.advance((ctx.config.sessionTtlDays + 1) * 86_400_000);
    expect((await client.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('refuses a write without the CSRF token', async () => {
    const { client } = await signedInClient(ctx);
    const response = await client.request('PATCH', '/api/auth/me', { locale: 'ar' }, { 'x-csrf-token': '' });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('csrf_invalid');
    const ok = await client.patch('/api/auth/me', { locale: 'ar' });
    expect(ok.json().user.locale).toBe('ar');
  });
});

describe('rate limits', () => {
  it('limits sign-in attempts per account across IPs, with Retry-After', async () => {
    await buildUser(ctx.database, { email: 'target@example.test' });
    let last = await ctx
      .client({ ip: '10.0.0.1' })
      .post('/api/auth/sign-in', { email: 'target@example.test', password: 'x' });
    for (let i = 0; i < 10; i++) {
      last = await ctx
        .client({ ip: `10.0.0.${i + 2}` })
        .post('/api/auth/sign-in', { email: 'target@example.test', password: 'x' });
    }
    expect(last.statusCode).toBe(429);
    expect(last.json().code).toBe('rate_limited');
    expect(Number(last.headers['retry-after'])).toBeGreaterThan(0);
    ctx.clock.advance(16 * 60_000);
    const after = await ctx
      .client()
      .post('/api/auth/sign-in', { email: 'target@example.test', password: TEST_PASSWORD });
    expect(after.statusCode).toBe(200);
  });

  it('counts only failed sign-ins: many right passwords from one address never lock anyone out', async () => {
    await buildUser(ctx.database, { email: 'busy@example.test' });
    const office = ctx.client({ ip: '10.9.9.9' });
    // Past both limits (10 per account, 30 per address), all with the right password.
    for (let i = 0; i < 32; i++) {
      const response = await office.post('/api/auth/sign-in', {
        email: 'busy@example.test',
        password: TEST_PASSWORD,
      });
      expect(response.statusCode).toBe(200);
    }
    // Failures still add up as before: the eleventh wrong one for the account is refused.
    let last = await office.post('/api/auth/sign-in', { email: 'busy@example.test', password: 'x' });
    for (let i = 0; i < 10; i++)
      last = await office.post('/api/auth/sign-in', { email: 'busy@example.test', password: 'x' });
    expect(last.statusCode).toBe(429);
    expect(last.json().code).toBe('rate_limited');
  });

  it('limits sign-ups per IP', async () => {
    const client = ctx.client({ ip: '192.0.2.7' });
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const r = await client.post('/api/auth/sign-up', {
        email: `spam${i}@example.test`,
        password: strong,
        displayName: 'S',
        accountType: 'candidate',
      });
      statuses.push(r.statusCode);
    }
    expect(statuses.slice(0, 10).every((s) => s === 202)).toBe(true);
    expect(statuses[10]).toBe(429);
  });
});

describe('password reset', () => {
  it('mails a one-time link that sets a new password and ends every session', async () => {
    const { client } = await signedInClient(ctx, { email: 'reset@example.test' });
    const request = await ctx
      .client()
      .post('/api/auth/password-reset/request', { email: 'reset@example.test' });
    expect(request.statusCode).toBe(202);
    const unknown = await ctx
      .client()
      .post('/api/auth/password-reset/request', { email: 'ghost@example.test' });
    expect(unknown.json()).toEqual(request.json());

    const token = linkIn(await ctx.smtp.waitFor('reset@example.test'), '/reset-password').searchParams.get(
      'token',
    );
    const weak = await ctx
      .client()
      .post('/api/auth/password-reset/confirm', { token, password: 'qwertyuiop123' });
    expect(weak.json()).toMatchObject({ code: 'weak_password', errors: [{ path: 'password' }] });
    const confirm = await ctx.client().post('/api/auth/password-reset/confirm', { token, password: strong });
    expect(confirm.statusCode).toBe(200);
    expect((await client.get('/api/auth/me')).statusCode).toBe(401);

    const old = await ctx
      .client()
      .post('/api/auth/sign-in', { email: 'reset@example.test', password: TEST_PASSWORD });
    expect(old.statusCode).toBe(401);
    const fresh = await ctx
      .client()
      .post('/api/auth/sign-in', { email: 'reset@example.test', password: strong });
    expect(fresh.statusCode).toBe(200);
    const reuse = await ctx
      .client()
      .post('/api/auth/password-reset/confirm', { token, password: `${strong}!` });
    expect(reuse.json().code).toBe('invalid_token');
  });

  it('refuses an expired link', async () => {
    await buildUser(ctx.database, { email: 'late@example.test' });
    await ctx.client().post('/api/auth/password-reset/request', { email: 'late@example.test' });
    const token = linkIn(await ctx.smtp.waitFor('late@example.test'), '/reset-password').searchParams.get(
      'token',
    );
    ctx.clock.advance(61 * 60_000);
    const confirm = await ctx.client().post('/api/auth/password-reset/confirm', { token, password: strong });
    expect(confirm.json().code).toBe('invalid_token');
  });
});

describe('first admin (ath admin create)', () => {
  it('creates a verified admin, and promotes an existing account without touching its password', async () => {
    const { createAuthService } = await import('./auth.service.js');
    const { createRateLimiter } = await import('../ratelimit/rate-limit.service.js');
    const auth = createAuthService({
      db: ctx.database.db,
      mailer: { send: async () => undefined, close: () => undefined },
      limiter: createRateLimiter(ctx.database.db, () => new Date()),
      now: () => new Date(),
      publicUrl: ctx.config.publicUrl,
      sessionTtlDays: 30,
      log: { error: () => undefined },
    });
    expect(await auth.createAdmin('root@example.test', strong, 'Root')).toEqual({ created: true });
    const signIn = await ctx
      .client()
      .post('/api/auth/sign-in', { email: 'root@example.test', password: strong });
    expect(signIn.json().user).toMatchObject({ isAdmin: true, accountType: 'admin', emailVerified: true });

    await buildUser(ctx.database, { email: 'promote@example.test' });
    expect(await auth.createAdmin('promote@example.test', 'ignored password 123', 'X')).toEqual({
      created: false,
    });
    const promoted = await ctx
      .client()
      .post('/api/auth/sign-in', { email: 'promote@example.test', password: TEST_PASSWORD });
    expect(promoted.json().user).toMatchObject({ isAdmin: true, accountType: 'candidate' });
  });
});
