import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MatchImprovement } from '../../api/matching';
import { useFormatters } from '../../lib/format';
import { SECTION_ANCHORS } from '../profile/sectionAnchors';
import { improvementSentence } from './matchText';
import type { MatchAudience } from './ScoreMeter';
import { useMatchFormat } from './useMatchFormat';

interface ImprovementListProps {
  improvements: MatchImprovement[];
  names: ReadonlyMap<string, string>;
  audience: MatchAudience;
  /** In a full explanation, Arabic-reading candidates also get the server's English wording, marked as English. */
  detail: 'compact' | 'full';
}

/** Where on their profile a candidate makes the change. */
function profileLink(improvement: MatchImprovement): string {
  switch (improvement.kind) {
    case 'add_skill':
    case 'raise_proficiency':
      return `/profile#${SECTION_ANCHORS.skills}`;
    case 'add_evidence':
      return `/profile#${SECTION_ANCHORS.project}`;
    case 'set_goal':
      return `/profile#${SECTION_ANCHORS.goals}`;
    case 'refresh_profile':
      return '/profile';
  }
}

/** The (up to three) changes that would raise the score most, best first, with what each would add. */
export function ImprovementList({ improvements, names, audience, detail }: ImprovementListProps) {
  const { t, i18n } = useTranslation();
  const format = useMatchFormat();
  const { country: countryName } = useFormatters();
  const english = i18n.language.startsWith('en');
  if (improvements.length === 0) return <p className="muted">{t('matching.improvements.none')}</p>;
  return (
    <ol className="improvement-list">
      {improvements.map((improvement, index) => (
        // The server lists at most three, best first; two can share a kind and a skill id is optional.
        // biome-ignore lint/suspicious/noArrayIndexKey: the order is the identity of each suggestion.
        <li key={index} className="improvement">
          <span className="improvement__text">
            {improvementSentence(improvement, names, countryName, t)}
            {/* The server's wording is addressed to the candidate, so only they see it beside theirs. */}
            {!english && detail === 'full' && audience === 'candidate' ? (
              <span className="improvement__original">
                {t('matching.improvements.inEnglish')}{' '}
                <span lang="en" dir="ltr">
                  {improvement.message}
                </span>
              </span>
            ) : null}
          </span>
          <span className="improvement__gain">
            {/* No plural count: a gain always shows one decimal, which takes the "other" form in
                both languages ("+1.0 points", «+٤٫٠ نقطة»). */}
            {t('matching.improvements.gain', { gain: format.gain(improvement.gain) })}
          </span>
          {audience === 'candidate' ? (
            <Link className="improvement__link" to={profileLink(improvement)}>
              {t('matching.improvements.edit')}
            </Link>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
