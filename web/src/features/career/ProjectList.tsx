import { useTranslation } from 'react-i18next';
import type { CareerPageResponse } from '../../api/career';
import { ButtonLink } from '../../ui/ButtonLink';
import { Card } from '../../ui/Card';
import { useCareerFormat } from './useCareerFormat';
import { useCareerText } from './useCareerText';

/** Portfolio projects that would close the top gaps, from the model's templates or the gap skills. */
export function ProjectList({
  career,
  skillNames,
}: {
  career: CareerPageResponse;
  skillNames: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation();
  const format = useCareerFormat();
  const text = useCareerText();
  if (career.projects.length === 0) return null;
  const name = (id: string) => skillNames.get(id) ?? id;
  // A template's lines come from the model; a project of the candidate's own gap skills is worded
  // here from its skills, in the interface language (the API words it in English).
  const words = (project: CareerPageResponse['projects'][number]) => {
    if (project.source === 'template')
      return {
        title: text.model(project.title),
        description: text.model(project.description),
        outcome: text.model(project.measurableOutcome),
      };
    const skills = format.list(project.skills.map(name));
    return {
      title: t('career.projects.own.title', { skills }),
      description: t('career.projects.own.description', { skills }),
      outcome: t('career.projects.own.outcome'),
    };
  };
  return (
    <Card
      title={t('career.projects.title')}
      description={t('career.projects.intro')}
      className="career-card"
      actions={
        <ButtonLink to="/profile#projects" variant="secondary" size="sm">
          {t('career.projects.add')}
        </ButtonLink>
      }
    >
      <ul className="career-projects">
        {career.projects.map((project) => {
          const { title, description, outcome } = words(project);
          return (
            <li key={project.id} className="career-project">
              <h3 className="career-project__title">{title}</h3>
              <p>{description}</p>
              <p className="career-project__outcome">
                <strong>{t('career.projects.outcome')}</strong> {outcome}
              </p>
              <p className="career-project__closes">
                {t('career.projects.closes', { skills: format.list(project.closesGaps.map(name)) })}
              </p>
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
