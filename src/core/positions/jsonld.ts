// schema.org JobPosting for the public job page, so search engines (Google for Jobs first) can list the
// position. Field choices follow Google's guidance in /work/shared/reference/google-jobposting-fields.md.
import type { JobPosting, Place, WithContext } from 'schema-dts';
import type { PositionView } from '../../contracts/positions.js';

/** Months of experience we state for each level (Google reads experienceRequirements, not levels). */
export const MONTHS_OF_EXPERIENCE: Record<PositionView['level'], number> = {
  junior: 0,
  mid: 24,
  senior: 48,
  staff: 84,
};

function places(view: PositionView): Place[] {
  return view.locations.map((location) => ({
    '@type': 'Place',
    address: {
      '@type': 'PostalAddress',
      addressCountry: location.country,
      ...(location.city ? { addressLocality: location.city } : {}),
    },
  }));
}

// Google's guidance: a fully remote job says TELECOMMUTE and where applicants may live; it may omit
// jobLocation, but we keep offices when the employer lists them (they help local candidates find it).
function where(view: PositionView): Partial<JobPosting> {
  const offices = places(view);
  const located = offices.length > 0 ? { jobLocation: offices } : {};
  if (view.workplace !== 'remote') return located;
  return {
    ...located,
    jobLocationType: 'TELECOMMUTE',
    ...(view.remoteCountries.length > 0
      ? {
          applicantLocationRequirements: view.remoteCountries.map((country) => ({
            '@type': 'Country' as const,
            name: country,
          })),
        }
      : {}),
  };
}

function hiringOrganization(view: PositionView): JobPosting['hiringOrganization'] {
  const { name, website, logoUrl } = view.organisation;
  return {
    '@type': 'Organization',
    name,
    ...(website ? { sameAs: website } : {}),
    ...(logoUrl ? { logo: logoUrl } : {}),
  };
}

/** The JobPosting JSON-LD of a position; `baseUrl` is the site's origin, as in https://example.com. */
export function jobPostingJsonLd(view: PositionView, baseUrl: string): WithContext<JobPosting> {
  const skills = [...view.requiredSkills, ...view.niceToHaveSkills].map((skill) => skill.name);
  return {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: view.title,
    description: view.descriptionHtml,
    // The first publication, not the last edit: Google treats a moving datePosted as spam.
    datePosted: (view.publishedAt ?? view.createdAt).slice(0, 10),
    // Postings stay up until the end of their last day, in UTC (see days.ts).
    validThrough: `${view.validThrough}T23:59:59Z`,
    hiringOrganization: hiringOrganization(view),
    identifier: { '@type': 'PropertyValue', name: view.organisation.name, value: view.id },
    employmentType: view.employmentType,
    directApply: true,
    baseSalary: {
      '@type': 'MonetaryAmount',
      currency: view.salary.currency,
      value: {
        '@type': 'QuantitativeValue',
        minValue: view.salary.min,
        maxValue: view.salary.max,
        unitText: view.salary.period === 'month' ? 'MONTH' : 'YEAR',
      },
    },
    ...where(view),
    ...(skills.length > 0 ? { skills } : {}),
    experienceRequirements: {
      '@type': 'OccupationalExperienceRequirements',
      monthsOfExperience: MONTHS_OF_EXPERIENCE[view.level],
    },
    url: `${baseUrl.replace(/\/+$/, '')}/jobs/${view.slug}`,
  };
}
