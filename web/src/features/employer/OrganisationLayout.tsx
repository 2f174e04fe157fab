import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation, useParams } from 'react-router';
import { fetchOrganisation } from '../../api/organisations';
import { useLoad } from '../../lib/useLoad';
import { usePageTitle } from '../../lib/usePageTitle';
import { Alert } from '../../ui/Alert';
import { LoadBoundary } from '../../ui/LoadBoundary';
import { PageHeader } from '../../ui/PageHeader';
import { isolate } from './isolate';
import type { OrganisationContext } from './organisationContext';
import { VerifiedBadge } from './VerifiedBadge';

/** The organisation's header and tabs; each tab is its own route so it can be linked to. */
export function OrganisationLayout() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const load = useCallback(() => fetchOrganisation(id), [id]);
  const organisation = useLoad(load);
  usePageTitle(organisation.data?.name ?? t('employer.eyebrow'));
  const arrival = location.state as { created?: boolean; joined?: boolean } | null;
  const base = `/organisation/${encodeURIComponent(id)}`;
  const tabs = [
    { to: base, label: t('employer.tabs.overview'), end: true },
    { to: `${base}/team`, label: t('employer.tabs.team'), end: false },
    { to: `${base}/positions`, label: t('employer.tabs.positions'), end: false },
    { to: `${base}/audit`, label: t('employer.tabs.audit'), end: false },
    { to: `${base}/outcomes`, label: t('outcomes.tab'), end: false },
  ];

  return (
    <div className="container page">
      <LoadBoundary state={organisation}>
        {(data) => {
          const context: OrganisationContext = { organisation: data, reload: organisation.reload };
          return (
            <>
              <PageHeader
                eyebrow={t('employer.eyebrow')}
                title={data.name}
                description={
                  <span className="org-header__meta">
                    <VerifiedBadge verified={data.verified} />
                    {data.myRole ? (
                      <span>{t('employer.yourRole', { role: t(`employer.roles.${data.myRole}`) })}</span>
                    ) : null}
                  </span>
                }
              />
              {arrival?.created || arrival?.joined ? (
                <Alert tone="success" className="page__banner">
                  {arrival.created
                    ? t('employer.onboarding.created')
                    : t('employer.invitations.accept.joined', { organisation: isolate(data.name) })}
                </Alert>
              ) : null}
              <nav className="profile-tabs" aria-label={t('employer.tabs.label')}>
                <ul className="profile-tabs__list">
                  {tabs.map((tab) => (
                    <li key={tab.to}>
                      <NavLink to={tab.to} end={tab.end} className="profile-tabs__link">
                        {tab.label}
                      </NavLink>
                    </li>
                  ))}
                </ul>
              </nav>
              <Outlet context={context} />
            </>
          );
        }}
      </LoadBoundary>
    </div>
  );
}
