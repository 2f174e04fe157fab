import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** A position's two working views for its organisation: the ranked candidates and the pipeline. */
export function PositionTabs({ positionId }: { positionId: string }) {
  const { t } = useTranslation();
  const base = `/positions/${encodeURIComponent(positionId)}`;
  return (
    <nav className="profile-tabs" aria-label={t('pipeline.tabs.label')}>
      <ul className="profile-tabs__list">
        <li>
          <NavLink to={`${base}/candidates`} className="profile-tabs__link">
            {t('pipeline.tabs.candidates')}
          </NavLink>
        </li>
        <li>
          <NavLink to={`${base}/pipeline`} className="profile-tabs__link">
            {t('pipeline.tabs.pipeline')}
          </NavLink>
        </li>
      </ul>
    </nav>
  );
}
