import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../api/errors';
import type { PositionView } from '../../api/positions';
import { Badge } from '../../ui/Badge';
import { ButtonLink } from '../../ui/ButtonLink';
import { ArrowIcon } from '../../ui/icons';
import { LoadBoundary, type LoadState } from '../../ui/LoadBoundary';
import { PageHeader } from '../../ui/PageHeader';
import { isolate } from '../employer/isolate';
import { STATUS_TONES } from '../employer/positions/lifecycle';
import { PositionTabs } from './PositionTabs';

/**
 * The top of a position's working views (ranked candidates, pipeline): a link back to the position,
 * its title, status and organisation, and the tabs between the views; `children` adds what a view
 * shows under them once the position has loaded.
 */
export function PositionHeader({
  id,
  position,
  eyebrow,
  intro,
  children,
}: {
  id: string;
  position: LoadState<PositionView>;
  eyebrow: (organisation: string) => string;
  intro: string;
  children?: (position: PositionView) => ReactNode;
}) {
  const { t } = useTranslation();
  // No such position for this user (none, another organisation's, or an id that is not one): a
  // retry cannot help, so say so and lead back to the positions.
  const missing =
    position.status === 'error' &&
    position.error instanceof ApiError &&
    (position.error.status === 404 || position.error.status === 400);
  if (missing) {
    return (
      <div className="narrow status-page">
        <h1>{t('employer.positions.missing.title')}</h1>
        <p className="lead">{t('employer.positions.missing.body')}</p>
        <ButtonLink to="/positions">{t('employer.positions.missing.back')}</ButtonLink>
      </div>
    );
  }
  return (
    <>
      {position.data ? (
        <p className="back-link">
          <Link to={`/positions/${encodeURIComponent(id)}/edit`}>
            <ArrowIcon className="icon-back" />
            {t('matching.candidates.back', { title: isolate(position.data.title) })}
          </Link>
        </p>
      ) : null}
      <LoadBoundary state={position}>
        {(data) => (
          <>
            <PageHeader
              eyebrow={eyebrow(data.organisation.name)}
              title={data.title}
              description={intro}
              actions={
                <Badge tone={STATUS_TONES[data.status]}>
                  {t(`employer.positions.status.${data.status}`)}
                </Badge>
              }
            />
            <PositionTabs positionId={data.id} />
            {children?.(data)}
          </>
        )}
      </LoadBoundary>
    </>
  );
}
