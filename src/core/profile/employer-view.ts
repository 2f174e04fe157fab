import type { CandidateView, Profile, ProfileItem } from '../../contracts/profile.js';

const countryNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** "a fintech company in the United Arab Emirates": an employer described without its name. */
export function describeEmployer(industry: string | undefined, country: string | undefined): string {
  const kind = industry ? `${/^[aeiou]/i.test(industry) ? 'an' : 'a'} ${industry} company` : 'a company';
  if (!country) return kind;
  const name = countryNames.of(country) ?? country;
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
      return { ...rest, employer: describeEmployer(item.employerIndustry, item.country) };
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

/** The profile as an employer sees it, in the candidate's visibility mode. */
export function employerView(profile: Profile, anonymous: boolean): CandidateView {
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
