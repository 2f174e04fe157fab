import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ButtonLink } from '../../ui/ButtonLink';

export function CtaBand() {
  const { t } = useTranslation();
  return (
    <section className="cta-band" aria-labelledby="cta-title">
      <div className="container cta-band__inner">
        <div>
          <h2 id="cta-title" className="cta-band__title">
            {t('home.cta.title')}
          </h2>
          <p className="cta-band__lead">{t('home.cta.lead')}</p>
        </div>
        <div className="cta-band__actions">
          <ButtonLink to="/sign-up" size="lg" className="btn--on-dark">
            {t('home.cta.button')}
          </ButtonLink>
          <p className="cta-band__signin">
            {t('home.cta.haveAccount')} <Link to="/sign-in">{t('home.cta.signIn')}</Link>
          </p>
        </div>
      </div>
    </section>
  );
}
