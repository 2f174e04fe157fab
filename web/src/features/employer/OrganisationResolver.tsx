import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { fetchMyOrganisations } from '../../api/organisations';
import { useLoad } from '../../lib/useLoad';
import { usePageTitle } from '../../lib/usePageTitle';
import { ButtonLink } from '../../ui/ButtonLink';
import { LoadBoundary } from '../../ui/LoadBoundary';
import { PageHeader } from '../../ui/PageHeader';
import { VerifiedBadge } from './VerifiedBadge';

/**
 * Where the "Organisation" and "Positions" links land: straight to the one organisation, to
 * onboarding when there is none yet, or to a choice when the person belongs to several.
 */
export function OrganisationResolver({ section }: { section: 'overview' | 'positions' }) {
  const { t } = useTranslation();
  usePageTitle(t('employer.resolver.title'));
  const organisations = useLoad(fetchMyOrganisations);
  const suffix = section === 'positions' ? '/positions' : '';
  return (
    <LoadBoundary state={organisations}>
      {(list) => {
        const [only] = list;
        if (list.length === 0) return <Navigate to="/organisation/new" replace />;
        if (list.length === 1 && only) return <Navigate to={`/organisation/${only.id}${suffix}`} replace />;
        return (
          <div className="container page">
            <PageHeader
              eyebrow={t('employer.eyebrow')}
              title={t('employer.resolver.title')}
              description={t('employer.resolver.intro')}
              actions={
                <ButtonLink to="/organisation/new" variant="secondary">
                  {t('employer.resolver.create')}
                </ButtonLink>
              }
            />
            <ul className="org-choice">
              {list.map((organisation) => (
                <li key={organisation.id} className="card org-choice__item">
                  <Link
                    to={`/organisation/${organisation.id}${suffix}`}
                    className="org-choice__name"
                    dir="auto"
                  >
                    {organisation.name}
                  </Link>
                  <VerifiedBadge verified={organisation.verified} />
                  {organisation.myRole ? (
                    <span className="muted">{t(`employer.roles.${organisation.myRole}`)}</span>
                  ) : null}
                </li>
              ))}
            </ul>
          </div>
        );
      }}
    </LoadBoundary>
  );
}
