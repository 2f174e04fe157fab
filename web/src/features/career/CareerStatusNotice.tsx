import { useTranslation } from 'react-i18next';
import type { CareerAssessment } from '../../api/career';
import { Alert } from '../../ui/Alert';
import { ButtonLink } from '../../ui/ButtonLink';

/** No level is shown without skills, or when the profile contradicts itself: say why and what to do. */
export function CareerStatusNotice({ assessment }: { assessment: CareerAssessment }) {
  const { t, i18n } = useTranslation();
  if (assessment.status === 'no_skills') {
    return (
      <Alert
        tone="info"
        title={t('career.noSkills.title')}
        actions={
          <ButtonLink to="/profile#skills" size="sm">
            {t('career.noSkills.action')}
          </ButtonLink>
        }
      >
        {t('career.noSkills.body')}
      </Alert>
    );
  }
  if (assessment.status === 'contradictory') {
    return (
      <Alert
        tone="warning"
        title={t('career.contradictory.title')}
        actions={
          <ButtonLink to="/profile#basics" size="sm" variant="secondary">
            {t('career.contradictory.action')}
          </ButtonLink>
        }
      >
        <p>{t('career.contradictory.body')}</p>
        <ul>
          {assessment.contradictions.map((c) => (
            <li key={`${c.code}-${c.message}`}>
              {i18n.language === 'en' ? c.message : t(`career.contradictory.codes.${c.code}`)}
            </li>
          ))}
        </ul>
      </Alert>
    );
  }
  return null;
}
