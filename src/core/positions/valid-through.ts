// How long a posting may stay up. Stale postings are the commonest complaint about job boards, so an
// end date is mandatory and short by default; a year is the longest any hiring plan is firm.
import type { FieldProblem } from '../errors.js';
import { addDays, dayOf, isExpired, startOfDay } from './days.js';

/** Days a position stays open when the employer does not choose an end date. */
export const DEFAULT_VALID_DAYS = 60;
/** The furthest ahead an end date may be set. */
export const MAX_VALID_DAYS = 365;

/** The default end date: DEFAULT_VALID_DAYS after today (UTC), as YYYY-MM-DD. */
export function defaultValidThrough(now: Date): string {
  return addDays(now, DEFAULT_VALID_DAYS);
}

/**
 * What is wrong with an end date, if anything. `allowToday` is true for a body (a posting may end
 * today) and false for a renewal (renewing to today would extend nothing).
 */
export function validThroughProblem(
  day: string,
  now: Date,
  path: string,
  allowToday: boolean,
): FieldProblem | null {
  if (startOfDay(day) === null)
    return { path, message: 'Use a real date as YYYY-MM-DD', code: 'invalid_date' };
  if (isExpired(day, now) || (!allowToday && day === dayOf(now)))
    return {
      path,
      message: allowToday ? 'This date has passed' : 'Choose a date after today',
      code: 'past_date',
    };
  const latest = addDays(now, MAX_VALID_DAYS);
  if (day > latest)
    return {
      path,
      message: `Choose a date at most ${MAX_VALID_DAYS} days ahead (${latest})`,
      code: 'too_far',
    };
  return null;
}
