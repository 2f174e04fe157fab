import { useTranslation } from 'react-i18next';
import { cx } from '../../lib/cx';
import { useMatchFormat } from './useMatchFormat';

/** Who reads the fits: a candidate about a position, or a recruiter about a candidate. */
export type MatchAudience = 'candidate' | 'recruiter';

/** The match score as a number out of 100 with a small bar; the bar repeats the number for the eye. */
export function ScoreMeter({ score, size = 'md' }: { score: number; size?: 'md' | 'lg' }) {
  const { t } = useTranslation();
  const format = useMatchFormat();
  const shown = format.score(score);
  return (
    <div className={cx('score-meter', size === 'lg' && 'score-meter--lg')}>
      <p className="score-meter__text">
        <span className="score-meter__label">{t('matching.score.label')}</span>
        {/* "54.3/100" reads as a fraction in both directions, so it keeps its left-to-right order. */}
        <span className="score-meter__value" aria-hidden="true" dir="ltr">
          <span className="score-meter__number">{shown}</span>
          <span className="score-meter__of">{t('matching.score.outOf', { max: format.whole(100) })}</span>
        </span>
        <span className="visually-hidden">
          {t('matching.score.spoken', { score: shown, max: format.whole(100) })}
        </span>
      </p>
      <span className="score-bar" aria-hidden="true">
        <span className="score-bar__fill" style={{ inlineSize: `${Math.max(0, Math.min(100, score))}%` }} />
      </span>
    </div>
  );
}

/** The two sides whose harmonic mean is the score: what the candidate wants and what the position needs. */
export function SideFits({
  candidateFit,
  employerFit,
  audience,
}: {
  candidateFit: number;
  employerFit: number;
  audience: MatchAudience;
}) {
  const { t } = useTranslation();
  const format = useMatchFormat();
  const sides = [
    { key: 'candidate', label: t(`matching.fits.${audience}.candidate`), value: candidateFit },
    { key: 'employer', label: t(`matching.fits.${audience}.employer`), value: employerFit },
  ] as const;
  return (
    <dl className="side-fits">
      {sides.map((side) => (
        <div key={side.key} className={`side-fits__item side-fits__item--${side.key}`}>
          <dt>{side.label}</dt>
          <dd>
            <span className="side-fits__value">{format.percent(side.value)}</span>
            <span className="side-fits__bar" aria-hidden="true">
              <span style={{ inlineSize: `${Math.max(0, Math.min(1, side.value)) * 100}%` }} />
            </span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
