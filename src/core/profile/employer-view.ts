import type { CandidateView, Profile, ProfileItem } from '../../contracts/profile.js';
import { englishCountryName } from '../country-names.js';
import { mapStrings, textRedactor } from './redact-text.js';

// An industry is a short noun phrase ("fintech", "e-commerce"). Imported résumés put a company
// description there ("Awesome compression company", "We build robots for farms"): its article and a
// trailing "company" are dropped, and anything longer than three words is not used, since a
// sentence about the employer can identify it.
const KIND_WORDS = /\s+(?:company|companies|firm|startup|start-up|business|corporation|group)$/iu;

function industryPhrase(industry: string | undefined, employer: string | undefined): string | null {
  if (!industry) return null;
  const phrase = industry
    .trim()
    .replace(/[.!]+$/u, '')
    .replace(/^(?:an?|the)\s+/iu, '')
    .replace(KIND_WORDS, '')
    .trim();
  if (phrase === '' || phrase.split(/\s+/).length > 3) return null;
  if (employer && phrase.toLowerCase().includes(employer.trim().toLowerCase())) return null;
  return phrase.toLowerCase();
}

/** "a fintech company in the United Arab Emirates": an employer described without its name. */
export function describeEmployer(
  industry: string | undefined,
  country: string | undefined,
  employer?: string,
): string {
  const phrase = industryPhrase(industry, employer);
  const kind = phrase ? `${/^[aeiou]/i.test(phrase) ? 'an' : 'a'} ${phrase} company` : 'a company';
  if (!country) return kind;
  const name = englishCountryName(country);
  // "the" reads right before the names that need it in English.
  const article = /^(United|Netherlands|Philippines|Czech)/.test(name) ? 'the ' : '';
  return `${kind} in ${article}${name}`;
}

// Anonymous mode keeps what shows ability (skills, results, venues, roles' substance) and drops
// what finds the person: name, contact, employer names, links, credential ids, author lists.
function anonymiseItem(item: ProfileItem): Record<string, unknown> {
  switch (item.kind) {
    case 'role': {
      const { employer: _employer, employerDomain: _domain, ...rest } = item;
      return { ...rest, employer: describeEmployer(item.employerIndustry, item.country, item.employer) };
    }
    case 'project':
      return { ...item, links: {} };
    case 'certification': {
      const { credentialId: _id, credentialUrl: _url, ...rest } = item;
      return rest;
    }
    case 'publication':
      return { id: item.id, kind: item.kind, venue: item.venue, year: item.year };
    case 'education':
      return item;
  }
}

// Keys whose values are codes, dates or the placeholder employer description, never prose.
const NOT_PROSE = new Set([
  'id',
  'kind',
  'country',
  'startDate',
  'endDate',
  'issueDate',
  'expiryDate',
  'employer',
]);

/** The profile as an employer sees it, in the candidate's visibility mode. */
export function employerView(profile: Profile, anonymous: boolean): CandidateView {
  const view = plainView(profile, anonymous);
  if (!anonymous) return view;
  const roles = profile.items.filter((item) => item.kind === 'role');
  const redact = textRedactor({
    displayName: profile.displayName,
    employers: roles.map((role) => role.employer),
    domains: roles.flatMap((role) => (role.employerDomain ? [role.employerDomain] : [])),
  });
  return {
    ...view,
    headline: redact(view.headline),
    summary: redact(view.summary),
    items: view.items.map((item) => mapStrings(item, redact, NOT_PROSE)),
  };
}

function plainView(profile: Profile, anonymous: boolean): CandidateView {
  return {
    candidateId: profile.userId,
    anonymous,
    displayName: anonymous ? null : profile.displayName,
    email: anonymous ? null : profile.email,
    headline: profile.basics.headline,
    summary: profile.basics.summary,
    country: profile.basics.country,
    city: anonymous ? null : (profile.basics.city ?? null),
    yearsExperience: profile.basics.yearsExperience,
    languages: profile.basics.languages,
    skills: profile.skills.map(({ evidence: _evidence, ...skill }) => skill),
    items: profile.items.map((item) => (anonymous ? anonymiseItem(item) : { ...item })),
    goals: {
      targetRoleFamily: profile.goals.targetRoleFamily,
      targetLevel: profile.goals.targetLevel,
      remotePreference: profile.goals.remotePreference,
      willingToRelocate: profile.goals.willingToRelocate,
      openToWork: profile.goals.openToWork,
    },
  };
}
