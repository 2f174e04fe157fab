import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationView } from '../../api/organisations';
import { useCountryOptions } from '../../lib/countries';
import { ORGANISATION_SIZES } from './organisationDraft';

/** The organisation's profile as a read-only list, for members who cannot edit it. */
export function OrganisationDetails({ organisation }: { organisation: OrganisationView }) {
  const { t } = useTranslation();
  const countries = useCountryOptions();
  const size = ORGANISATION_SIZES.find((s) => s === organisation.size);
  // Free text follows its own direction; composed values (links, domains, places) follow the page.
  const rows: { key: string; label: string; value: ReactNode; free?: boolean }[] = [
    {
      key: 'website',
      label: t('employer.form.website'),
      value: organisation.website ? (
        <a href={organisation.website} rel="noopener noreferrer" target="_blank" className="ltr-value">
          {organisation.website}
        </a>
      ) : null,
    },
    {
      key: 'domains',
      label: t('employer.form.domains.legend'),
      value: <span className="ltr-value">{organisation.emailDomains.join(', ')}</span>,
    },
    {
      key: 'location',
      label: t('employer.details.location'),
      value: (
        <>
          {organisation.city ? (
            <>
              <bdi>{organisation.city}</bdi>
              {t('jobs.card.placeJoin')}
            </>
          ) : null}
          {countries.name(organisation.country)}
        </>
      ),
    },
    { key: 'size', label: t('employer.form.size'), value: size ? t(`employer.sizes.${size}`) : null },
    { key: 'industry', label: t('employer.form.industry'), value: organisation.industry, free: true },
    {
      key: 'description',
      label: t('employer.form.description'),
      value: organisation.description,
      free: true,
    },
  ];
  return (
    <dl className="detail-list">
      {rows
        .filter((row) => row.value)
        .map((row) => (
          <div key={row.key} className="detail-list__row">
            <dt>{row.label}</dt>
            <dd dir={row.free ? 'auto' : undefined}>{row.value}</dd>
          </div>
        ))}
    </dl>
  );
}
