import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../ui/ButtonLink';
import { CheckIcon } from '../../ui/icons';

const AUDIENCES = ['candidates', 'employers'] as const;
const POINTS = ['point1', 'point2', 'point3'] as const;

export function AudienceSection() {
  const { t } = useTranslation();
  return (
    <section className="section section--tinted" aria-labelledby="audience-title">
      <div className="container">
        <h2 id="audience-title" className="section__title section__title--center">
          {t('home.audience.title')}
        </h2>
        <div className="audience-grid">
          {AUDIENCES.map((audience) => (
            <article key={audience} className="audience card">
              <h3 className="audience__title">{t(`home.audience.${audience}.title`)}</h3>
              <ul className="checklist">
                {POINTS.map((point) => (
                  <li key={point}>
                    <CheckIcon className="checklist__icon" />
                    <span>{t(`home.audience.${audience}.${point}`)}</span>
                  </li>
                ))}
              </ul>
              <ButtonLink
                to={`/sign-up?type=${audience === 'candidates' ? 'candidate' : 'employer'}`}
                variant={audience === 'candidates' ? 'primary' : 'secondary'}
              >
                {t(`home.audience.${audience}.cta`)}
              </ButtonLink>
            </article>
          ))}
        </div>
      </div>
    </section>
  );
}
