import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router';
import { useAuth } from './auth-context';

/** A position's pages belong to "Positions", even under /organisation/:id/positions. */
function employerSection(pathname: string): 'organisation' | 'positions' | null {
  if (/^\/positions(\/|$)/.test(pathname) || /^\/organisation\/[^/]+\/positions(\/|$)/.test(pathname))
    return 'positions';
  if (/^\/organisation(\/|$)/.test(pathname)) return 'organisation';
  return null;
}

export function MainNav() {
  const { t } = useTranslation();
  const { status, user } = useAuth();
  const { pathname } = useLocation();

  // Avoid flashing the anonymous links while the session is still being checked.
  if (status === 'loading') return <nav aria-label={t('nav.label')} className="main-nav" />;

  const section = employerSection(pathname);
  // Public pages, listed for everyone.
  const publicLinks = (
    <>
      <li>
        <NavLink to="/jobs" className="main-nav__link">
          {t('nav.jobs')}
        </NavLink>
      </li>
      <li>
        <NavLink to="/salaries" className="main-nav__link">
          {t('salaries.nav')}
        </NavLink>
      </li>
    </>
  );

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
              <>
                <li>
                  <NavLink to="/profile" className="main-nav__link">
                    {t('nav.profile')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/matches" className="main-nav__link">
                    {t('matching.nav')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/career" className="main-nav__link">
                    {t('career.nav')}
                  </NavLink>
                </li>
                <li>
                  <Link
                    to="/applications"
                    className="main-nav__link"
                    aria-current={/^\/(applications|introductions)(\/|$)/.test(pathname) ? 'page' : undefined}
                  >
                    {t('applications.nav')}
                  </Link>
                </li>
              </>
            ) : null}
            {user.accountType === 'employer' ? (
              <>
                <li>
                  <Link
                    to="/organisation"
                    className="main-nav__link"
                    aria-current={section === 'organisation' ? 'page' : undefined}
                  >
                    {t('nav.organisation')}
                  </Link>
                </li>
                <li>
                  <Link
                    to="/positions"
                    className="main-nav__link"
                    aria-current={section === 'positions' ? 'page' : undefined}
                  >
                    {t('nav.positions')}
                  </Link>
                </li>
              </>
            ) : null}
            {publicLinks}
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
                  <NavLink to="/admin/verification" className="main-nav__link">
                    {t('nav.verification')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/admin/outbox" className="main-nav__link">
                    {t('nav.outbox')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/admin/outcomes" className="main-nav__link">
                    {t('outcomes.nav')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/admin/career-model" className="main-nav__link">
                    {t('career.admin.nav')}
                  </NavLink>
                </li>
              </>
            ) : null}
          </>
        ) : (
          <>
            {publicLinks}
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
