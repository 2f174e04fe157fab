import type { Session, SignInBody, SignUpBody, User } from '../../contracts/auth.js';
import type { Locale } from '../../contracts/common.js';
import { AppError, fieldError } from '../../core/errors.js';
import type { Db } from '../../db/client.js';
import type { Mailer, OutgoingMail } from '../mail/mailer.js';
import { renderMail } from '../mail/templates.js';
import { accountLimits, type RateLimiter } from '../ratelimit/rate-limit.service.js';
import * as repo from './auth.repository.js';
import { hashPassword, isCommonPassword, verifyPassword } from './passwords.js';
import { newSecretToken, tokenDigest } from './tokens.js';
import { toUserView } from './user-view.js';

const HOUR_MS = 3_600_000;
const VERIFY_TTL_MS = 24 * HOUR_MS;
const RESET_TTL_MS = HOUR_MS;
// Writing last_seen on every request would turn every read into a write; five minutes is plenty.
const TOUCH_INTERVAL_MS = 5 * 60_000;

export interface ClientInfo {
  ip: string;
  userAgent?: string | undefined;
}

export interface AuthDeps {
  db: Db;
  mailer: Mailer;
  limiter: RateLimiter;
  now: () => Date;
  publicUrl: string;
  sessionTtlDays: number;
  log: { error(obj: unknown, msg: string): void };
}

export interface SignedIn {
  user: User;
  token: string;
  expiresAt: Date;
}

export interface ResolvedSession {
  user: repo.UserRow;
  sessionId: string;
}

export type AuthService = ReturnType<typeof createAuthService>;

