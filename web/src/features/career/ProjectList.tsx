import { useTranslation } from 'react-i18next';
import type { CareerPageResponse } from '../../api/career';
import { ButtonLink } from '../../ui/ButtonLink';
import { Card } from '../../ui/Card';
import { useCareerFormat } from './useCareerFormat';

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
  if (career.projects.length === 0) return null;
  const name = (id: string) => skillNames.get(id) ?? id;
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
        {career.projects.map((project) => (
          <li key={project.id} className="career-project">
            <h3 className="career-project__title">{project.title}</h3>
            <p>{project.description}</p>
            <p className="career-project__outcome">
              <strong>{t('career.projects.outcome')}</strong> {project.measurableOutcome}
            </p>
            <p className="career-project__closes">
              {t('career.projects.closes', { skills: format.list(project.closesGaps.map(name)) })}
            </p>
          </li>
        ))}
      </ul>
    </Card>
  );
}
