import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from './auth-context';

export function SiteFooter() {
  const { t } = useTranslation();
  const { user } = useAuth();
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <div className="site-footer__brand">
          <p className="site-footer__name">{t('app.name')}</p>
          <p className="site-footer__tagline">{t('footer.tagline')}</p>
        </div>
        {/* Signed-in visitors have the same destinations in the header; repeating them adds noise. */}
        {user ? null : (
          <nav aria-label={t('footer.navLabel')}>
            <ul className="site-footer__links">
              <li>
                <Link to="/">{t('nav.home')}</Link>
              </li>
              <li>
                <Link to="/sign-up?type=candidate">{t('footer.forCandidates')}</Link>
              </li>
              <li>
                <Link to="/sign-up?type=employer">{t('footer.forEmployers')}</Link>
              </li>
            </ul>
          </nav>
        )}
        <p className="site-footer__legal">{t('footer.legal', { year: new Date().getFullYear() })}</p>
      </div>
    </footer>
  );
}
