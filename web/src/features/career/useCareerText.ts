import { useTranslation } from 'react-i18next';
import type { CareerTarget, ExpectationCheck, SkillGap } from '../../api/career';
import { modelText } from './modelText';
import { useCareerFormat } from './useCareerFormat';

const STAGES = new Set<string>(['junior', 'mid', 'senior', 'staff']);

/** Whether a target is one of the four stages (the rest are the tracks beyond senior). */
export function isStage(target: string): boolean {
  return STAGES.has(target);
}

/**
 * The page's words for the API's structured answers. The API's own sentences (reasons, check labels)
 * are English; the interface builds its own from the structured fields (kind, key, want, have) so
 * Arabic reads as Arabic.
 */
export function useCareerText() {
  const { t, i18n } = useTranslation();
  const format = useCareerFormat();

  /** A line of the career model (a title, a responsibility, a project) in the interface language. */
  const model = (line: string): string => modelText(line, i18n.language);

  /** "Mid-level" or "ML architect": the stage or track in the interface language. */
  const targetName = (target: CareerTarget | string): string =>
    isStage(target) ? t(`profile.levels.${target as 'junior'}`) : t(`career.tracks.${target as 'staff_ic'}`);

  /** One expectation in words: "PyTorch at proficiency 3 or more", "2 portfolio projects". */
  const checkLabel = (check: ExpectationCheck, skillNames: ReadonlyMap<string, string>): string => {
    const want = check.want;
    switch (check.kind) {
      case 'skill': {
        const skill = skillNames.get(check.key) ?? check.key;
        return want === null
          ? t('career.checks.skillAny', { skill })
          : t('career.checks.skill', { skill, level: format.whole(want) });
      }
      case 'years':
        return want === null ? check.label : t('career.checks.years', { min: format.whole(want) });
      case 'projects':
      case 'measured_projects':
      case 'deployed_projects':
      case 'publications':
        return want === null
          ? check.label
          : t(`career.checks.${check.kind}`, { count: want, n: format.whole(want) });
      case 'leadership':
      case 'architecture':
        return t(`career.checks.${check.kind}`);
      default:
        return check.label;
    }
  };

  /** A short name for a chart row: the skill's name, else the expectation in words. */
  const checkShort = (check: ExpectationCheck, skillNames: ReadonlyMap<string, string>): string => {
    if (check.kind === 'skill') return skillNames.get(check.key) ?? check.key;
    if (check.kind === 'leadership' || check.kind === 'architecture')
      return t(`career.checks.${check.kind}Short`);
    return checkLabel(check, skillNames);
  };

  /** What the candidate has toward an expectation: "3.4 years", "1 of 2", "proficiency 2", "not held". */
  const checkDetail = (check: ExpectationCheck): string => {
    const { have, want } = check;
    switch (check.kind) {
      case 'skill':
        return have === null
          ? t('career.checks.notHeld')
          : t('career.checks.heldAt', { level: format.whole(have) });
      case 'years':
        return have === null ? check.detail : t('career.checks.yearsHeld', { years: format.years(have) });
      case 'leadership':
      case 'architecture':
        return check.met ? t('career.checks.evidenceFound') : t('career.checks.evidenceMissing');
      default:
        return have === null || want === null
          ? check.detail
          : t('career.checks.countOf', { have: format.whole(have), need: format.whole(want) });
    }
  };

  /** Where a gap's pay effect comes from, in the page's words. */
  const paySource = (gap: SkillGap): string => t(`career.gaps.paySource.${gap.payEffect.source}`);

  return { targetName, checkLabel, checkShort, checkDetail, paySource, model };
}
