import { AppError } from '../../core/errors.js';
import type { Db } from '../../db/client.js';
import { hitWindow, unhitWindows } from './rate-limit.repository.js';

export interface RateLimitRule {
  /** Hits allowed per window. */
  limit: number;
  windowSeconds: number;
}

/** The limits on the unauthenticated account endpoints, per client IP and per account email. */
export const accountLimits = {
  signInPerIp: { limit: 30, windowSeconds: 15 * 60 },
  signInPerAccount: { limit: 10, windowSeconds: 15 * 60 },
  signUpPerIp: { limit: 10, windowSeconds: 60 * 60 },
  signUpPerAccount: { limit: 3, windowSeconds: 60 * 60 },
  mailPerIp: { limit: 10, windowSeconds: 60 * 60 },
  mailPerAccount: { limit: 5, windowSeconds: 60 * 60 },
} satisfies Record<string, RateLimitRule>;

export interface RateLimiter {
  /** Counts one hit against each key and throws rate_limited when any is over its rule. */
  consume(checks: Array<{ key: string; rule: RateLimitRule }>): Promise<void>;
  /** Takes back one hit from each key, for an attempt that should not count (see signIn). */
  refund(keys: readonly string[]): Promise<void>;
}

/** A limiter whose counters live in the database, so all server processes share them. */
export function createRateLimiter(db: Db, now: () => Date): RateLimiter {
  return {
    async consume(checks) {
      for (const { key, rule } of checks) {
        const at = now();
        const window = await hitWindow(db, key, at, rule.windowSeconds);
        if (window.hits > rule.limit) {
          const resetsAt = window.windowStart.getTime() + rule.windowSeconds * 1000;
          const retryAfterSeconds = Math.max(1, Math.ceil((resetsAt - at.getTime()) / 1000));
          throw new AppError('rate_limited', 'Too many attempts. Try again later.', { retryAfterSeconds });
        }
      }
    },
    refund: (keys) => unhitWindows(db, keys),
  };
}
