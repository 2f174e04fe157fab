import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Converted, PositionSummary } from '../../../../src/contracts/positions.js';
import { useCountryOptions } from '../../lib/countries';
import { JobBadges } from './JobBadges';
import { SalaryFigure } from './SalaryFigure';
import { useJobFormat } from './useJobFormat';

export type JobCardData = Omit<PositionSummary, 'id' | 'salaryConverted' | 'organisation'> & {
  organisation: { name: string; logoUrl: string | null };
  salaryConverted: Converted | null;
};

interface JobCardProps {
  job: JobCardData;
  /** Off in the editor's preview: a draft has no public page yet. */
  linked?: boolean;
  headingLevel?: 2 | 3;
  /** Lets "Load more" move focus to the first new result. */
  titleRef?: (element: HTMLAnchorElement | null) => void;
  /** What the viewer can do with the position (a candidate's Apply button). */
  action?: ReactNode;
}

const SHOWN_SKILLS = 6;

/** One position as the public sees it in the job list. */
export function JobCard({ job, linked = true, headingLevel = 3, titleRef, action }: JobCardProps) {
  const { t, i18n } = useTranslation();
  const format = useJobFormat();
  const countries = useCountryOptions();
  const titleId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const [first, ...others] = job.locations;
  const place = first
    ? [first.city, countries.name(first.country)].filter(Boolean).join(t('jobs.card.placeJoin'))
    : '';
  const location = others.length > 0 ? t('jobs.card.moreLocations', { place, count: others.length }) : place;
  const logo = job.organisation.logoUrl?.startsWith('https://') ? job.organisation.logoUrl : null;
  const skills = job.requiredSkills.slice(0, SHOWN_SKILLS);
  const hiddenSkills = job.requiredSkills.length - skills.length;

  return (
    <article className="job-card" aria-labelledby={titleId}>
      <div className="job-card__head">
        {logo ? (
          <img className="job-card__logo" src={logo} alt="" loading="lazy" referrerPolicy="no-referrer" />
        ) : (
          <span className="job-card__logo job-card__logo--initial" aria-hidden="true">
            {job.organisation.name.trim().charAt(0).toUpperCase() || '?'}
          </span>
        )}
        <div className="job-card__heading">
          <Heading id={titleId} className="job-card__title" dir="auto">
            {linked ? (
              <a
                ref={titleRef}
                href={`/jobs/${encodeURIComponent(job.slug)}${i18n.language === 'ar' ? '?lang=ar' : ''}`}
              >
                {job.title}
              </a>
            ) : (
              job.title
            )}
          </Heading>
          <p className="job-card__org" dir="auto">
            {job.organisation.name}
          </p>
        </div>
      </div>
      <JobBadges
        verifiedEmployer={job.badges.verifiedEmployer}
        verifiedFunded={job.badges.verifiedFunded}
        taxFree={job.taxFree}
        visaSponsorship={job.visaSponsorship}
      />
      <ul className="job-card__facts" aria-label={t('jobs.card.facts')}>
        <li>{t(`profile.goals.roleFamilies.${job.roleFamily}`)}</li>
        <li>{t(`profile.levels.${job.level}`)}</li>
        {location ? <li>{location}</li> : null}
        <li>{t(`jobs.workplace.${job.workplace}`)}</li>
        {job.relocationSupport ? <li>{t('jobs.card.relocation')}</li> : null}
      </ul>
      <SalaryFigure salary={job.salary} converted={job.salaryConverted} />
      {skills.length > 0 ? (
        <ul className="job-card__skills" aria-label={t('jobs.card.skills')}>
          {skills.map((skill) => (
            <li key={skill.skillId} className="skill-tag">
              {skill.name}
            </li>
          ))}
          {hiddenSkills > 0 ? (
            <li className="skill-tag skill-tag--more">
              {t('jobs.card.moreSkills', { count: hiddenSkills })}
            </li>
          ) : null}
        </ul>
      ) : null}
      <p className="job-card__dates">
        {job.publishedAt ? <span>{t('jobs.card.posted', { date: format.day(job.publishedAt) })}</span> : null}
        <span>{t('jobs.card.validThrough', { date: format.day(job.validThrough) })}</span>
      </p>
      {action ? <div className="job-card__action">{action}</div> : null}
    </article>
  );
}
