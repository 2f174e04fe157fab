// A JSON Resume job document to a position body, with a report of what was dropped, assumed and matched.
// The document must pass the job schema; then our fields are filled from its words where the format
// lacks them. A salary band is mandatory: pay transparency is the marketplace's promise and every
// position, drafts included, carries a band, so a document without a readable salary is refused.
// The body still has to pass validatePosition (skills known, band plausible), which the service runs.
import { type PositionBody, positionBody } from '../../contracts/positions.js';
import { AppError, type FieldProblem } from '../errors.js';
import { composeDescription } from './job-description.js';
import { JOB_EXTENSION_KEY, type JsonResumeJob, jobDocumentProblems } from './job-document.js';
import { type JobExtension, readExtension } from './job-extension.js';
import { employmentTypeFromText, levelFromText, roleFamilyFromTitle } from './job-guess.js';
import { currencyOfCountry, formatSalaryText, parseSalaryText } from './job-salary.js';
import { importSkills, type NormaliseSkill } from './job-skills.js';
import type { ImportNote, JobImportReport, Workplace } from './job-types.js';
import { validThroughProblem } from './valid-through.js';

export interface JobImportDeps {
  normaliseSkill: NormaliseSkill;
  now: Date;
}

export interface ImportedJob {
  body: PositionBody;
  report: JobImportReport;
}

const WORKPLACES: Record<NonNullable<JsonResumeJob['remote']>, Workplace> = {
  Full: 'remote',
  Hybrid: 'hybrid',
  None: 'onsite',
};
const NOT_MODELLED: [keyof JsonResumeJob, string][] = [
  ['company', 'The position is posted under the organisation you import it into'],
  ['date', 'The posting date is set when the position is approved'],
  ['meta', 'Document metadata is not kept'],
];
// Keys of the job schema (and ours); anything else in a document is reported as ignored.
const KNOWN_KEYS = new Set([
  '$schema',
  'title',
  'company',
  'type',
  'date',
  'description',
  'location',
  'remote',
  'salary',
  'experience',
  'responsibilities',
  'qualifications',
  'skills',
  'meta',
  JOB_EXTENSION_KEY,
]);
const NO_PACKAGE = { housing: 0, transport: 0, annualFlights: 0, education: 0, other: 0, taxFree: false };

// Collects problems and notes while the body is assembled, so one import reports everything at once.
class Import {
  readonly problems: FieldProblem[] = [];
  readonly dropped: ImportNote[] = [];
  readonly assumed: ImportNote[] = [];

  problem(path: string, message: string, code = 'required'): void {
    this.problems.push({ path, message, code });
  }

  drop(path: string, reason: string): void {
    this.dropped.push({ path, reason });
  }

  assume(path: string, reason: string): void {
    this.assumed.push({ path, reason });
  }
}

function title(job: JsonResumeJob, run: Import): string {
  const value = job.title?.trim() ?? '';
  if (value.length < 3) run.problem('title', 'Give the position a title of at least 3 characters');
  if (value.length > 160) run.problem('title', 'Use at most 160 characters', 'too_long');
  return value;
}

function description(job: JsonResumeJob, run: Import): string {
  const value = composeDescription({
    description: job.description ?? '',
    responsibilities: job.responsibilities ?? [],
    qualifications: job.qualifications ?? [],
  });
  if (value === '') run.problem('description', 'Describe the position');
  if (value.length > 20_000)
    run.problem('description', 'Use at most 20,000 characters, lists included', 'too_long');
  return value;
}

function locations(job: JsonResumeJob, run: Import): PositionBody['locations'] {
  const place = job.location ?? {};
  for (const field of ['address', 'postalCode', 'region'] as const)
    if (place[field]) run.drop(`location.${field}`, 'We keep only the city and country');
  const country = place.countryCode?.trim().toUpperCase() ?? '';
  if (!/^[A-Z]{2}$/.test(country)) {
    run.problem('location.countryCode', 'Give the country as a two-letter ISO code, such as AE');
    return [];
  }
  const city = place.city?.trim();
  if (city && city.length > 120) run.drop('location.city', 'Longer than 120 characters');
  return [{ country, ...(city && city.length <= 120 ? { city } : {}) }];
}

function workplace(job: JsonResumeJob, run: Import): Workplace {
  if (job.remote) return WORKPLACES[job.remote];
  run.assume('remote', 'Not stated; taken as onsite');
  return 'onsite';
}

function salary(job: JsonResumeJob, country: string | undefined, run: Import): PositionBody['salary'] {
  const example = formatSalaryText({ min: 25_000, max: 35_000, currency: 'AED', period: 'month' });
  const fallback = { min: 0, max: 0, currency: 'USD', period: 'year' } as const;
  if (!job.salary?.trim()) {
    run.problem('salary', `Give a salary band, such as "${example}"`);
    return fallback;
  }
  const parsed = parseSalaryText(job.salary, currencyOfCountry(country));
  if (!parsed.ok) {
    run.problem('salary', `${parsed.reason}; write it like "${example}"`, 'unreadable_salary');
    return fallback;
  }
  if (parsed.assumedCurrency) run.assume('salary', `No currency stated; taken as ${parsed.band.currency}`);
  if (parsed.assumedPeriod) run.assume('salary', 'No period stated; taken as per year');
  if (parsed.ignoredAmounts > 0) run.drop('salary', 'Only the first two amounts are read as the band');
  return parsed.band;
}

