import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { JobMatch } from '../../api/matching';
import { useCountryOptions } from '../../lib/countries';
import { ArrowIcon } from '../../ui/icons';
import { ApplyButton } from '../applications/ApplyButton';
import { JobBadges } from '../jobs/JobBadges';
import { SalaryFigure } from '../jobs/SalaryFigure';
import type { ExplainState } from './explainState';
import { ImprovementList } from './ImprovementList';
import { salaryFitText, skillNamesOf } from './matchText';
import { ScoreMeter, SideFits } from './ScoreMeter';
import { SkillEvidence } from './SkillEvidence';

interface MatchCardProps {
  item: JobMatch;
  /** Lets "Load more" move focus to the first new match. */
  titleRef?: (element: HTMLAnchorElement | null) => void;
}

/** One ranked position for the candidate: the position, its score, and why. */
export function MatchCard({ item, titleRef }: MatchCardProps) {
  const { t, i18n } = useTranslation();
  const countries = useCountryOptions();
  const id = useId();
  const { position, match } = item;
  const [first, ...others] = position.locations;
  const place = first
    ? [first.city, countries.name(first.country)].filter(Boolean).join(t('jobs.card.placeJoin'))
    : '';
  const location = others.length > 0 ? t('jobs.card.moreLocations', { place, count: others.length }) : place;
  const salary = match.components.find((c) => c.key === 'salary');
  const explainState: ExplainState = {
    position: {
      id: position.id,
      slug: position.slug,
      title: position.title,
      organisation: position.organisation,
    },
  };

  return (
    <article className="match-card" aria-labelledby={`${id}-title`}>
      <div className="match-card__head">
        <div className="match-card__position">
          <h3 id={`${id}-title`} className="job-card__title" dir="auto">
            <a
              ref={titleRef}
              href={`/jobs/${encodeURIComponent(position.slug)}${i18n.language === 'ar' ? '?lang=ar' : ''}`}
            >
              {position.title}
            </a>
          </h3>
          <p className="job-card__org" dir="auto">
            {position.organisation.name}
          </p>
          <ul className="job-card__facts" aria-label={t('jobs.card.facts')}>
            <li>{t(`profile.goals.roleFamilies.${position.roleFamily}`)}</li>
            <li>{t(`profile.levels.${position.level}`)}</li>
            {location ? <li>{location}</li> : null}
            <li>{t(`jobs.workplace.${position.workplace}`)}</li>
          </ul>
          <JobBadges
            verifiedEmployer={position.badges.verifiedEmployer}
            verifiedFunded={position.badges.verifiedFunded}
            taxFree={position.taxFree}
            visaSponsorship={position.visaSponsorship}
          />
          <SalaryFigure salary={position.salary} converted={position.salaryConverted} />
          {salary ? (
            <p className="salary-fit">
              <span className="salary-fit__label">{t('matching.salaryFit.label.candidate')}</span>{' '}
              {salaryFitText(salary.value, t)}
            </p>
          ) : null}
        </div>
        <div className="match-card__score">
          <ScoreMeter score={match.score} />
          <SideFits candidateFit={match.candidateFit} employerFit={match.employerFit} audience="candidate" />
        </div>
      </div>
      <div className="match-card__reasons">
        <SkillEvidence match={match} detail="compact" headingLevel={4} />
        <div className="skill-group">
          <h4 className="skill-group__title">{t('matching.improvements.title.candidate')}</h4>
          <ImprovementList
            improvements={match.improvements}
            names={skillNamesOf(match, position.requiredSkills)}
            audience="candidate"
            detail="compact"
          />
        </div>
      </div>
      <p className="match-card__more">
        <Link to={`/matches/explain?positionId=${encodeURIComponent(position.id)}`} state={explainState}>
          {t('matching.card.explain')}
          <span className="visually-hidden">{t('matching.card.explainFor', { title: position.title })}</span>
          <ArrowIcon />
        </Link>
        <ApplyButton positionId={position.id} title={position.title} />
      </p>
    </article>
  );
}
