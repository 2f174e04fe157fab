import { useTranslation } from 'react-i18next';
import type { CandidateMatch } from '../../api/matching';
import { useCountryOptions } from '../../lib/countries';

/** Headline, level, country and years of experience, as a candidate row shows them. */
export function CandidateFacts({ candidate }: { candidate: CandidateMatch['candidate'] }) {
  const { t } = useTranslation();
  const countries = useCountryOptions();
  return (
    <div className="candidate-facts">
      {candidate.headline ? (
        <p className="candidate-facts__headline" dir="auto">
          {candidate.headline}
        </p>
      ) : null}
      <ul className="job-card__facts" aria-label={t('matching.candidates.facts')}>
        {candidate.level ? <li>{t(`profile.levels.${candidate.level}`)}</li> : null}
        {candidate.country ? <li>{countries.name(candidate.country)}</li> : null}
        {candidate.yearsExperience !== null ? (
          <li>{t('matching.candidates.years', { count: Math.round(candidate.yearsExperience) })}</li>
        ) : null}
      </ul>
    </div>
  );
}
