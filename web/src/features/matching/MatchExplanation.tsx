import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScoredMatchView } from '../../api/matching';
import { ContributionChart } from './ContributionChart';
import { ImprovementList } from './ImprovementList';
import { salaryFitText, skillNamesOf } from './matchText';
import { type MatchAudience, ScoreMeter, SideFits } from './ScoreMeter';
import { SkillEvidence } from './SkillEvidence';

interface MatchExplanationProps {
  match: ScoredMatchView;
  audience: MatchAudience;
  /** The level of this explanation's section headings (the page or drawer title sits above). */
  headingLevel: 2 | 3;
  /** Skill names known from elsewhere (a position's required skills), for improvements to name. */
  knownSkills?: readonly { skillId: string; name: string }[];
}

/** Everything about one scored pair: score, both sides, each component's share, skills, improvements. */
export function MatchExplanation({ match, audience, headingLevel, knownSkills }: MatchExplanationProps) {
  const { t } = useTranslation();
  const id = useId();
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const sub = headingLevel === 2 ? 3 : 4;
  const salary = match.components.find((c) => c.key === 'salary');
  return (
    <div className="match-explanation">
      <div className="match-explanation__summary">
        <ScoreMeter score={match.score} size="lg" />
        <SideFits candidateFit={match.candidateFit} employerFit={match.employerFit} audience={audience} />
        <p className="match-section__intro">{t('matching.fits.explain')}</p>
        {salary ? (
          <p className="salary-fit">
            <span className="salary-fit__label">{t(`matching.salaryFit.label.${audience}`)}</span>{' '}
            {salaryFitText(salary.value, t)}
          </p>
        ) : null}
      </div>
      <ContributionChart
        components={match.components}
        score={match.score}
        audience={audience}
        headingLevel={headingLevel}
      />
      <section className="match-section" aria-labelledby={`${id}-skills`}>
        <H id={`${id}-skills`} className="match-section__title">
          {t('matching.skills.title')}
        </H>
        <SkillEvidence match={match} detail="full" headingLevel={sub} />
      </section>
      <section className="match-section" aria-labelledby={`${id}-improve`}>
        <H id={`${id}-improve`} className="match-section__title">
          {t(`matching.improvements.title.${audience}`)}
        </H>
        <ImprovementList
          improvements={match.improvements}
          names={skillNamesOf(match, knownSkills)}
          audience={audience}
          detail="full"
        />
      </section>
    </div>
  );
}