/** Accounts, sessions, verification and password reset. */
export function createAuthService(deps: AuthDeps) {
  const { db, limiter, now } = deps;
  const sessionTtlMs = deps.sessionTtlDays * 24 * HOUR_MS;
  // Sign-in with an unknown email still spends one argon2 verification, so timing tells nothing.
  const dummyHash = hashPassword(newSecretToken());

  function assertAcceptablePassword(password: string): void {
    if (isCommonPassword(password)) {
      throw fieldError('password', 'This password is too common. Choose another.', 'weak_password');
    }
  }

  async function deliver(mail: OutgoingMail): Promise<void> {
    try {
      await deps.mailer.send(mail);
    } catch (error) {
      // The answer must not depend on the mail server; the user can ask for the mail again.
      deps.log.error({ err: error, subject: mail.subject }, 'mail delivery failed');
    }
  }

  async function issueToken(userId: string, purpose: repo.TokenPurpose, ttlMs: number): Promise<string> {
    const token = newSecretToken();
    const at = now();
    await repo.insertAccountToken(db, {
      userId,
      purpose,
      tokenHash: tokenDigest(token),
      createdAt: at,
      expiresAt: new Date(at.getTime() + ttlMs),
    });
    return token;
  }

  async function sendVerification(user: repo.UserRow): Promise<void> {
    const token = await issueToken(user.id, 'verify_email', VERIFY_TTL_MS);
    const link = `${deps.publicUrl}/verify?token=${encodeURIComponent(token)}`;
    await deliver(renderMail('verifyEmail', user.locale, user.email, { name: user.displayName, link }));
  }

  return {
    async signUp(body: SignUpBody, client: ClientInfo): Promise<void> {
      await limiter.consume([
        { key: `sign-up:ip:${client.ip}`, rule: accountLimits.signUpPerIp },
        { key: `sign-up:account:${body.email}`, rule: accountLimits.signUpPerAccount },
      ]);
      assertAcceptablePassword(body.password);
      const passwordHash = await hashPassword(body.password);
      const created = await repo.insertUser(db, {
        email: body.email,
        passwordHash,
        displayName: body.displayName,
        accountType: body.accountType,
        locale: body.locale,
      });
      if (created) {
        await sendVerification(created);
        return;
      }
      // Same answer as a new account; the owner of the address learns of the attempt by mail.
      const existing = await repo.findUserByEmail(db, body.email);
      if (existing) {
        const link = `${deps.publicUrl}/sign-in`;
        await deliver(
          renderMail('accountExists', existing.locale, existing.email, { name: existing.displayName, link }),
        );
      }
    },

    async resendVerification(email: string, client: ClientInfo): Promise<void> {
      await limiter.consume([
        { key: `mail:ip:${client.ip}`, rule: accountLimits.mailPerIp },
        { key: `mail:account:${email}`, rule: accountLimits.mailPerAccount },
      ]);
      const user = await repo.findUserByEmail(db, email);
      if (user && !user.emailVerifiedAt) await sendVerification(user);
    },

    async verifyEmail(token: string): Promise<void> {
      const at = now();
      const userId = await repo.consumeAccountToken(db, tokenDigest(token), 'verify_email', at);
      if (!userId) throw fieldError('token', 'This link is invalid or has expired.', 'invalid_token');
      const user = await repo.findUserById(db, userId);
      if (user && !user.emailVerifiedAt) await repo.updateUser(db, userId, { emailVerifiedAt: at });
    },

    async signIn(body: SignInBody, client: ClientInfo): Promise<SignedIn> {
      const limits = [
        { key: `sign-in:ip:${client.ip}`, rule: accountLimits.signInPerIp },
        { key: `sign-in:account:${body.email}`, rule: accountLimits.signInPerAccount },
      ];
      // Every attempt counts until its password is checked (so guessing is limited however fast
      // the guesses come); a right password then takes its hits back, so only failures add up and
      // someone signing in on several devices, or many colleagues behind one office address, are
      // never locked out by their own successful sign-ins.
      await limiter.consume(limits);
      const user = await repo.findUserByEmail(db, body.email);
      const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash), body.password);
      if (!user || !ok) throw new AppError('invalid_credentials', 'The email or password is not right.');
      await limiter.refund(limits.map((limit) => limit.key));
      const token = newSecretToken();
      const at = now();
      const expiresAt = new Date(at.getTime() + sessionTtlMs);
      await repo.insertSession(db, {
        userId: user.id,
        tokenHash: tokenDigest(token),
        userAgent: client.userAgent?.slice(0, 400) ?? null,
        ip: client.ip,
        createdAt: at,
        lastSeenAt: at,
        expiresAt,
      });
      return { user: toUserView(user), token, expiresAt };
    },

    /** The signed-in user for a session cookie, or undefined; slides the expiry on activity. */
    async resolveSession(token: string): Promise<ResolvedSession | undefined> {
      const at = now();
      const found = await repo.findLiveSession(db, tokenDigest(token), at);
      if (!found) return undefined;
      if (at.getTime() - found.session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
        await repo.touchSession(db, found.session.id, at, new Date(at.getTime() + sessionTtlMs));
      }
      return { user: found.user, sessionId: found.session.id };
    },

    async signOut(userId: string, sessionId: string): Promise<void> {
      await repo.deleteSession(db, userId, sessionId);
    },

    async listSessions(userId: string, currentSessionId: string): Promise<Session[]> {
      const rows = await repo.listLiveSessions(db, userId, now());
      return rows.map((s) => ({
        id: s.id,
        createdAt: s.createdAt.toISOString(),
        lastSeenAt: s.lastSeenAt.toISOString(),
        expiresAt: s.expiresAt.toISOString(),
        userAgent: s.userAgent,
        ip: s.ip,
        current: s.id === currentSessionId,
      }));
    },

    async revokeSession(userId: string, sessionId: string): Promise<void> {
      // Someone else's session and a missing one look the same: 404.
      if (!(await repo.deleteSession(db, userId, sessionId))) {
        throw new AppError('not_found', 'No such session');
      }
    },

    async requestPasswordReset(email: string, client: ClientInfo): Promise<void> {
      await limiter.consume([
        { key: `mail:ip:${client.ip}`, rule: accountLimits.mailPerIp },
        { key: `mail:account:${email}`, rule: accountLimits.mailPerAccount },
      ]);
      const user = await repo.findUserByEmail(db, email);
      if (!user) return;
      const token = await issueToken(user.id, 'reset_password', RESET_TTL_MS);
      const link = `${deps.publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
      await deliver(renderMail('resetPassword', user.locale, user.email, { name: user.displayName, link }));
    },

    async confirmPasswordReset(token: string, password: string): Promise<void> {
      assertAcceptablePassword(password);
      const passwordHash = await hashPassword(password);
      const at = now();
      await db.transaction(async (tx) => {
        const userId = await repo.consumeAccountToken(tx, tokenDigest(token), 'reset_password', at);
        if (!userId) throw fieldError('token', 'This link is invalid or has expired.', 'invalid_token');
        // Receiving the mail proves the address, and every old session ends with the old password.
        await repo.updateUser(tx, userId, { passwordHash, emailVerifiedAt: at });
        await repo.deleteSessionsOfUser(tx, userId);
      });
    },

    async updateMe(userId: string, changes: { displayName?: string; locale?: Locale }): Promise<User> {
      const row = await repo.updateUser(db, userId, changes);
      if (!row) throw new AppError('not_found', 'No such account');
      return toUserView(row);
    },

    /** Creates or promotes the platform admin (the CLI's `ath admin create`). */
    async createAdmin(email: string, password: string, displayName: string): Promise<{ created: boolean }> {
      const existing = await repo.findUserByEmail(db, email);
      if (existing) {
        await repo.updateUser(db, existing.id, { isAdmin: true });
        return { created: false };
      }
      assertAcceptablePassword(password);
      await repo.insertUser(db, {
        email,
        passwordHash: await hashPassword(password),
        displayName,
        accountType: 'admin',
        isAdmin: true,
        emailVerifiedAt: now(),
      });
      return { created: true };
    },
  };
}
