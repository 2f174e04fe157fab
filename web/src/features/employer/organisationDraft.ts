import type { OrganisationView } from '../../api/organisations';

export type OrganisationSize = '1-10' | '11-50' | '51-200' | '201-1000' | '1001-5000' | '5000+';
export const ORGANISATION_SIZES: readonly OrganisationSize[] = [
  '1-10',
  '11-50',
  '51-200',
  '201-1000',
  '1001-5000',
  '5000+',
];

/** The organisation form as typed: strings throughout, empty meaning "not given". */
export interface OrganisationDraft {
  name: string;
  website: string;
  emailDomains: string[];
  country: string;
  city: string;
  size: OrganisationSize | '';
  industry: string;
  description: string;
  logoUrl: string;
}

export const EMPTY_ORGANISATION: OrganisationDraft = {
  name: '',
  website: '',
  emailDomains: [],
  country: '',
  city: '',
  size: '',
  industry: '',
  description: '',
  logoUrl: '',
};

export function draftFromOrganisation(view: OrganisationView): OrganisationDraft {
  return {
    name: view.name,
    website: view.website ?? '',
    emailDomains: view.emailDomains,
    country: view.country,
    city: view.city ?? '',
    size: ORGANISATION_SIZES.find((size) => size === view.size) ?? '',
    industry: view.industry ?? '',
    description: view.description ?? '',
    logoUrl: view.logoUrl ?? '',
  };
}

/** The body for POST or PATCH /api/organisations, not yet checked against the contract. */
export function organisationBody(draft: OrganisationDraft): Record<string, unknown> {
  const city = draft.city.trim();
  const logoUrl = draft.logoUrl.trim();
  return {
    name: draft.name.trim(),
    website: draft.website.trim(),
    emailDomains: draft.emailDomains,
    country: draft.country,
    ...(city ? { city } : {}),
    size: draft.size,
    industry: draft.industry.trim(),
    description: draft.description.trim(),
    ...(logoUrl ? { logoUrl } : {}),
  };
}

/** People paste addresses and links where a domain is asked for; keep just the host name. */
export function cleanDomain(input: string): string {
  return input
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/^[^@]*@/, '')
    .replace(/^www\./, '')
    .replace(/[/?#:].*$/, '')
    .replace(/\.$/, '');
}

/** Several domains typed into one box, separated by commas, semicolons or spaces. */
export function splitDomains(input: string): string[] {
  return input
    .split(/[,;\s]+/)
    .map(cleanDomain)
    .filter(Boolean);
}
