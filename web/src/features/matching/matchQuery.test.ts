import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/errors';
import {
  candidateMatchFiltersFromParams,
  EMPTY_CANDIDATE_MATCH_FILTERS,
  EMPTY_JOB_MATCH_FILTERS,
  filterCount,
  jobMatchFiltersFromParams,
  paramsFromCandidateMatchFilters,
  paramsFromJobMatchFilters,
  parsePositionReference,
  refusedSkills,
} from './matchQuery';

describe("a candidate's match filters in the URL", () => {
  it('reads role families, countries, workplaces and skills, dropping what the API would refuse', () => {
    const filters = jobMatchFiltersFromParams(
      new URLSearchParams(
        'roleFamily=ml_engineer,astronaut,ml_engineer&country=AE,sa,SA,ZZ&workplace=remote,moon&skills=pytorch,Not An Id,pytorch',
      ),
    );
    expect(filters).toEqual({
      roleFamily: ['ml_engineer'],
      country: ['AE', 'SA'],
      workplace: ['remote'],
      skills: ['pytorch'],
    });
    expect(filterCount(filters)).toBe(5);
  });

  it('keeps at most five skills from a link', () => {
    const skills = 'a1,b2,c3,d4,e5,f6';
    expect(jobMatchFiltersFromParams(new URLSearchParams({ skills })).skills).toEqual([
      'a1',
      'b2',
      'c3',
      'd4',
      'e5',
    ]);
  });

  it('writes only what narrows the view, so equal views give equal URLs', () => {
    expect(paramsFromJobMatchFilters(EMPTY_JOB_MATCH_FILTERS).toString()).toBe('');
    const params = paramsFromJobMatchFilters({
      roleFamily: [],
      country: ['QA', 'AE'],
      workplace: ['hybrid'],
      skills: ['kubernetes'],
    });
    expect(params.toString()).toBe('country=QA%2CAE&workplace=hybrid&skills=kubernetes');
    expect(jobMatchFiltersFromParams(params)).toEqual({
      roleFamily: [],
      country: ['QA', 'AE'],
      workplace: ['hybrid'],
      skills: ['kubernetes'],
    });
  });
});

describe("a recruiter's candidate filters in the URL", () => {
  it('round-trips country, level, a minimum score and skills', () => {
    const filters = {
      country: ['IN'],
      level: ['senior' as const, 'staff' as const],
      minScore: 60,
      skills: ['pytorch', 'mlflow'],
    };
    const params = paramsFromCandidateMatchFilters(filters);
    expect(params.toString()).toBe('country=IN&level=senior%2Cstaff&minScore=60&skills=pytorch%2Cmlflow');
    expect(candidateMatchFiltersFromParams(params)).toEqual(filters);
    expect(filterCount(filters)).toBe(6);
  });

  it('treats a minimum score outside 0-100 or not a whole number as "any score"', () => {
    for (const minScore of ['101', '-5', '4.5', 'high', ''])
      expect(candidateMatchFiltersFromParams(new URLSearchParams({ minScore })).minScore).toBeNull();
    expect(filterCount(EMPTY_CANDIDATE_MATCH_FILTERS)).toBe(0);
  });
});

describe('"Why not?" input', () => {
  const id = 'f0a7eb5b-97af-43b4-ac7e-010f5a2a78f9';

  it('takes a position id, in any case', () => {
    expect(parsePositionReference(` ${id.toUpperCase()} `)).toEqual({ kind: 'id', id });
  });

  it('takes a job page link, with or without host, query or trailing slash, or its bare slug', () => {
    const slug = { kind: 'slug', slug: 'machine-learning-engineer-f0a7eb5b' };
    expect(
      parsePositionReference('https://aitalenthub.test/jobs/machine-learning-engineer-f0a7eb5b?lang=ar'),
    ).toEqual(slug);
    expect(parsePositionReference('/jobs/machine-learning-engineer-f0a7eb5b/')).toEqual(slug);
    expect(parsePositionReference('machine-learning-engineer-f0a7eb5b')).toEqual(slug);
  });

  it('refuses anything else', () => {
    for (const input of ['', 'https://example.com/about', 'two words', '/jobs/', '%E0%A4%A'])
      expect(parsePositionReference(input)).toBeNull();
  });
});

describe('refusedSkills', () => {
  const refusal = (errors: Array<{ path: string; message: string; code?: string }>, status = 400) =>
    new ApiError({ type: 'about:blank', title: 'Bad', status, code: 'validation_failed', errors });

  it('names the filter skills the API refused as unknown, by their place in the filter', () => {
    const error = refusal([
      { path: 'querystring.skills.1', message: 'Not a skill in the taxonomy', code: 'unknown_skill' },
    ]);
    expect(refusedSkills(error, ['pytorch', 'made-up-skill'])).toEqual(['made-up-skill']);
  });

  it('names nothing for other errors, other fields or places beyond the filter', () => {
    const skills = ['pytorch'];
    expect(refusedSkills(new Error('network'), skills)).toEqual([]);
    expect(
      refusedSkills(
        refusal([{ path: 'querystring.country.0', message: 'x', code: 'unknown_skill' }]),
        skills,
      ),
    ).toEqual([]);
    expect(
      refusedSkills(refusal([{ path: 'querystring.skills.3', message: 'x', code: 'unknown_skill' }]), skills),
    ).toEqual([]);
    expect(
      refusedSkills(
        refusal([{ path: 'querystring.skills.0', message: 'x', code: 'unknown_skill' }], 500),
        skills,
      ),
    ).toEqual([]);
  });
});
