// Unsubscribe links carry a signed token rather than a stored one, so every email can have its own
// link without a table of outstanding tokens. HMAC-SHA256 from node:crypto signs it, with a key
// derived (HKDF) from the session secret so the two uses never share a key. Used tokens' hashes go to
// unsubscribe_uses, so a replay changes nothing.
import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { notificationKindSchema } from '../../contracts/notifications.js';

const VERSION = 'u1';
const claimsSchema = z.strictObject({
  /** The user. */
  u: z.uuid(),
  /** The kind whose email the link turns off, or all. */
  k: z.union([notificationKindSchema, z.literal('all')]),
  /** Expiry, seconds since the epoch. */
  x: z.number().int().positive(),
});
export type UnsubscribeClaims = z.infer<typeof claimsSchema>;

export type TokenCheck =
  | { ok: true; claims: UnsubscribeClaims }
  | { ok: false; reason: 'forged' | 'expired' };

/** Signs and checks unsubscribe tokens with a key derived from the given secret. */
export function unsubscribeTokens(secret: string) {
  const key = Buffer.from(hkdfSync('sha256', secret, '', 'ath unsubscribe token v1', 32));
  const sign = (body: string) => createHmac('sha256', key).update(`${VERSION}.${body}`).digest();

  return {
    /** A token naming the user, the scope and the expiry. */
    issue(claims: UnsubscribeClaims): string {
      const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
      return `${VERSION}.${body}.${sign(body).toString('base64url')}`;
    },
    /** Checks the signature first (constant time), then the claims and the expiry. */
    verify(token: string, now: Date): TokenCheck {
      const [version, body, signature, ...rest] = token.split('.');
      if (version !== VERSION || !body || !signature || rest.length) return { ok: false, reason: 'forged' };
      const given = Buffer.from(signature, 'base64url');
      const expected = sign(body);
      if (given.length !== expected.length || !timingSafeEqual(given, expected))
        return { ok: false, reason: 'forged' };
      let parsed: unknown;
      try {
        parsed = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
      } catch {
        return { ok: false, reason: 'forged' };
      }
      const claims = claimsSchema.safeParse(parsed);
      if (!claims.success) return { ok: false, reason: 'forged' };
      if (claims.data.x * 1000 <= now.getTime()) return { ok: false, reason: 'expired' };
      return { ok: true, claims: claims.data };
    },
  };
}

export type UnsubscribeTokens = ReturnType<typeof unsubscribeTokens>;
