import type { ComponentType, SVGProps } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartIcon, PathIcon, ShieldIcon, SparkIcon } from '../../ui/icons';

const FEATURES: ReadonlyArray<{
  key: 'matching' | 'verified' | 'benchmarks' | 'paths';
  Icon: ComponentType<SVGProps<SVGSVGElement>>;
}> = [
  { key: 'matching', Icon: SparkIcon },
  { key: 'verified', Icon: ShieldIcon },
  { key: 'benchmarks', Icon: ChartIcon },
  { key: 'paths', Icon: PathIcon },
];

export function FeatureGrid() {
  const { t } = useTranslation();
  return (
    <section className="section" aria-labelledby="features-title">
      <div className="container">
        <div className="section__head">
          <h2 id="features-title" className="section__title">
            {t('home.features.title')}
          </h2>
          <p className="section__lead">{t('home.features.lead')}</p>
        </div>
        <ul className="feature-grid">
          {FEATURES.map(({ key, Icon }) => (
            <li key={key} className="feature">
              <span className="feature__icon">
                <Icon />
              </span>
              <h3 className="feature__title">{t(`home.features.${key}.title`)}</h3>
              <p className="feature__body">{t(`home.features.${key}.body`)}</p>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
