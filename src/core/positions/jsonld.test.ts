import { describe, expect, it } from 'vitest';
import { jobPostingJsonLd } from './jsonld.js';
import { buildPositionBody, buildPositionView, POSITION_ID } from './positions.fixtures.js';

const BASE = 'https://talent.example';

describe('jobPostingJsonLd', () => {
  const view = buildPositionView();
  const ld = jobPostingJsonLd(view, BASE);

  it('declares a schema.org JobPosting', () => {
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@type']).toBe('JobPosting');
  });

  it('carries the title and the sanitised HTML description', () => {
    expect(ld.title).toBe('Senior Machine Learning Engineer');
    expect(ld.description).toBe(view.descriptionHtml);
  });

  it('dates the posting by its first publication and ends at the last second of validThrough (UTC)', () => {
    expect(ld.datePosted).toBe('2026-11-03');
    expect(ld.validThrough).toBe('2026-12-31T23:59:59Z');
  });

  it('falls back to createdAt while unpublished', () => {
    expect(jobPostingJsonLd(buildPositionView(undefined, { publishedAt: null }), BASE).datePosted).toBe(
      '2026-11-01',
    );
  });

  it('names the hiring organisation with its website and logo', () => {
    expect(ld.hiringOrganization).toEqual({
      '@type': 'Organization',
      name: 'Gulf AI',
      sameAs: 'https://gulf-ai.example',
      logo: 'https://gulf-ai.example/logo.png',
    });
  });

  it('omits website and logo when the organisation has none', () => {
    const bare = buildPositionView(undefined, {
      organisation: { ...view.organisation, website: null, logoUrl: null },
    });
    expect(jobPostingJsonLd(bare, BASE).hiringOrganization).toEqual({
      '@type': 'Organization',
      name: 'Gulf AI',
    });
  });

  it('identifies the posting by organisation and position id', () => {
    expect(ld.identifier).toEqual({ '@type': 'PropertyValue', name: 'Gulf AI', value: POSITION_ID });
  });

  it('states employment type and direct apply', () => {
    expect(ld.employmentType).toBe('FULL_TIME');
    expect(ld.directApply).toBe(true);
  });

  it('states the band in its own currency and period', () => {
    expect(ld.baseSalary).toEqual({
      '@type': 'MonetaryAmount',
      currency: 'AED',
      value: { '@type': 'QuantitativeValue', minValue: 25_000, maxValue: 35_000, unitText: 'MONTH' },
    });
    const yearly = buildPositionView(
      buildPositionBody({ salary: { min: 1, max: 2, currency: 'USD', period: 'year' } }),
    );
    expect(jobPostingJsonLd(yearly, BASE).baseSalary).toMatchObject({ value: { unitText: 'YEAR' } });
  });

  it('places an onsite or hybrid position at its offices, city only when known', () => {
    const body = buildPositionBody({ locations: [{ country: 'AE', city: 'Dubai' }, { country: 'SA' }] });
    const placed = jobPostingJsonLd(buildPositionView(body), BASE);
    expect(placed.jobLocation).toEqual([
      {
        '@type': 'Place',
        address: { '@type': 'PostalAddress', addressCountry: 'AE', addressLocality: 'Dubai' },
      },
      { '@type': 'Place', address: { '@type': 'PostalAddress', addressCountry: 'SA' } },
    ]);
    expect(placed.jobLocationType).toBeUndefined();
    expect(placed.applicantLocationRequirements).toBeUndefined();
  });

  it('marks a remote position TELECOMMUTE with the countries applicants may live in', () => {
    const remote = buildPositionBody({ workplace: 'remote', remoteCountries: ['AE', 'JO'] });
    const ld = jobPostingJsonLd(buildPositionView(remote), BASE);
    expect(ld.jobLocationType).toBe('TELECOMMUTE');
    expect(ld.applicantLocationRequirements).toEqual([
      { '@type': 'Country', name: 'AE' },
      { '@type': 'Country', name: 'JO' },
    ]);
    expect(ld.jobLocation).toHaveLength(1);
  });

  it('omits jobLocation for a remote position without offices', () => {
    const remote = buildPositionView(buildPositionBody({ workplace: 'remote', remoteCountries: ['AE'] }), {
      locations: [],
    });
    const ld = jobPostingJsonLd(remote, BASE);
    expect(ld.jobLocation).toBeUndefined();
    expect(ld.jobLocationType).toBe('TELECOMMUTE');
  });

  it('lists skill names, required first', () => {
    expect(ld.skills).toEqual(['Python', 'PyTorch', 'Kubernetes']);
    const none = buildPositionView(buildPositionBody({ requiredSkills: [], niceToHaveSkills: [] }));
    expect(jobPostingJsonLd(none, BASE).skills).toBeUndefined();
  });

  it.each([
    ['junior', 0],
    ['mid', 24],
    ['senior', 48],
    ['staff', 84],
  ] as const)('asks %s for %i months of experience', (level, months) => {
    expect(
      jobPostingJsonLd(buildPositionView(buildPositionBody({ level })), BASE).experienceRequirements,
    ).toEqual({
      '@type': 'OccupationalExperienceRequirements',
      monthsOfExperience: months,
    });
  });

  it('links to the public job page, with or without a trailing slash on the base', () => {
    expect(ld.url).toBe('https://talent.example/jobs/senior-machine-learning-engineer-3f2a9c1b');
    expect(jobPostingJsonLd(view, `${BASE}/`).url).toBe(ld.url);
  });

  it('serialises to JSON without losing anything', () => {
    expect(JSON.parse(JSON.stringify(ld))).toEqual(ld);
  });
});
