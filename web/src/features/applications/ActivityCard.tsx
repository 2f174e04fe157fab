import { useTranslation } from 'react-i18next';
import type { Activity } from '../../api/applications';
import { useFormatters } from '../../lib/format';
import { Card } from '../../ui/Card';

/** Who looked: verified organisations that viewed the profile, and how often it was saved or asked. */
export function ActivityCard({ activity }: { activity: Activity }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const counts = [
    { key: 'saves', value: activity.saves },
    { key: 'shortlists', value: activity.shortlists },
    { key: 'introductionRequests', value: activity.introductionRequests },
  ] as const;
  return (
    <Card title={t('applications.activity.title')} description={t('applications.activity.intro')}>
      <ul className="stat-row">
        {counts.map(({ key, value }) => (
          <li key={key} className="stat-row__item">
            <span className="stat-row__value">{format.number(value)}</span>
            <span className="stat-row__label">{t(`applications.activity.${key}`)}</span>
          </li>
        ))}
      </ul>
      {activity.views.length === 0 ? (
        <p className="muted">{t('applications.activity.noViews')}</p>
      ) : (
        <ul className="view-list" aria-label={t('applications.activity.viewsLabel')}>
          {activity.views.map((view) => (
            <li key={view.organisation.id} className="view-list__item">
              <span className="view-list__name" dir="auto">
                {view.organisation.name}
              </span>
              <span className="view-list__meta">
                {t('applications.activity.viewed', {
                  count: view.days,
                  value: format.number(view.days),
                  date: format.date(`${view.lastViewedOn}T00:00:00Z`),
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
