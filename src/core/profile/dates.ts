import type { ProfileItemBody } from '../../contracts/profile.js';
import type { FieldProblem } from '../errors.js';

/** The first instant of a YYYY, YYYY-MM or YYYY-MM-DD date, in UTC. */
export function startOfPartialDate(date: string): Date {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

// Which fields of each kind describe the past; an expiry date or a planned end may lie ahead.
const PAST_FIELDS: Record<ProfileItemBody['kind'], string[]> = {
  role: ['startDate', 'endDate'],
  education: ['startDate'],
  project: ['startDate', 'endDate'],
  certification: ['issueDate'],
  publication: [],
};

/** Problems with dates that lie in the future where they must lie in the past, or run backwards. */
export function itemDateProblems(item: ProfileItemBody, now: Date, pathPrefix = ''): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const fields = item as unknown as Record<string, unknown>;
  for (const field of PAST_FIELDS[item.kind]) {
    const value = fields[field];
    if (typeof value === 'string' && startOfPartialDate(value) > now) {
      problems.push({
        path: `${pathPrefix}${field}`,
        message: 'This date is in the future',
        code: 'future_date',
      });
    }
  }
  const start = fields.startDate;
  const end = fields.endDate;
  if (
    typeof start === 'string' &&
    typeof end === 'string' &&
    startOfPartialDate(end) < startOfPartialDate(start)
  ) {
    problems.push({
      path: `${pathPrefix}endDate`,
      message: 'The end date is before the start date',
      code: 'date_order',
    });
  }
  if (item.kind === 'publication' && item.year !== undefined && item.year > now.getUTCFullYear() + 1) {
    problems.push({ path: `${pathPrefix}year`, message: 'This year is in the future', code: 'future_date' });
  }
  return problems;
}
