import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** The three profile pages: edit, see as an employer, import and export. */
export function ProfileTabs() {
  const { t } = useTranslation();
  return (
    <nav className="profile-tabs" aria-label={t('profile.tabs.label')}>
      <ul className="profile-tabs__list">
        <li>
          <NavLink to="/profile" end className="profile-tabs__link">
            {t('profile.tabs.edit')}
          </NavLink>
        </li>
        <li>
          <NavLink to="/profile/preview" className="profile-tabs__link">
            {t('profile.tabs.preview')}
          </NavLink>
        </li>
        <li>
          <NavLink to="/profile/import" className="profile-tabs__link">
            {t('profile.tabs.import')}
          </NavLink>
        </li>
      </ul>
    </nav>
  );
}
