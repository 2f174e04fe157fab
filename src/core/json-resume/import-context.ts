// Shared state of one import: the report being written, the errors that make the caller refuse the
// import, and helpers that fit a résumé's free-form values into our contracts' limits, noting every
// value that had to be shortened or left out instead of failing later at the contract.
import { randomUUID } from 'node:crypto';
import { isPartialDate } from './dates.js';
import type { ImportReport, JsonResumeProblem } from './types.js';
import { isHttpUrl } from './urls.js';

/** What an import needs from the outside world: the skill catalogue, today, and (optionally) an id source. */
export interface ImportDeps {
  normaliseSkill: (name: string) => { skillId: string; confidence: number } | null;
  now: Date;
  /** Item ids; defaults to random v4 UUIDs (pass a counter in tests for stable ids). */
  newId?: () => string;
}

/** The contract's cap on any link. */
export const MAX_URL_LENGTH = 500;

function cut(value: string, max: number): string {
  // Do not split a surrogate pair at the cut.
  const end = /[\uD800-\uDBFF]/.test(value.charAt(max - 1)) ? max - 1 : max;
  return value.slice(0, end).trimEnd();
}

export class ImportContext {
  readonly report: ImportReport = { matchedSkills: [], unmatchedSkills: [], dropped: [], adjusted: [] };
  readonly errors: JsonResumeProblem[] = [];
  /** Item id per résumé entry path (`projects.0`), for evidence references. */
  readonly itemIds = new Map<string, string>();
  readonly now: Date;
  readonly normaliseSkill: ImportDeps['normaliseSkill'];
  readonly newId: () => string;

  constructor(deps: ImportDeps) {
    this.now = deps.now;
    this.normaliseSkill = deps.normaliseSkill;
    this.newId = deps.newId ?? randomUUID;
  }

  drop(path: string, reason: string): void {
    this.report.dropped.push({ path, reason });
  }

  adjust(path: string, reason: string): void {
    this.report.adjusted.push({ path, reason });
  }

  error(path: string, message: string): void {
    this.errors.push({ path, message });
  }

  /** Trimmed text within `max` characters ('' when missing); a shortened value is noted. */
  text(value: string | undefined, max: number, path: string): string {
    const trimmed = (value ?? '').trim();
    if (trimmed.length <= max) return trimmed;
    this.adjust(path, `Shortened to ${max} characters (the profile's limit)`);
    return cut(trimmed, max);
  }

  /** Like text(), but undefined when empty. */
  optionalText(value: string | undefined, max: number, path: string): string | undefined {
    const text = this.text(value, max, path);
    return text === '' ? undefined : text;
  }

  /** Non-empty trimmed strings, at most `maxItems` of at most `maxLength` characters each. */
  list(values: string[] | undefined, maxItems: number, maxLength: number, path: string): string[] {
    const kept = (values ?? [])
      .map((value, i) => this.text(value, maxLength, `${path}.${i}`))
      .filter((value) => value !== '');
    if (kept.length <= maxItems) return kept;
    this.drop(
      path,
      `Kept the first ${maxItems} entries (the profile's limit); ${kept.length - maxItems} left out`,
    );
    return kept.slice(0, maxItems);
  }

  /** A date our contract accepts, or undefined (noted when a value was present). */
  date(value: string | undefined, path: string): string | undefined {
    if (value === undefined) return undefined;
    if (isPartialDate(value)) return value;
    this.drop(path, 'Not a real date as YYYY, YYYY-MM or YYYY-MM-DD');
    return undefined;
  }

  /** An http(s) link within the contract's length, or undefined (noted when a value was present). */
  url(value: string | undefined, path: string): string | undefined {
    const trimmed = value?.trim();
    if (!trimmed) return undefined;
    if (isHttpUrl(trimmed) && trimmed.length <= MAX_URL_LENGTH) return trimmed;
    this.drop(path, `Only http(s) links of at most ${MAX_URL_LENGTH} characters are kept`);
    return undefined;
  }

  /** Notes every key of an entry that the profile does not model. */
  unmodelled(
    entry: object,
    path: string,
    modelled: readonly string[],
    reasons: Record<string, string> = {},
  ): void {
    for (const key of Object.keys(entry)) {
      if (modelled.includes(key)) continue;
      this.drop(`${path}.${key}`, reasons[key] ?? 'Not part of the profile');
    }
  }
}
