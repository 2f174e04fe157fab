// Human messages for the hard filters; each names its filter, so a candidate looking at a position
// they do not match learns which rule stands in the way.
import { englishCountryName } from '../country-names.js';
import type { MatchConfig } from './config.js';
import type { ExclusionCode } from './kernel.js';
import type { MatchCandidate, MatchPosition } from './types.js';

const usd = (amount: number) => `USD ${Math.round(amount).toLocaleString('en-US')}`;

/** Countries by their English names ("Saudi Arabia", not "SA"): these sentences are read by people. */
const countryNames = (codes: readonly string[]) => codes.map(englishCountryName).join(', ');

/** The message for a hard filter that excluded a pair. */
export function exclusionMessage(
  code: ExclusionCode,
  candidate: MatchCandidate,
  position: MatchPosition,
  config: MatchConfig,
): string {
  const countries = countryNames(position.countries) || 'no country';
  const home = candidate.country ? countryNames([candidate.country]) : 'an unstated country';
  switch (code) {
    case 'position_not_live':
      return 'Position filter: the position is not open, verified and funded, so it is not matched.';
    case 'candidate_hidden':
      return 'Visibility filter: the candidate has hidden their profile from employers.';
    case 'organisation_blocked':
      return "Block filter: the candidate has blocked this organisation's domain.";
    case 'remote_country_not_eligible':
      return `Remote-country filter: this remote position hires in ${countryNames(position.remoteCountries)}, and the candidate lives in ${home}.`;
    case 'location_not_eligible':
      return `Location filter: this ${position.workplace} position is in ${countries}; the candidate lives in ${home} and has not said they will relocate.`;
    case 'visa_not_sponsored':
      return `Visa filter: the candidate would relocate to ${countries} from ${home}, but the position does not sponsor visas.`;
    case 'salary_above_band': {
      const limit = position.salaryMaxUsd * (1 + config.salary.toleranceAboveMax);
      return `Salary filter: the candidate's minimum of ${usd(candidate.minimumPayUsd ?? 0)} is above the band's maximum of ${usd(position.salaryMaxUsd)} by more than ${Math.round(config.salary.toleranceAboveMax * 100)}% (${usd(limit)}).`;
    }
    case 'no_skill_overlap':
      return 'Skill filter: none of the candidate’s skills is, or is related to, a skill this position asks for.';
  }
}
