import type { TFunction } from 'i18next';
import type { ExclusionParticulars, MatchImprovement, ScoredMatchView } from '../../api/matching';
import { isolate } from '../employer/isolate';

const EXCLUSION_CODES = [
  'position_not_live',
  'candidate_hidden',
  'organisation_blocked',
  'remote_country_not_eligible',
  'location_not_eligible',
  'visa_not_sponsored',
  'salary_above_band',
  'no_skill_overlap',
] as const;
type ExclusionCode = (typeof EXCLUSION_CODES)[number];

/** The code as one this interface words, or undefined for a filter added since. */
const knownExclusion = (code: string): ExclusionCode | undefined => EXCLUSION_CODES.find((c) => c === code);

/** Where on the profile a candidate can act on an exclusion, when there is anything to do. */
const EXCLUSION_FIX: Partial<Record<ExclusionCode, string>> = {
  candidate_hidden: '/profile#visibility',
  organisation_blocked: '/profile#visibility',
  location_not_eligible: '/profile#goals',
  remote_country_not_eligible: '/profile#basics',
  salary_above_band: '/profile#goals',
  no_skill_overlap: '/profile#skills',
};

/** A kind sentence for the hard filter that excluded a candidate, and where they could change it. */
export function exclusionText(code: string, t: TFunction): { sentence: string; fix: string | null } {
  const known = knownExclusion(code);
  if (!known) return { sentence: t('matching.exclusions.unknown'), fix: null };
  return { sentence: t(`matching.exclusions.${known}`), fix: EXCLUSION_FIX[known] ?? null };
}

/** How the rule's places and amounts are written in the interface language. */
export interface RuleFormat {
  country: (code: string) => string;
  list: (values: string[]) => string;
  /** A whole amount of US dollars. */
  usd: (amount: number) => string;
  /** A 0..1 share as a percentage. */
  percent: (share: number) => string;
}

/**
 * The hard filter's rule with its particulars (the places and amounts it compared), addressed to
 * the candidate in the interface language; null for a code this interface does not know, whose
 * English message the caller shows instead.
 */
export function exclusionRule(
  code: string,
  particulars: ExclusionParticulars,
  format: RuleFormat,
  t: TFunction,
): string | null {
  const known = knownExclusion(code);
  if (!known) return null;
  const places = (codes: readonly string[] | undefined) =>
    codes && codes.length > 0
      ? format.list(codes.map(format.country))
      : t('matching.exclusionRules.noCountry');
  const home = particulars.home ? format.country(particulars.home) : t('matching.exclusionRules.homeUnknown');
  return t(`matching.exclusionRules.${known}`, {
    countries: places(
      known === 'remote_country_not_eligible' ? particulars.remoteCountries : particulars.countries,
    ),
    home,
    workplace: particulars.workplace ? t(`matching.exclusionRules.workplace.${particulars.workplace}`) : '',
    minimum: format.usd(particulars.minimumPayUsd ?? 0),
    maximum: format.usd(particulars.salaryMaxUsd ?? 0),
    limit: format.usd(particulars.limitUsd ?? 0),
    tolerance: format.percent((particulars.tolerancePercent ?? 0) / 100),
    interpolation: { escapeValue: false },
  });
}

/** Every skill name a match mentions, by skill id, plus any the caller knows (a position's skills). */
export function skillNamesOf(
  match: ScoredMatchView,
  known: readonly { skillId: string; name: string }[] = [],
): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  for (const skill of known) names.set(skill.skillId, skill.name);
  for (const skill of match.missingRequired) names.set(skill.skillId, skill.name);
  for (const change of match.improvements)
    if (change.skillId && change.skillName) names.set(change.skillId, change.skillName);
  for (const skill of match.matchedSkills) names.set(skill.skillId, skill.name);
  for (const credit of match.relatedCredit) {
    names.set(credit.skillId, credit.name);
    names.set(credit.via, credit.viaName);
  }
  return names;
}

/** A readable stand-in for a skill id the match does not name ("feature-engineering" → "feature engineering"). */
function skillLabel(skillId: string, names: ReadonlyMap<string, string>): string {
  return names.get(skillId) ?? skillId.replace(/-/g, ' ');
}

/**
 * One improvement as a sentence in the interface language, from its kind, skill and particulars (the
 * server's own message is English and addressed to the candidate; these are worded for either side).
 */
export function improvementSentence(
  improvement: MatchImprovement,
  names: ReadonlyMap<string, string>,
  countryName: (code: string) => string,
  t: TFunction,
): string {
  // Isolated, so that a name ending in symbols (C++, C#) keeps its order inside Arabic text.
  const skill = improvement.skillId ? isolate(skillLabel(improvement.skillId, names)) : null;
  const { minimum, current } = improvement;
  switch (improvement.kind) {
    case 'add_skill':
      if (!skill) return t('matching.improvements.add_skill_any');
      if (improvement.required === true && minimum !== undefined)
        return t('matching.improvements.add_required_skill', { skill, minimum });
      if (improvement.required === false) return t('matching.improvements.add_wanted_skill', { skill });
      return t('matching.improvements.add_skill', { skill });
    case 'raise_proficiency':
      if (!skill) return t('matching.improvements.raise_proficiency_any');
      return current !== undefined && minimum !== undefined
        ? t('matching.improvements.raise_proficiency_from', { skill, current, minimum })
        : t('matching.improvements.raise_proficiency', { skill });
    case 'add_evidence':
      if (skill) return t('matching.improvements.back_skill', { skill });
      if (improvement.evidence === 'project') return t('matching.improvements.add_project');
      if (improvement.evidence === 'publication') return t('matching.improvements.add_publication');
      return t('matching.improvements.add_evidence');
    case 'set_goal':
      switch (improvement.goal) {
        case 'role_family':
          return t('matching.improvements.goal_role_family');
        case 'level':
          return t('matching.improvements.goal_level');
        case 'open_to_work':
          return t('matching.improvements.goal_open_to_work');
        case 'relocate':
          return improvement.country
            ? t('matching.improvements.goal_relocate', {
                country: isolate(countryName(improvement.country)),
              })
            : t('matching.improvements.set_goal');
        default:
          return t('matching.improvements.set_goal');
      }
    case 'refresh_profile':
      return t('matching.improvements.refresh_profile');
  }
}

/** The salary component's value (0..1) in words: how the candidate's minimum sits against the band. */
export function salaryFitText(value: number, t: TFunction): string {
  if (value >= 0.995) return t('matching.salaryFit.full');
  // 0.6 is the fit of a minimum equal to the band's maximum (the matcher's fitAtMax).
  if (value >= 0.6) return t('matching.salaryFit.within');
  if (value > 0) return t('matching.salaryFit.above');
  return t('matching.salaryFit.outside');
}

/** The taxonomy relation through which a related skill earned credit. */
export function relationText(relation: string, t: TFunction): string {
  if (relation === 'parent') return t('matching.relations.parent');
  if (relation === 'child') return t('matching.relations.child');
  return t('matching.relations.related');
}
