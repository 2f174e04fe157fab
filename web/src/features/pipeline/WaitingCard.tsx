import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchWaiting } from '../../api/pipeline';
import { useFormatters } from '../../lib/format';
import { useLoad } from '../../lib/useLoad';
import { LoadBoundary } from '../../ui/LoadBoundary';

/** The organisation's applications that have waited on it longer than the threshold, across positions. */
export function WaitingCard({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const load = useCallback(() => fetchWaiting(organisationId), [organisationId]);
  const state = useLoad(load);
  return (
    <section className="card waiting-card" aria-labelledby="waiting-title">
      <h2 id="waiting-title" className="card__title">
        {t('pipeline.waiting.title')}
      </h2>
      <LoadBoundary state={state}>
        {(data) =>
          data.applications.length === 0 ? (
            <p className="muted">
              {t('pipeline.waiting.none', { days: format.number(data.thresholdBusinessDays) })}
            </p>
          ) : (
            <ul className="view-list">
              {data.applications.map((a) => (
                <li key={a.id} className="view-list__item">
                  <Link to={`/positions/${encodeURIComponent(a.positionId)}/pipeline?waiting=1`} dir="auto">
                    {a.positionTitle}
                  </Link>
                  <span className="view-list__meta">
                    <span dir="auto">{a.candidate.displayName ?? t('pipeline.anonymous')}</span> ·{' '}
                    {t(`pipeline.stages.${a.stage}`)} ·{' '}
                    {t('pipeline.waitingBadge', {
                      count: a.waitingBusinessDays ?? 0,
                      value: format.number(a.waitingBusinessDays ?? 0),
                    })}
                  </span>
                </li>
              ))}
            </ul>
          )
        }
      </LoadBoundary>
    </section>
  );
}
