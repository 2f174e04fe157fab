import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { toLocale } from '../i18n/locale';
import { cx } from '../lib/cx';
import { LanguageSwitcher } from '../ui/LanguageSwitcher';
import { useAuth } from './auth-context';
import { BrandMark } from './BrandMark';
import { MainNav } from './MainNav';
import { UserMenu } from './UserMenu';
import { useChangeLocale } from './useChangeLocale';

export function SiteHeader() {
  const { t, i18n } = useTranslation();
  const { user } = useAuth();
  const changeLocale = useChangeLocale();
  return (
    <header className="site-header">
      <div className={cx('container site-header__inner', user && 'site-header__inner--signed-in')}>
        <Link to="/" className="brand">
          <BrandMark />
          <span className="brand__name">{t('app.name')}</span>
        </Link>
        <MainNav />
        <div className="site-header__actions">
          <LanguageSwitcher
            value={toLocale(i18n.language)}
            onChange={(locale) => void changeLocale(locale)}
          />
          {user ? <NotificationBell /> : null}
          {user ? <UserMenu user={user} /> : null}
        </div>
      </div>
    </header>
  );
}
