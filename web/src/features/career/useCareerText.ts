import { useTranslation } from 'react-i18next';
import type { CareerTarget, ExpectationCheck, SkillGap } from '../../api/career';
import { useCareerFormat } from './useCareerFormat';

const STAGES = new Set<string>(['junior', 'mid', 'senior', 'staff']);

/** Whether a target is one of the four stages (the rest are the tracks beyond senior). */
export function isStage(target: string): boolean {
  return STAGES.has(target);
}

/**
 * The page's words for the API's structured answers. The API's own sentences (reasons, check labels)
 * are English; the interface rebuilds them from the structured fields so Arabic reads as Arabic.
 */
export function useCareerText() {
  const { t } = useTranslation();
  const format = useCareerFormat();

  /** "Mid-level" or "ML architect": the stage or track in the interface language. */
  const targetName = (target: CareerTarget | string): string =>
    isStage(target) ? t(`profile.levels.${target as 'junior'}`) : t(`career.tracks.${target as 'staff_ic'}`);

  /** One expectation in words: "PyTorch at proficiency 3 or more", "2 portfolio projects". */
  const checkLabel = (check: ExpectationCheck, skillNames: ReadonlyMap<string, string>): string => {
    const numbers = check.label.match(/\d+(\.\d+)?/g) ?? [];
    const first = Number(numbers[0] ?? Number.NaN);
    switch (check.kind) {
      case 'skill': {
        const level = Number(check.label.match(/proficiency (\d)/)?.[1] ?? Number.NaN);
        const skill = skillNames.get(check.key) ?? check.key;
        return Number.isFinite(level)
          ? t('career.checks.skill', { skill, level: format.whole(level) })
          : t('career.checks.skillAny', { skill });
      }
      case 'years':
        return Number.isFinite(first) ? t('career.checks.years', { min: format.whole(first) }) : check.label;
      case 'projects':
      case 'measured_projects':
      case 'deployed_projects':
      case 'publications':
        return Number.isFinite(first)
          ? t(`career.checks.${check.kind}`, { count: first, n: format.whole(first) })
          : check.label;
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
    if (check.detail === 'not held') return t('career.checks.notHeld');
    const of = check.detail.match(/(\d+) of (\d+)/);
    if (check.kind === 'skill') {
      const held = check.detail.match(/at (\d) of \d/);
      return held ? t('career.checks.heldAt', { level: format.whole(Number(held[1])) }) : check.detail;
    }
    if (check.kind === 'years') {
      const years = Number.parseFloat(check.detail);
      return Number.isFinite(years)
        ? t('career.checks.yearsHeld', { years: format.years(years) })
        : check.detail;
    }
    if (of)
      return t('career.checks.countOf', {
        have: format.whole(Number(of[1])),
        need: format.whole(Number(of[2])),
      });
    if (check.kind === 'leadership' || check.kind === 'architecture')
      return check.met ? t('career.checks.evidenceFound') : t('career.checks.evidenceMissing');
    return check.detail;
  };

  /** Where a gap's pay effect comes from, in the page's words. */
  const paySource = (gap: SkillGap): string => t(`career.gaps.paySource.${gap.payEffect.source}`);

  return { targetName, checkLabel, checkShort, checkDetail, paySource };
}