// Our own block wins over guesses from free text; a past end date in it is dropped rather than
// making the whole import fail later.
function extensionOf(job: JsonResumeJob, run: Import, now: Date): Partial<JobExtension> {
  const { fields, dropped } = readExtension(job[JOB_EXTENSION_KEY]);
  run.dropped.push(...dropped);
  if (fields.validThrough && validThroughProblem(fields.validThrough, now, 'validThrough', true)) {
    run.drop(`${JOB_EXTENSION_KEY}.validThrough`, 'Not between today and a year ahead; the default applies');
    delete fields.validThrough;
  }
  return fields;
}

// Fields the format lacks, read from its words unless our own block states them.
function classification(job: JsonResumeJob, name: string, ext: Partial<JobExtension>, run: Import) {
  let roleFamily = ext.roleFamily ?? roleFamilyFromTitle(name);
  if (!roleFamily) {
    run.assume('title', 'No role family recognised in the title; taken as ML engineer');
    roleFamily = 'ml_engineer';
  }
  let level = ext.level ?? levelFromText(job.experience ?? '') ?? levelFromText(name);
  if (!level) {
    run.assume('experience', 'No level recognised; taken as mid');
    level = 'mid';
  }
  let employmentType = ext.employmentType ?? employmentTypeFromText(job.type ?? '');
  if (!employmentType) {
    run.assume('type', 'No employment type recognised; taken as full-time');
    employmentType = 'FULL_TIME';
  }
  return { roleFamily, level, employmentType };
}

/** A position body from a JSON Resume job document, or validation_failed naming every unusable field. */
export function importJob(doc: unknown, deps: JobImportDeps): ImportedJob {
  const schemaProblems = jobDocumentProblems(doc);
  if (schemaProblems.length > 0)
    throw new AppError('validation_failed', 'This is not a valid JSON Resume job document.', {
      errors: schemaProblems,
    });
  // jobDocumentProblems checked every property the type declares.
  const job = doc as JsonResumeJob;
  const run = new Import();
  const ext = extensionOf(job, run, deps.now);
  for (const [field, reason] of NOT_MODELLED) if (job[field] !== undefined) run.drop(field, reason);
  for (const key of Object.keys(job))
    if (!KNOWN_KEYS.has(key)) run.drop(key, 'Not a field of the job format; ignored');
  const name = title(job, run);
  const places = ext.locations ?? locations(job, run);
  const where = ext.workplace ?? workplace(job, run);
  let remoteCountries = ext.remoteCountries ?? [];
  if (where === 'remote' && remoteCountries.length === 0 && places[0]) {
    remoteCountries = [places[0].country];
    run.assume(
      'remote',
      `Remote hires taken to live in ${places[0].country}; add more countries if you hire wider`,
    );
  }
  const skills =
    ext.requiredSkills || ext.niceToHaveSkills ? null : importSkills(job.skills ?? [], deps.normaliseSkill);
  run.dropped.push(...(skills?.dropped ?? []));
  const body: PositionBody = {
    title: name,
    ...classification(job, name, ext, run),
    description: description(job, run),
    requiredSkills: ext.requiredSkills ?? skills?.requiredSkills ?? [],
    niceToHaveSkills: ext.niceToHaveSkills ?? skills?.niceToHaveSkills ?? [],
    locations: places,
    workplace: where,
    remoteCountries,
    visaSponsorship: ext.visaSponsorship ?? false,
    relocationSupport: ext.relocationSupport ?? false,
    salary: ext.salary ?? salary(job, places[0]?.country, run),
    package: ext.package ?? NO_PACKAGE,
    headcount: ext.headcount ?? 1,
    ...(ext.validThrough ? { validThrough: ext.validThrough } : {}),
  };
  if (run.problems.length > 0)
    throw new AppError('validation_failed', 'The job cannot be imported as it is.', { errors: run.problems });
  // A safety net over the pieces above: whatever we hand back satisfies the contract.
  const checked = positionBody.safeParse(body);
  if (!checked.success)
    throw new AppError('validation_failed', 'The job cannot be imported as it is.', {
      errors: checked.error.issues.map((issue) => ({
        path: issue.path.map(String).join('.'),
        message: issue.message,
        code: 'invalid',
      })),
    });
  return {
    body: checked.data,
    report: {
      dropped: run.dropped,
      assumed: run.assumed,
      matchedSkills: skills?.matchedSkills ?? [],
      unmatchedSkills: skills?.unmatchedSkills ?? [],
    },
  };
}
