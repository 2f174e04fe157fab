import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScoredMatchView } from '../../api/matching';
import { cx } from '../../lib/cx';
import { CheckIcon } from '../../ui/icons';
import { StrengthBadge } from '../profile/skills/StrengthBadge';
import { relationText } from './matchText';
import { useMatchFormat } from './useMatchFormat';

type Heading = 3 | 4;

interface SkillEvidenceProps {
  match: ScoredMatchView;
  /** Compact on a match card (required skills only, a few of each); full in an explanation. */
  detail: 'compact' | 'full';
  headingLevel: Heading;
}

const COMPACT_SKILLS = 5;

/** The skill reasons of a match: what the candidate holds, what related skills earned, what is missing. */
export function SkillEvidence({ match, detail, headingLevel }: SkillEvidenceProps) {
  const { t } = useTranslation();
  const compact = detail === 'compact';
  const matched = match.matchedSkills
    .filter((s) => !compact || s.required)
    .sort((a, b) => Number(b.required) - Number(a.required) || b.credit - a.credit);
  const shown = compact ? matched.slice(0, COMPACT_SKILLS) : matched;
  const related = compact ? match.relatedCredit.filter((r) => r.required) : match.relatedCredit;
  return (
    <div className={cx('skill-evidence', compact && 'skill-evidence--compact')}>
      <SkillGroup level={headingLevel} title={t('matching.skills.matched')}>
        {shown.length === 0 ? (
          <p className="muted">{t('matching.skills.noneMatched')}</p>
        ) : (
          <ul className="reason-list">
            {shown.map((skill) => (
              <MatchedSkillRow key={skill.skillId} skill={skill} detail={detail} />
            ))}
            {matched.length > shown.length ? (
              <li className="reason-list__more">
                {t('matching.skills.more', { count: matched.length - shown.length })}
              </li>
            ) : null}
          </ul>
        )}
      </SkillGroup>
      {related.length > 0 ? (
        <SkillGroup level={headingLevel} title={t('matching.skills.related')}>
          <ul className="reason-list">
            {related.map((credit) => (
              <RelatedCreditRow key={credit.skillId} credit={credit} />
            ))}
          </ul>
        </SkillGroup>
      ) : null}
      <SkillGroup level={headingLevel} title={t('matching.skills.missing')} tone="missing">
        {match.missingRequired.length === 0 ? (
          <p className="reason-ok">
            <CheckIcon className="reason-ok__icon" />
            {t('matching.skills.noneMissing')}
          </p>
        ) : (
          <ul className="missing-list">
            {match.missingRequired.map((skill) => (
              <li key={skill.skillId} className="missing-tag">
                {skill.name}
              </li>
            ))}
          </ul>
        )}
      </SkillGroup>
    </div>
  );
}

function SkillGroup({
  level,
  title,
  tone,
  children,
}: {
  level: Heading;
  title: string;
  tone?: 'missing';
  children: ReactNode;
}) {
  const H = level === 3 ? 'h3' : 'h4';
  // A plain group under a heading: as named regions, every card's groups would repeat the same landmarks.
  return (
    <div className={cx('skill-group', tone && `skill-group--${tone}`)}>
      <H className="skill-group__title">{title}</H>
      {children}
    </div>
  );
}

function MatchedSkillRow({
  skill,
  detail,
}: {
  skill: ScoredMatchView['matchedSkills'][number];
  detail: 'compact' | 'full';
}) {
  const { t } = useTranslation();
  const format = useMatchFormat();
  const short = skill.minProficiency !== null && skill.proficiency < skill.minProficiency;
  const level =
    skill.minProficiency === null
      ? t('matching.skills.proficiency', { level: format.whole(skill.proficiency), max: format.whole(5) })
      : t('matching.skills.proficiencyOfMin', {
          level: format.whole(skill.proficiency),
          max: format.whole(5),
          min: format.whole(skill.minProficiency),
        });
  return (
    <li className="reason">
      <span className="reason__name">{skill.name}</span>
      <span className={cx('reason__level', short && 'reason__level--short')}>{level}</span>
      <StrengthBadge strength={skill.strength} />
      {detail === 'full' ? (
        <span className="reason__meta">
          {skill.required ? t('matching.skills.required') : t('matching.skills.niceToHave')}
          {' · '}
          {t('matching.skills.credit', { credit: format.percent(skill.credit) })}
        </span>
      ) : null}
    </li>
  );
}

function RelatedCreditRow({ credit }: { credit: ScoredMatchView['relatedCredit'][number] }) {
  const { t } = useTranslation();
  const format = useMatchFormat();
  return (
    <li className="reason">
      <span className="reason__name">{credit.name}</span>
      <span className="reason__meta">
        {t('matching.skills.via', {
          via: credit.viaName,
          relation: relationText(credit.relation, t),
          credit: format.percent(credit.credit),
        })}
      </span>
    </li>
  );
}
