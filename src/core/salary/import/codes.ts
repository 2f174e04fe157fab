// Currency and country codes checked against the runtime's own ISO data (ICU), not a hand list.

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

/** True for an ISO 4217 code the runtime knows (upper case, as the source writes them). */
export function isCurrencyCode(code: string): boolean {
  return CURRENCIES.has(code);
}

const REGION_NAMES = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

// ICU names more two-letter regions than ISO 3166-1 assigns as countries. These are the ones it
// names that are not current countries: groupings and placeholders (EU, EZ, UN, QO, XA, XB, ZZ),
// ISO's "exceptionally reserved" codes (AC, CP, CQ, DG, EA, IC, TA, UK: the UK is GB), and codes
// withdrawn when their country changed (AN, BU, CS, DD, DY, FX, HV, NH, RH, SU, TP, VD, YD, YU, ZR).
// Kosovo's XK is user-assigned rather than ISO, but the EU, banks and salary surveys use it: kept.
const NOT_COUNTRIES = new Set(
  'EU EZ UN QO XA XB ZZ AC CP CQ DG EA IC TA UK AN BU CS DD DY FX HV NH RH SU TP VD YD YU ZR'.split(' '),
);

// ICU's lookup costs microseconds and a file repeats a few dozen codes 74k times; at most 676
// well-formed codes exist, so the memo stays small.
const knownCountries = new Map<string, boolean>();

/** True for an ISO 3166-1 alpha-2 country code (upper case). */
export function isCountryCode(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code)) return false;
  let known = knownCountries.get(code);
  if (known === undefined) {
    known = !NOT_COUNTRIES.has(code) && REGION_NAMES.of(code) !== undefined;
    knownCountries.set(code, known);
  }
  return known;
}
