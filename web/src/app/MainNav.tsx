import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useAuth } from './auth-context';

export function MainNav() {
  const { t } = useTranslation();
  const { status, user } = useAuth();

  // Avoid flashing the anonymous links while the session is still being checked.
  if (status === 'loading') return <nav aria-label={t('nav.label')} className="main-nav" />;

  return (
    <nav aria-label={t('nav.label')} className="main-nav">
      <ul className="main-nav__list">
        {user ? (
          <>
            <li>
              <NavLink to="/" end className="main-nav__link">
                {t('nav.dashboard')}
              </NavLink>
            </li>
            {user.accountType === 'candidate' ? (
              <li>
                <NavLink to="/profile" className="main-nav__link">
                  {t('nav.profile')}
                </NavLink>
              </li>
            ) : null}
            <li>
              <NavLink to="/account" className="main-nav__link">
                {t('nav.account')}
              </NavLink>
            </li>
            {user.isAdmin ? (
              <>
                <li>
                  <NavLink to="/admin" end className="main-nav__link">
                    {t('nav.admin')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/admin/outbox" className="main-nav__link">
                    {t('nav.outbox')}
                  </NavLink>
                </li>
              </>
            ) : null}
          </>
        ) : (
          <>
            <li>
              <NavLink to="/sign-in" className="main-nav__link">
                {t('nav.signIn')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/sign-up" className="main-nav__link main-nav__link--cta">
                {t('nav.signUp')}
              </NavLink>
            </li>
          </>
        )}
      </ul>
    </nav>
  );
}
