// When delivery looks at which rows. The clock is an argument: core reads none.

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/**
 * Rows older than this are never emailed: a worker that was down for days, or a setting switched
 * from off back on, must not flood an inbox with stale news.
 */
export const EMAIL_WINDOW_MS = 2 * DAY_MS;

/** Midnight UTC at the start of the day that contains the instant. */
export function startOfUtcDay(at: Date): Date {
  return new Date(Math.floor(at.getTime() / DAY_MS) * DAY_MS);
}

/** The rows instant delivery reads: not yet emailed, created within the window before now. */
export function instantWindow(now: Date): { from: Date; until: Date } {
  return { from: new Date(now.getTime() - EMAIL_WINDOW_MS), until: new Date(now.getTime() + DAY_MS) };
}

/**
 * The hour (UTC) at which each day's digest closes and leaves: 08:00 in the UAE and Oman, 07:00 in
 * Saudi Arabia, Qatar, Kuwait and Bahrain, where most of our users start their day. At midnight
 * UTC, as before, it reached them at four in the morning.
 */
export const DIGEST_HOUR_UTC = 4;

/**
 * The rows the daily digest reads: created before the latest DIGEST_HOUR_UTC, so each day's
 * notifications leave in one email the next morning. `day` names the UTC date the window mostly
 * covers (the one before its end). A day missed while no process ran is folded into the next
 * digest, within the window.
 */
export function digestWindow(now: Date): { from: Date; until: Date; day: string } {
  const today = startOfUtcDay(now).getTime() + DIGEST_HOUR_UTC * HOUR_MS;
  const until = new Date(now.getTime() >= today ? today : today - DAY_MS);
  const day = new Date(until.getTime() - DAY_MS).toISOString().slice(0, 10);
  return { from: new Date(until.getTime() - EMAIL_WINDOW_MS), until, day };
}
