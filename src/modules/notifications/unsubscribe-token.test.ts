import { describe, expect, it } from 'vitest';
import { unsubscribeTokens } from './unsubscribe-token.js';

const secret = 'a-session-secret-of-at-least-32-characters';
const now = new Date('2026-03-10T09:30:00Z');
const claims = {
  u: '6f1c2b8e-3f4a-4c5d-9e6f-7a8b9c0d1e2f',
  k: 'message' as const,
  x: now.getTime() / 1000 + 60,
};

describe('unsubscribe tokens', () => {
  it('verifies a token it issued', () => {
    const tokens = unsubscribeTokens(secret);
    expect(tokens.verify(tokens.issue(claims), now)).toEqual({ ok: true, claims });
  });

  it('refuses a token signed with another secret', () => {
    const other = unsubscribeTokens(`${secret}-other`).issue(claims);
    expect(unsubscribeTokens(secret).verify(other, now)).toEqual({ ok: false, reason: 'forged' });
  });

  it('refuses edited claims under the old signature', () => {
    const tokens = unsubscribeTokens(secret);
    const [version, , signature] = tokens.issue(claims).split('.');
    const edited = Buffer.from(JSON.stringify({ ...claims, k: 'all' })).toString('base64url');
    expect(tokens.verify(`${version}.${edited}.${signature}`, now)).toEqual({ ok: false, reason: 'forged' });
  });

  it('refuses garbage and a truncated signature', () => {
    const tokens = unsubscribeTokens(secret);
    expect(tokens.verify('nonsense', now).ok).toBe(false);
    expect(tokens.verify(tokens.issue(claims).slice(0, -4), now).ok).toBe(false);
  });

  it('refuses an expired token', () => {
    const tokens = unsubscribeTokens(secret);
    const later = new Date(now.getTime() + 61_000);
    expect(tokens.verify(tokens.issue(claims), later)).toEqual({ ok: false, reason: 'expired' });
  });
});
