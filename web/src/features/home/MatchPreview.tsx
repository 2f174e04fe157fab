import { useTranslation } from 'react-i18next';
import { Badge } from '../../ui/Badge';
import { CheckIcon, InfoIcon, ShieldIcon } from '../../ui/icons';

/** An illustrative match card: it shows what "explainable" means before anyone signs up. */
export function MatchPreview() {
  const { t } = useTranslation();
  return (
    <figure className="match-preview">
      <figcaption className="visually-hidden">{t('home.preview.caption')}</figcaption>
      <div className="match-preview__head">
        <div>
          <p className="match-preview__role">{t('home.preview.role')}</p>
          <p className="match-preview__company">{t('home.preview.company')}</p>
        </div>
        <p className="match-preview__score">
          <span className="match-preview__score-value">{t('home.preview.score')}</span>
          <span className="match-preview__score-label">{t('home.preview.scoreLabel')}</span>
        </p>
      </div>
      <div className="match-preview__badges">
        <Badge tone="success">
          <ShieldIcon /> {t('home.preview.verified')}
        </Badge>
        <Badge tone="info">{t('home.preview.funded')}</Badge>
      </div>
      <p className="match-preview__band">
        <span className="match-preview__band-label">{t('home.preview.bandLabel')}</span>
        <span className="match-preview__band-value">{t('home.preview.band')}</span>
      </p>
      <p className="match-preview__why">{t('home.preview.why')}</p>
      <ul className="match-preview__reasons">
        <li className="reason reason--strong">
          <CheckIcon /> {t('home.preview.reason1')}
        </li>
        <li className="reason reason--strong">
          <CheckIcon /> {t('home.preview.reason2')}
        </li>
        <li className="reason reason--gap">
          <InfoIcon /> {t('home.preview.reason3')}
        </li>
      </ul>
    </figure>
  );
}
