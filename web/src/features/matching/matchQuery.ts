import { workplaceSchema } from '../../../../src/contracts/positions.js';
import { levelSchema, roleFamilySchema, skillIdSchema } from '../../../../src/contracts/profile.js';
import { ApiError } from '../../api/errors';
import { COUNTRY_CODES } from '../../lib/countries';

export type RoleFamily = (typeof roleFamilySchema.options)[number];
export type Level = (typeof levelSchema.options)[number];
export type Workplace = (typeof workplaceSchema.options)[number];

/** What a candidate narrows their matches to; kept in the URL so a view can be shared and reloaded. */
export interface JobMatchFilters {
  roleFamily: RoleFamily[];
  country: string[];
  workplace: Workplace[];
  /** Taxonomy skill ids the positions must all ask for. */
  skills: string[];
}

/** What a recruiter narrows a position's ranked candidates to, also kept in the URL. */
export interface CandidateMatchFilters {
  country: string[];
  level: Level[];
  /** A whole number of points, or null for any score. */
  minScore: number | null;
  /** Taxonomy skill ids the candidates must all list. */
  skills: string[];
}

export const EMPTY_JOB_MATCH_FILTERS: JobMatchFilters = {
  roleFamily: [],
  country: [],
  workplace: [],
  skills: [],
};
export const EMPTY_CANDIDATE_MATCH_FILTERS: CandidateMatchFilters = {
  country: [],
  level: [],
  minScore: null,
  skills: [],
};

/** The minimum scores a recruiter can choose from. */
export const MIN_SCORE_CHOICES: readonly number[] = [30, 40, 50, 60, 70, 80];

// The API takes at most 20 values per list.
const MAX_VALUES = 20;
/** Skills a filter may name in the interface: each must be listed, so more would rarely leave anyone. */
export const MAX_FILTER_SKILLS = 5;

function oneOf<T extends string>(options: readonly T[], value: string): T | undefined {
  return options.find((option) => option === value);
}

/** Comma-separated values, keeping only the allowed ones, each once, at most `max`. */
function listOf<T extends string>(
  value: string | null,
  accept: (item: string) => T | undefined,
  max = MAX_VALUES,
): T[] {
  const out: T[] = [];
  for (const raw of (value ?? '').split(',')) {
    const item = accept(raw.trim());
    if (item !== undefined && !out.includes(item) && out.length < max) out.push(item);
  }
  return out;
}

/** A skill id's form (the API refuses an id the taxonomy does not have; the page shows that error). */
const skillId = (value: string) => (skillIdSchema.safeParse(value).success ? value : undefined);

const KNOWN_COUNTRIES = new Set(COUNTRY_CODES);
/** A country the interface knows (a code like ZZ from a hand-edited link showed as "Unknown Region"). */
const country = (value: string) => (KNOWN_COUNTRIES.has(value) ? value : undefined);

/** Reads a candidate's match filters from a query string, dropping anything the API would refuse. */
export function jobMatchFiltersFromParams(params: URLSearchParams): JobMatchFilters {
  return {
    roleFamily: listOf(params.get('roleFamily'), (v) => oneOf(roleFamilySchema.options, v)),
    country: listOf(params.get('country'), country),
    workplace: listOf(params.get('workplace'), (v) => oneOf(workplaceSchema.options, v)),
    skills: listOf(params.get('skills'), skillId, MAX_FILTER_SKILLS),
  };
}

/** A candidate's match filters as URL parameters, in a stable order so equal views give equal URLs. */
export function paramsFromJobMatchFilters(filters: JobMatchFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.roleFamily.length > 0) params.set('roleFamily', filters.roleFamily.join(','));
  if (filters.country.length > 0) params.set('country', filters.country.join(','));
  if (filters.workplace.length > 0) params.set('workplace', filters.workplace.join(','));
  if (filters.skills.length > 0) params.set('skills', filters.skills.join(','));
  return params;
}

/** Reads a recruiter's filters from a query string; an out-of-range minimum score means "any". */
export function candidateMatchFiltersFromParams(params: URLSearchParams): CandidateMatchFilters {
  const raw = params.get('minScore') ?? '';
  const minScore = /^\d{1,3}$/.test(raw) && Number(raw) <= 100 ? Number(raw) : null;
  return {
    country: listOf(params.get('country'), country),
    level: listOf(params.get('level'), (v) => oneOf(levelSchema.options, v)),
    minScore,
    skills: listOf(params.get('skills'), skillId, MAX_FILTER_SKILLS),
  };
}

/** A recruiter's filters as URL parameters, in a stable order. */
export function paramsFromCandidateMatchFilters(filters: CandidateMatchFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.country.length > 0) params.set('country', filters.country.join(','));
  if (filters.level.length > 0) params.set('level', filters.level.join(','));
  if (filters.minScore !== null) params.set('minScore', String(filters.minScore));
  if (filters.skills.length > 0) params.set('skills', filters.skills.join(','));
  return params;
}

/** How many values narrow a view: each ticked box, chosen country and a minimum score count once. */
export function filterCount(filters: JobMatchFilters | CandidateMatchFilters): number {
  if ('roleFamily' in filters)
    return (
      filters.roleFamily.length + filters.country.length + filters.workplace.length + filters.skills.length
    );
  return (
    filters.country.length +
    filters.level.length +
    (filters.minScore === null ? 0 : 1) +
    filters.skills.length
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SLUG = /^[a-z0-9][a-z0-9-]{0,199}$/;

/** What a person typed into "Why not?": a position id, a job page link, or the slug at its end. */
export type PositionReference = { kind: 'id'; id: string } | { kind: 'slug'; slug: string } | null;

/** Recognises a position id, a /jobs/:slug link (any host, with or without a query) or a bare slug. */
export function parsePositionReference(input: string): PositionReference {
  const text = input.trim();
  if (UUID.test(text)) return { kind: 'id', id: text.toLowerCase() };
  let path = text;
  try {
    path = new URL(text, 'https://placeholder.invalid').pathname;
  } catch {
    return null;
  }
  const fromLink = /(?:^|\/)jobs\/([^/?#]+)\/?$/.exec(path)?.[1];
  let slug = fromLink ?? (text.includes('/') ? '' : text);
  try {
    slug = decodeURIComponent(slug).toLowerCase();
  } catch {
    return null;
  }
  if (UUID.test(slug)) return { kind: 'id', id: slug };
  return SLUG.test(slug) ? { kind: 'slug', slug } : null;
}

/** Whether a string is a position id the API would accept. */
export function isPositionId(value: string): boolean {
  return UUID.test(value);
}

/**
 * The filter skills a failed ranking request was refused for: the API names each skill the
 * taxonomy does not have (a hand-edited or old link) at querystring.skills.<index>, code
 * unknown_skill. Empty for any other error.
 */
export function refusedSkills(error: unknown, skills: readonly string[]): string[] {
  if (!(error instanceof ApiError) || error.status !== 400) return [];
  const refused: string[] = [];
  for (const issue of error.problem.errors ?? []) {
    const index = /^querystring\.skills\.(\d+)$/.exec(issue.path)?.[1];
    const skill = index === undefined ? undefined : skills[Number(index)];
    if (issue.code === 'unknown_skill' && skill !== undefined && !refused.includes(skill))
      refused.push(skill);
  }
  return refused;
}
