// Calendar days (YYYY-MM-DD, UTC) for end dates. A position's validThrough names a whole day: it stays
// open until that day ends in UTC, the one time zone every reader of a posting can agree on.

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Midnight UTC at the start of a real calendar day, or null for a malformed or impossible one (02-30). */
export function startOfDay(day: string): Date | null {
  const match = DAY.exec(day);
  if (!match) return null;
  const [, year, month, date] = match.map(Number) as [number, number, number, number];
  const start = new Date(Date.UTC(year, month - 1, date));
  // Date.UTC rolls 2026-02-30 over to March 2nd; a round trip catches it.
  return start.toISOString().slice(0, 10) === day ? start : null;
}

/** The UTC calendar day of an instant. */
export function dayOf(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/** The day `days` after (or before, when negative) the UTC day of `instant`. */
export function addDays(instant: Date, days: number): string {
  return dayOf(new Date(instant.getTime() + days * MS_PER_DAY));
}

/** True once the whole of the `validThrough` day (UTC) has passed; a malformed day counts as expired. */
export function isExpired(validThrough: string, now: Date): boolean {
  const start = startOfDay(validThrough);
  return start === null || now.getTime() >= start.getTime() + MS_PER_DAY;
}
