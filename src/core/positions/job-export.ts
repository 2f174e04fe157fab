// A position as a JSON Resume job document, for employers who keep postings in that format or move them
// to another board. Free-text fields are written in the words importJob reads back, and everything else
// rides in the extension block.
import type { PositionView } from '../../contracts/positions.js';
import { splitDescription } from './job-description.js';
import { JOB_EXTENSION_KEY, type JsonResumeJob } from './job-document.js';
import { writeExtension } from './job-extension.js';
import { EMPLOYMENT_TYPE_WORDS, LEVEL_WORDS } from './job-guess.js';
import { formatSalaryText } from './job-salary.js';
import { exportSkills } from './job-skills.js';
import type { Workplace } from './job-types.js';

const REMOTE_WORDS: Record<Workplace, NonNullable<JsonResumeJob['remote']>> = {
  remote: 'Full',
  hybrid: 'Hybrid',
  onsite: 'None',
};

export interface JobExportOptions {
  /** The site's origin; when given, meta.canonical links to the public job page. */
  baseUrl?: string;
}

/** A position as a JSON Resume job document (valid against job-schema.json). */
export function exportJob(view: PositionView, options: JobExportOptions = {}): JsonResumeJob {
  const parts = splitDescription(view.description);
  // The format holds one place; all of them travel in the extension block.
  const [first] = view.locations;
  const canonical = options.baseUrl ? `${options.baseUrl.replace(/\/+$/, '')}/jobs/${view.slug}` : undefined;
  return {
    title: view.title,
    company: view.organisation.name,
    type: EMPLOYMENT_TYPE_WORDS[view.employmentType],
    date: (view.publishedAt ?? view.createdAt).slice(0, 10),
    description: parts.description,
    ...(first
      ? { location: { countryCode: first.country, ...(first.city ? { city: first.city } : {}) } }
      : {}),
    remote: REMOTE_WORDS[view.workplace],
    salary: formatSalaryText(view.salary),
    experience: LEVEL_WORDS[view.level],
    responsibilities: parts.responsibilities,
    qualifications: parts.qualifications,
    skills: exportSkills(view.requiredSkills, view.niceToHaveSkills),
    meta: {
      version: 'v1.0.0',
      lastModified: view.updatedAt.slice(0, 19),
      ...(canonical ? { canonical } : {}),
    },
    [JOB_EXTENSION_KEY]: writeExtension({
      roleFamily: view.roleFamily,
      level: view.level,
      employmentType: view.employmentType,
      workplace: view.workplace,
      locations: view.locations,
      remoteCountries: view.remoteCountries,
      visaSponsorship: view.visaSponsorship,
      relocationSupport: view.relocationSupport,
      salary: view.salary,
      package: view.package,
      headcount: view.headcount,
      validThrough: view.validThrough,
      requiredSkills: view.requiredSkills.map(({ skillId, minProficiency }) => ({ skillId, minProficiency })),
      niceToHaveSkills: view.niceToHaveSkills.map(({ skillId }) => ({ skillId })),
    }),
  };
}
