import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../ui/ButtonLink';
import { ArrowIcon } from '../../ui/icons';
import { MatchPreview } from './MatchPreview';

export function Hero() {
  const { t } = useTranslation();
  return (
    <section className="hero" aria-labelledby="hero-title">
      <div className="container hero__inner">
        <div className="hero__copy">
          <p className="hero__eyebrow">{t('home.hero.eyebrow')}</p>
          <h1 id="hero-title" className="hero__title">
            {t('home.hero.title')}
          </h1>
          <p className="hero__lead">{t('home.hero.lead')}</p>
          <div className="hero__actions">
            <ButtonLink to="/sign-up?type=candidate" size="lg" variant="primary" className="btn--on-dark">
              {t('home.hero.ctaCandidate')}
              <ArrowIcon />
            </ButtonLink>
            <ButtonLink
              to="/sign-up?type=employer"
              size="lg"
              variant="secondary"
              className="btn--outline-light"
            >
              {t('home.hero.ctaEmployer')}
            </ButtonLink>
          </div>
          <ul className="hero__proof">
            <li>{t('home.hero.proof1')}</li>
            <li>{t('home.hero.proof2')}</li>
            <li>{t('home.hero.proof3')}</li>
          </ul>
        </div>
        <MatchPreview />
      </div>
    </section>
  );
}
