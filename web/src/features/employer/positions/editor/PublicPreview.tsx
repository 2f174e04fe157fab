import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Converted } from '../../../../../../src/contracts/positions.js';
import type { FxRate } from '../../../../api/positions';
import { JobCard, type JobCardData } from '../../../jobs/JobCard';
import { MarkdownHtml } from './MarkdownHtml';
import { type PositionDraft, parseAmount } from './positionDraft';

interface PublicPreviewProps {
  draft: PositionDraft;
  organisation: { name: string; logoUrl: string | null; verified: boolean };
  fundingVerified: boolean;
  descriptionHtml: string;
  /** Today's rates, for the converted figure under the band; none while they load. */
  rates: FxRate[] | null;
}

/** The yearly band in US dollars, as the job list shows it next to the advertised band. */
export function usdFigure(
  band: { min: number; max: number; currency: string; period: 'year' | 'month' },
  rates: FxRate[] | null,
): Converted | null {
  const rate = rates?.find((r) => r.currency === band.currency);
  if (!rate || rate.ratePerUsd <= 0) return null;
  const perYear = band.period === 'month' ? 12 : 1;
  return {
    min: Math.round((band.min * perYear) / rate.ratePerUsd),
    max: Math.round((band.max * perYear) / rate.ratePerUsd),
    currency: 'USD',
    rate: rate.ratePerUsd,
    rateDate: rate.asOf,
    source: rate.source,
  };
}

/** What visitors will see: the card in the job list, then the description as the job page renders it. */
export function PublicPreview({
  draft,
  organisation,
  fundingVerified,
  descriptionHtml,
  rates,
}: PublicPreviewProps) {
  const { t } = useTranslation();
  const id = useId();
  const min = parseAmount(draft.salary.min) ?? 0;
  const max = parseAmount(draft.salary.max) ?? min;
  const band = {
    min: Number.isFinite(min) ? min : 0,
    max: Number.isFinite(max) ? max : 0,
    currency: draft.salary.currency,
    period: draft.salary.period,
  };
  const job: JobCardData = {
    slug: '',
    title: draft.title.trim() || t('employer.preview.untitled'),
    organisation,
    roleFamily: draft.roleFamily || 'ml_engineer',
    level: draft.level || 'mid',
    locations: draft.locations
      .filter((l) => l.country)
      .map((l) => ({ country: l.country, ...(l.city.trim() ? { city: l.city.trim() } : {}) })),
    workplace: draft.workplace,
    visaSponsorship: draft.visaSponsorship,
    relocationSupport: draft.relocationSupport,
    salary: band,
    salaryConverted: usdFigure(band, rates),
    taxFree: draft.package.taxFree,
    requiredSkills: draft.requiredSkills.map((s) => ({ skillId: s.skillId, name: s.name })),
    publishedAt: null,
    validThrough: draft.validThrough || new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10),
    badges: { verifiedEmployer: organisation.verified, verifiedFunded: fundingVerified },
  };
  return (
    <section className="public-preview" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="public-preview__title">
        {t('employer.preview.title')}
      </h2>
      <p className="muted">{t('employer.preview.intro')}</p>
      <div className="public-preview__frame">
        <JobCard job={job} linked={false} />
        {descriptionHtml ? (
          <MarkdownHtml html={descriptionHtml} className="public-preview__description" />
        ) : null}
      </div>
    </section>
  );
}
