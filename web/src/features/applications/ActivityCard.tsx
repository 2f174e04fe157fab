import { useTranslation } from 'react-i18next';
import type { Activity } from '../../api/applications';
import { useFormatters } from '../../lib/format';
import { Card } from '../../ui/Card';
import { TableScroll } from '../employer/TableScroll';

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
        <TableScroll label={t('applications.activity.viewsLabel')}>
          <table className="table">
            <caption className="visually-hidden">{t('applications.activity.viewsLabel')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('applications.activity.organisation')}</th>
                <th scope="col" className="table__num">
                  {t('applications.activity.days')}
                </th>
                <th scope="col">{t('applications.activity.last')}</th>
              </tr>
            </thead>
            <tbody>
              {activity.views.map((view) => (
                <tr key={view.organisation.id}>
                  <th scope="row" dir="auto">
                    {view.organisation.name}
                  </th>
                  <td className="table__num">{format.number(view.days)}</td>
                  <td>{format.date(`${view.lastViewedOn}T00:00:00Z`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </Card>
  );
}
