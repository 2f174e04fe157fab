// Anonymous profiles must not give the person away through their own prose: a summary that says
// "Richard hails from Tulsa and led ML at Acme" names them and their employer even with the name
// field hidden. This redacts, in free text, the words that identify: the candidate's names, their
// employers' names and domains, e-mail addresses, web links and phone numbers. Anything the
// candidate writes stays readable; only those spans become a neutral placeholder.

/** What identifies one candidate in their own text. */
export interface Identifiers {
  /** Display name; each part of three or more letters is redacted on its own too. */
  readonly displayName: string;
  /** Employer names and domains from the candidate's roles. */
  readonly employers: readonly string[];
  readonly domains: readonly string[];
}

export const REDACTED_NAME = '[name]';
export const REDACTED_EMPLOYER = '[employer]';
export const REDACTED_CONTACT = '[contact]';
export const REDACTED_LINK = '[link]';

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
const URL_LIKE = /\b(?:https?:\/\/|www\.)\S+/giu;
// Seven or more digits, optionally grouped and with a leading +: phone numbers, not years or metrics.
const PHONE = /(?<![\p{L}\p{N}.])\+?\d(?:[\s().-]?\d){6,}(?![\p{L}\p{N}])/gu;
// Company suffixes that do not identify on their own ("Acme Ltd" is redacted as "Acme" too).
const COMPANY_SUFFIX =
  /\s+(?:inc|ltd|llc|plc|gmbh|ag|sa|co|corp|corporation|limited|group|fze|fz-llc|wll)\.?$/iu;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A whole-word, case-insensitive pattern for any of the given terms, longest first. */
function wordPattern(terms: readonly string[]): RegExp | null {
  const unique = [...new Set(terms.map((t) => t.trim()).filter((t) => t.length >= 3))];
  if (unique.length === 0) return null;
  unique.sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${unique.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

function employerTerms(name: string): string[] {
  const trimmed = name.trim();
  const bare = trimmed.replace(COMPANY_SUFFIX, '');
  return bare === trimmed ? [trimmed] : [trimmed, bare];
}

/** A redactor for one candidate's text. Pure; build it once per profile. */
export function textRedactor(ids: Identifiers): (text: string) => string {
  const nameParts = ids.displayName.split(/\s+/).filter((part) => part.length >= 3);
  const names = wordPattern([ids.displayName, ...nameParts]);
  const employers = wordPattern(ids.employers.flatMap(employerTerms));
  const domains = wordPattern(ids.domains.flatMap((d) => [d, d.replace(/^www\./, '')]));
  return (text) => {
    let out = text.replace(EMAIL, REDACTED_CONTACT).replace(URL_LIKE, REDACTED_LINK);
    if (domains) out = out.replace(domains, REDACTED_LINK);
    out = out.replace(PHONE, REDACTED_CONTACT);
    if (employers) out = out.replace(employers, REDACTED_EMPLOYER);
    if (names) out = out.replace(names, REDACTED_NAME);
    return out;
  };
}

/** Applies a text function to every string inside a JSON-like value, except the listed keys. */
export function mapStrings<T>(value: T, fn: (s: string) => string, keep: ReadonlySet<string>): T {
  if (typeof value === 'string') return fn(value) as T;
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, fn, keep)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, keep.has(k) ? v : mapStrings(v, fn, keep)]),
    ) as T;
  }
  return value;
}
