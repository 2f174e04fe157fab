import { createHash, randomBytes } from 'node:crypto';

/** A URL-safe secret with 256 bits of entropy, for cookies and mailed links. */
export function newSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What we store instead of a token, so a database leak hands out no live secrets. */
export function tokenDigest(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
