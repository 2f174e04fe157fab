import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankPositionsByBruteForce } from '../brute-force.js';
import {
  COUNTRY_POOL,
  candidateArb,
  positionArb,
  SKILL_POOL,
  withPositionIds,
} from '../matching.arbitraries.js';
import { buildCandidate, buildPosition, TEST_NOW } from '../matching.fixtures.js';
import type { MatchPosition } from '../types.js';
import type { RoleFamily } from '../vocabulary.js';
import { ROLE_FAMILIES } from '../vocabulary.js';
import type { PositionFilters } from './position-index.js';
import { buildPositionIndex } from './position-index.js';

const filtersArb: fc.Arbitrary<PositionFilters> = fc.record(
  {
    roleFamilies: fc.uniqueArray(fc.constantFrom<RoleFamily>(...ROLE_FAMILIES), {
      minLength: 1,
      maxLength: 4,
    }),
    countries: fc.uniqueArray(fc.constantFrom(...COUNTRY_POOL), { minLength: 1, maxLength: 2 }),
    workplaces: fc.uniqueArray(fc.constantFrom('onsite', 'hybrid', 'remote' as const), { minLength: 1 }),
    skills: fc.uniqueArray(fc.constantFrom(...SKILL_POOL), { minLength: 1, maxLength: 2 }),
  },
  { requiredKeys: [] },
);

describe('PositionIndex', () => {
  it('ranks exactly as brute-force scorePair over every position, through updates and removals', () => {
    fc.assert(
      fc.property(
        fc.array(positionArb, { minLength: 1, maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(39), fc.option(positionArb, { nil: null })), { maxLength: 20 }),
        candidateArb,
        fc.record({ k: fc.integer({ min: 1, max: 10 }), offset: fc.integer({ min: 0, max: 4 }) }),
        fc.option(filtersArb, { nil: undefined }),
        (raw, edits, rawCandidate, { k, offset }, filters) => {
          const live = new Map<string, MatchPosition>(withPositionIds(raw).map((p) => [p.id, p]));
          const index = buildPositionIndex(live.values());
          for (const [who, edit] of edits) {
            const id = `p-${String(who).padStart(3, '0')}`;
            if (edit === null) {
              expect(index.remove(id)).toBe(live.delete(id));
            } else {
              live.set(id, { ...edit, id });
              index.update({ ...edit, id });
            }
          }
          const candidate = { ...rawCandidate, id: 'c-1' };
          const options = { k, offset, now: TEST_NOW, ...(filters === undefined ? {} : { filters }) };
          const actual = index.topPositions(candidate, options);
          const expected = rankPositionsByBruteForce(live.values(), candidate, options);
          expect(actual.map((r) => r.positionId)).toEqual(expected.map((r) => r.positionId));
          expect(actual).toEqual(expected);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('skips positions that are not live, and excluded pairs', () => {
    const index = buildPositionIndex([
      buildPosition({ id: 'open' }),
      buildPosition({ id: 'closed', live: false }),
      buildPosition({ id: 'abroad', countries: ['GB'], visaSponsorship: false }),
    ]);
    const ranked = index.topPositions(buildCandidate(), { k: 10, now: TEST_NOW });
    expect(ranked.map((r) => r.positionId)).toEqual(['open']);
  });
});
