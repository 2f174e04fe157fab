// Working days by the organisation's country, for "waiting more than 5 business days". The Gulf
// mostly rests Friday-Saturday; the UAE moved to Saturday-Sunday in 2022, the default for everyone
// else too. Days are counted in the country's own time zone (the Gulf keeps no daylight saving).

interface WorkWeek {
  /** Days of the week (0 = Sunday) with no work. */
  weekend: readonly number[];
  /** Hours ahead of UTC. */
  utcOffsetHours: number;
}

const SAT_SUN = [6, 0];
const FRI_SAT = [5, 6];

const WORK_WEEKS: Readonly<Record<string, WorkWeek>> = {
  AE: { weekend: SAT_SUN, utcOffsetHours: 4 },
  SA: { weekend: FRI_SAT, utcOffsetHours: 3 },
  QA: { weekend: FRI_SAT, utcOffsetHours: 3 },
  KW: { weekend: FRI_SAT, utcOffsetHours: 3 },
  BH: { weekend: FRI_SAT, utcOffsetHours: 3 },
  OM: { weekend: FRI_SAT, utcOffsetHours: 4 },
};

const DEFAULT_WEEK: WorkWeek = { weekend: SAT_SUN, utcOffsetHours: 0 };
const MS_PER_DAY = 86_400_000;

/** The working week of a country (ISO alpha-2); Saturday-Sunday in UTC when we know no better. */
export function workWeekOf(country: string | null | undefined): WorkWeek {
  return (country && WORK_WEEKS[country]) || DEFAULT_WEEK;
}

function localDayNumber(instant: Date, offsetHours: number): number {
  return Math.floor((instant.getTime() + offsetHours * 3_600_000) / MS_PER_DAY);
}

/**
 * Working days that have begun after `from`'s day, up to and including `to`'s day, in the country's
 * time zone: an application received on a Monday has waited 5 business days on the next Monday in
 * the UAE. Zero when `to` is not after `from`.
 */
export function businessDaysBetween(from: Date, to: Date, country: string | null | undefined): number {
  const week = workWeekOf(country);
  const first = localDayNumber(from, week.utcOffsetHours) + 1;
  const last = localDayNumber(to, week.utcOffsetHours);
  if (last < first) return 0;
  const span = last - first + 1;
  const fullWeeks = Math.floor(span / 7);
  let count = fullWeeks * (7 - week.weekend.length);
  // Day number 0 (1970-01-01) was a Thursday: weekday = (n + 4) mod 7.
  for (let day = first + fullWeeks * 7; day <= last; day++) {
    if (!week.weekend.includes((((day + 4) % 7) + 7) % 7)) count++;
  }
  return count;
}

/** The threshold the pipeline board flags: an application left waiting longer than this. */
export const WAITING_BUSINESS_DAYS = 5;
