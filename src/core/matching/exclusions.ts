// Human messages for the hard filters; each names its filter, so a candidate looking at a position
// they do not match learns which rule stands in the way. The particulars travel beside the English
// message, so that an interface in another language words the same rule with the same figures.
import type { ExclusionParticulars } from '../../contracts/matching.js';
import { englishCountryName } from '../country-names.js';
import type { MatchConfig } from './config.js';
import type { ExclusionCode } from './kernel.js';
import type { MatchCandidate, MatchPosition } from './types.js';

const usd = (amount: number) => `USD ${Math.round(amount).toLocaleString('en-US')}`;

/** Countries by their English names ("Saudi Arabia", not "SA"): these sentences are read by people. */
const countryNames = (codes: readonly string[]) => codes.map(englishCountryName).join(', ');

/** The particulars of a hard filter that excluded a pair. */
export function exclusionParticulars(
  code: ExclusionCode,
  candidate: MatchCandidate,
  position: MatchPosition,
  config: MatchConfig,
): ExclusionParticulars {
  const home = candidate.country;
  switch (code) {
    case 'remote_country_not_eligible':
      return { remoteCountries: [...position.remoteCountries], home };
    case 'location_not_eligible':
    case 'visa_not_sponsored':
      return { workplace: position.workplace, countries: [...position.countries], home };
    case 'salary_above_band': {
      const tolerance = config.salary.toleranceAboveMax;
      return {
        minimumPayUsd: Math.round(candidate.minimumPayUsd ?? 0),
        salaryMaxUsd: Math.round(position.salaryMaxUsd),
        tolerancePercent: Math.round(tolerance * 100),
        limitUsd: Math.round(position.salaryMaxUsd * (1 + tolerance)),
      };
    }
    default:
      return {};
  }
}

/** The English message for a hard filter that excluded a pair, from its particulars. */
export function exclusionMessage(code: ExclusionCode, p: ExclusionParticulars): string {
  const countries = countryNames(p.countries ?? []) || 'no country';
  const home = p.home ? countryNames([p.home]) : 'an unstated country';
  switch (code) {
    case 'position_not_live':
      return 'Position filter: the position is not open, verified and funded, so it is not matched.';
    case 'candidate_hidden':
      return 'Visibility filter: the candidate has hidden their profile from employers.';
    case 'organisation_blocked':
      return "Block filter: the candidate has blocked this organisation's domain.";
    case 'remote_country_not_eligible':
      return `Remote-country filter: this remote position hires in ${countryNames(p.remoteCountries ?? [])}, and the candidate lives in ${home}.`;
    case 'location_not_eligible':
      return `Location filter: this ${p.workplace} position is in ${countries}; the candidate lives in ${home} and has not said they will relocate.`;
    case 'visa_not_sponsored':
      return `Visa filter: the candidate would relocate to ${countries} from ${home}, but the position does not sponsor visas.`;
    case 'salary_above_band':
      return `Salary filter: the candidate's minimum of ${usd(p.minimumPayUsd ?? 0)} is above the band's maximum of ${usd(p.salaryMaxUsd ?? 0)} by more than ${p.tolerancePercent}% (${usd(p.limitUsd ?? 0)}).`;
    case 'no_skill_overlap':
      return 'Skill filter: none of the candidate’s skills is, or is related to, a skill this position asks for.';
  }
}
