// How fast the marketplace works: open-to-work to an accepted offer (against the career guide's
// 14-week baseline), and how quickly organisations first answer an application.
import { type Bucket, distribution, median, rate } from './stats.js';

/** The career guide's typical job search for AI roles, the figure we measure ourselves against. */
export const GUIDE_BASELINE_WEEKS = 14;

const MS_PER_WEEK = 7 * 86_400_000;
const MS_PER_HOUR = 3_600_000;
const WEEK_EDGES = [0, 2, 4, 6, 8, 10, 14, 20, 26];
const HOUR_EDGES = [0, 24, 48, 72, 120, 168, 336];

export interface HireRow {
  /** When the candidate said they were open to work; null when they never did (left out). */
  openToWorkSince: Date | null;
  offerAcceptedAt: Date;
}

export interface TimeToOffer {
  baselineWeeks: number;
  count: number;
  medianWeeks: number | null;
  /** Share of hires that took less than the baseline. */
  shareUnderBaseline: number | null;
  buckets: Bucket[];
}

/** Weeks from open-to-work to an accepted offer: median, distribution and the share under 14 weeks. */
export function timeToOffer(rows: readonly HireRow[]): TimeToOffer {
  const weeks = rows.flatMap((r) => {
    if (!r.openToWorkSince) return [];
    const span = (r.offerAcceptedAt.getTime() - r.openToWorkSince.getTime()) / MS_PER_WEEK;
    // An acceptance before the open-to-work date means the flag was switched on later: not a search.
    return span >= 0 ? [span] : [];
  });
  const middle = median(weeks);
  return {
    baselineWeeks: GUIDE_BASELINE_WEEKS,
    count: weeks.length,
    medianWeeks: middle === null ? null : Math.round(middle * 10) / 10,
    shareUnderBaseline: rate(weeks.filter((w) => w < GUIDE_BASELINE_WEEKS).length, weeks.length),
    buckets: distribution(weeks, WEEK_EDGES),
  };
}

export interface ResponseRow {
  createdAt: Date;
  firstResponseAt: Date | null;
}

export interface FirstResponse {
  /** Applications counted (candidates' own applications; introductions begin with the organisation). */
  applications: number;
  responded: number;
  responseRate: number | null;
  medianHours: number | null;
  buckets: Bucket[];
}

/** Time to the organisation's first move or message, and the share of applications that got one. */
export function firstResponse(rows: readonly ResponseRow[]): FirstResponse {
  const hours = rows.flatMap((r) =>
    r.firstResponseAt
      ? [Math.max(0, (r.firstResponseAt.getTime() - r.createdAt.getTime()) / MS_PER_HOUR)]
      : [],
  );
  const middle = median(hours);
  return {
    applications: rows.length,
    responded: hours.length,
    responseRate: rate(hours.length, rows.length),
    medianHours: middle === null ? null : Math.round(middle * 10) / 10,
    buckets: distribution(hours, HOUR_EDGES),
  };
}
