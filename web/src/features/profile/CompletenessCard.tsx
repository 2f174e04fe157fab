import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Completeness } from '../../../../src/contracts/profile.js';
import { ArrowIcon } from '../../ui/icons';
import { anchorForCompletenessSection } from './sectionAnchors';

// Advice ids the API sends, with their translations; an unknown id shows the API's English advice.
const ADVICE = {
  'projects.junior': 'profile.completeness.advice.projects.junior',
  'projects.mid': 'profile.completeness.advice.projects.mid',
  'projects.senior': 'profile.completeness.advice.projects.senior',
  'projects.staff': 'profile.completeness.advice.projects.staff',
  skills: 'profile.completeness.advice.skills',
  evidence: 'profile.completeness.advice.evidence',
  basics: 'profile.completeness.advice.basics',
  roles: 'profile.completeness.advice.roles',
  goals: 'profile.completeness.advice.goals',
  'credentials.junior': 'profile.completeness.advice.credentials.junior',
  'credentials.experienced': 'profile.completeness.advice.credentials.experienced',
  location: 'profile.completeness.advice.location',
  education: 'profile.completeness.advice.education',
  languages: 'profile.completeness.advice.languages',
} as const;

function isAdviceId(id: string): id is keyof typeof ADVICE {
  return Object.hasOwn(ADVICE, id);
}

/** The completeness score as a progress bar, and the three changes that would raise it most. */
export function CompletenessCard({ completeness }: { completeness: Completeness }) {
  const { t } = useTranslation();
  const id = useId();
  const { score, stage, nextActions } = completeness;
  return (
    <section className="card completeness" aria-labelledby={`${id}-title`}>
      <div className="completeness__meter">
        <h2 id={`${id}-title`} className="completeness__title">
          {t('profile.completeness.title')}
        </h2>
        <label htmlFor={`${id}-bar`} className="completeness__label">
          {t('profile.completeness.label', { score })}
        </label>
        <progress id={`${id}-bar`} className="completeness__bar" max={100} value={score}>
          {t('profile.completeness.percent', { score })}
        </progress>
      </div>
      <div className="completeness__next">
        {nextActions.length === 0 ? (
          <p>{t('profile.completeness.done')}</p>
        ) : (
          <>
            <h3 className="completeness__subtitle">
              {t('profile.completeness.nextTitle', { stage: t(`profile.levels.${stage}`) })}
            </h3>
            <ol className="next-actions">
              {nextActions.map((action) => (
                <li key={action.id} className="next-actions__item">
                  <a href={`#${anchorForCompletenessSection(action.section)}`} className="next-actions__link">
                    <span>{isAdviceId(action.id) ? t(ADVICE[action.id]) : action.advice}</span>
                    <ArrowIcon className="next-actions__icon" />
                  </a>
                  <span className="next-actions__gain">
                    {t('profile.completeness.gain', { gain: action.gain })}
                  </span>
                </li>
              ))}
            </ol>
          </>
        )}
      </div>
    </section>
  );
}
