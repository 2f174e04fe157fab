import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** ISO 3166-1 alpha-2 codes of the countries and territories people live and work in. */
const CODES =
  'AD AE AF AG AI AL AM AO AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BW BY BZ ' +
  'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK ' +
  'FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GT GU GW GY HK HN HR HT HU ID IE IL IM IN IO IQ IR IS ' +
  'IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ' +
  'ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL ' +
  'PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SK SL SM SN SO SR SS ST SV SX SY SZ TC TD ' +
  'TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW';

export const COUNTRY_CODES: readonly string[] = CODES.split(' ');

/** Where most of our engineers and employers are: listed first in country pickers. */
export const GULF_CODES: readonly string[] = ['AE', 'SA', 'QA', 'KW', 'BH', 'OM'];

export interface CountryOption {
  code: string;
  name: string;
}

/** Country names in the interface language, sorted the way that language sorts. */
export function useCountryOptions(): {
  gulf: CountryOption[];
  others: CountryOption[];
  name: (code: string) => string;
} {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    let names: Intl.DisplayNames | null = null;
    try {
      names = new Intl.DisplayNames([language], { type: 'region' });
    } catch {
      names = null;
    }
    const name = (code: string) => {
      try {
        return names?.of(code) ?? code;
      } catch {
        return code;
      }
    };
    const collator = new Intl.Collator(language);
    const toOption = (code: string) => ({ code, name: name(code) });
    return {
      gulf: GULF_CODES.map(toOption),
      others: COUNTRY_CODES.filter((code) => !GULF_CODES.includes(code))
        .map(toOption)
        .sort((a, b) => collator.compare(a.name, b.name)),
      name,
    };
  }, [language]);
}
