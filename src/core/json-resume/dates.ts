// JSON Resume dates are YYYY, YYYY-MM or YYYY-MM-DD. The official schema's pattern lets months 00-19 and
// days 00-39 through, so we check real calendar values on top, and compare partial dates by the period
// they cover (a role that ended "2024" may have ended on any day of 2024).

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

interface Parts {
  year: number;
  month: number | null;
  day: number | null;
}

function parts(value: string): Parts | null {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return null;
  const [, year, month, day] = match;
  return { year: Number(year), month: month ? Number(month) : null, day: day ? Number(day) : null };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for YYYY, YYYY-MM or YYYY-MM-DD naming a real calendar year, month or day. */
export function isPartialDate(value: string): boolean {
  const p = parts(value);
  if (!p) return false;
  if (p.month === null) return true;
  if (p.month < 1 || p.month > 12) return false;
  if (p.day === null) return true;
  return p.day >= 1 && p.day <= daysInMonth(p.year, p.month);
}

/** The first instant (UTC ms) of the period a partial date names; NaN when it is not one. */
export function periodStart(value: string): number {
  const p = isPartialDate(value) ? parts(value) : null;
  if (!p) return Number.NaN;
  return Date.UTC(p.year, (p.month ?? 1) - 1, p.day ?? 1);
}

/** The first instant after the period a partial date names; NaN when it is not one. */
export function periodEnd(value: string): number {
  const p = isPartialDate(value) ? parts(value) : null;
  if (!p) return Number.NaN;
  if (p.month === null) return Date.UTC(p.year + 1, 0, 1);
  if (p.day === null) return Date.UTC(p.year, p.month, 1);
  return Date.UTC(p.year, p.month - 1, p.day + 1);
}

/** True when the whole period lies after `now` (so "2025" is not in the future during 2025). */
export function isInFuture(value: string, now: Date): boolean {
  return periodStart(value) > now.getTime();
}

/** True when an end date's period finishes before the start date's period begins. */
export function endsBeforeStart(startDate: string, endDate: string): boolean {
  return periodEnd(endDate) <= periodStart(startDate);
}

/** The calendar year of a partial date. */
export function yearOf(value: string): number {
  return Number(value.slice(0, 4));
}
