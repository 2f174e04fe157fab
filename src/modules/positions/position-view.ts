import type { PositionBody, PositionSummary, PositionView } from '../../contracts/positions.js';
import { convertBand, type FxTable } from '../../core/money/index.js';
import { renderMarkdown } from '../../core/positions/markdown.js';
import type { SkillCatalogue } from '../profile/skill-catalogue.js';
import type { PositionRecord, PositionRow } from './positions.repository.js';

export type Audience = 'member' | 'public';

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const EMPTY_PACKAGE = { housing: 0, transport: 0, annualFlights: 0, education: 0, other: 0, taxFree: false };

function band(p: PositionRow) {
  return {
    min: p.salaryMin,
    max: p.salaryMax,
    currency: p.salaryCurrency as PositionBody['salary']['currency'],
    period: p.salaryPeriod,
  };
}

/** One position as its organisation's members (everything) or the public (no funding internals) see it. */
export function toPositionView(
  record: PositionRecord,
  ctx: { catalogue: SkillCatalogue; table: FxTable; audience: Audience },
): PositionView {
  const { position: p, organisation: o } = record;
  const name = (id: string) => ctx.catalogue.find(id)?.name ?? id;
  const members = ctx.audience === 'member';
  return {
    id: p.id,
    slug: p.slug,
    organisation: {
      id: o.id,
      slug: o.slug,
      name: o.name,
      verified: o.verifiedAt !== null,
      logoUrl: o.logoUrl,
      website: o.website,
    },
    title: p.title,
    roleFamily: p.roleFamily as PositionView['roleFamily'],
    level: p.level,
    description: p.description,
    descriptionHtml: renderMarkdown(p.description),
    requiredSkills: record.skills
      .filter((s) => s.required)
      .map((s) => ({ skillId: s.skillId, name: name(s.skillId), minProficiency: s.minProficiency ?? 1 })),
    niceToHaveSkills: record.skills
      .filter((s) => !s.required)
      .map((s) => ({ skillId: s.skillId, name: name(s.skillId) })),
    locations: p.locations,
    workplace: p.workplace,
    remoteCountries: p.remoteCountries,
    visaSponsorship: p.visaSponsorship,
    relocationSupport: p.relocationSupport,
    salary: band(p),
    salaryUsd: convertBand(band(p), 'USD', ctx.table),
    package: p.compensation ?? EMPTY_PACKAGE,
    headcount: p.headcount,
    employmentType: p.employmentType as PositionView['employmentType'],
    validThrough: p.validThrough ?? '',
    status: p.status,
    closeReason: p.closeReason,
    closeNote: members ? p.closeNote : null,
    funding: {
      status: p.fundingStatus,
      attestedBy: members ? record.attestedBy : null,
      attestedAt: members ? iso(p.fundingAttestedAt) : null,
      budget:
        members && p.budgetMin !== null && p.budgetMax !== null && p.budgetCurrency
          ? { min: p.budgetMin, max: p.budgetMax, currency: p.budgetCurrency }
          : null,
      verifiedAt: iso(p.fundingVerifiedAt),
      reason: members ? p.fundingReason : null,
    },
    badges: { verifiedEmployer: o.verifiedAt !== null, verifiedFunded: p.fundingStatus === 'verified' },
    publishedAt: iso(p.publishedAt),
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}

/** A search result card: the band converted to the currency the searcher asked for. */
export function toPositionSummary(
  record: PositionRecord,
  ctx: { catalogue: SkillCatalogue; table: FxTable; currency: string },
): PositionSummary {
  const { position: p, organisation: o } = record;
  return {
    id: p.id,
    slug: p.slug,
    title: p.title,
    organisation: { name: o.name, slug: o.slug, logoUrl: o.logoUrl },
    roleFamily: p.roleFamily as PositionSummary['roleFamily'],
    level: p.level,
    locations: p.locations,
    workplace: p.workplace,
    visaSponsorship: p.visaSponsorship,
    relocationSupport: p.relocationSupport,
    salary: band(p),
    salaryConverted: convertBand(band(p), ctx.currency, ctx.table),
    taxFree: p.compensation?.taxFree ?? false,
    requiredSkills: record.skills
      .filter((s) => s.required)
      .map((s) => ({ skillId: s.skillId, name: ctx.catalogue.find(s.skillId)?.name ?? s.skillId })),
    publishedAt: iso(p.publishedAt),
    validThrough: p.validThrough ?? '',
    badges: { verifiedEmployer: o.verifiedAt !== null, verifiedFunded: p.fundingStatus === 'verified' },
  };
}
