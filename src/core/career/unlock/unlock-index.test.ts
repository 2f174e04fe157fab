import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MatchCandidate, MatchPosition } from '../../matching/index.js';
import { scorePair } from '../../matching/index.js';
import {
  candidateArb,
  positionArb,
  SKILL_POOL,
  withPositionIds,
} from '../../matching/matching.arbitraries.js';
import { buildCandidate } from '../../matching/matching.fixtures.js';
import { NOW } from '../career.fixtures.js';
import type { HypotheticalSkill } from './unlock-index.js';
import { hypotheticalCandidate, median, UnlockIndex } from './unlock-index.js';

/** The reference: scorePair on every position, with and without the skill. */
function bruteForce(
  positions: readonly MatchPosition[],
  candidate: MatchCandidate,
  gap: HypotheticalSkill,
  threshold: number,
) {
  const hypothetical = hypotheticalCandidate(candidate, gap);
  const meets = (c: MatchCandidate, p: MatchPosition) => {
    const r = scorePair(c, p, { now: NOW, improvements: false });
    return r.excluded === null && r.score >= threshold;
  };
  return positions.filter((p) => meets(hypothetical, p) && !meets(candidate, p));
}

const gapArb = fc.record({
  skillId: fc.constantFrom(...SKILL_POOL, 'kubernetes', 'not-a-taxonomy-skill'),
  proficiency: fc.integer({ min: 1, max: 5 }),
});

// Random pairs are mostly far from the line; these pass the hard filters and want what they offer,
// so that many gaps unlock something and the pruning bounds are exercised near the line.
const friendlyCandidateArb = candidateArb.map((c) => ({
  ...c,
  visibility: 'verified_employers' as const,
  minimumPayUsd: null,
  openToWork: true,
  targetRoleFamily: null,
  targetLevel: null,
  remotePreference: 'any' as const,
}));
const friendlyPositionArb = positionArb.map((p) => ({
  ...p,
  workplace: 'remote' as const,
  remoteCountries: [],
}));

describe('UnlockIndex', () => {
  it('counts exactly what a brute-force recount with scorePair counts', () => {
    fc.assert(
      fc.property(
        fc.array(positionArb, { minLength: 1, maxLength: 40 }),
        candidateArb,
        fc.array(gapArb, { minLength: 1, maxLength: 6 }),
        fc.constantFrom(30, 50, 60, 70),
        (raw, c, gaps, threshold) => {
          const positions = withPositionIds(raw);
          const candidate = { ...c, id: 'c' };
          const index = new UnlockIndex(positions);
          const counts = index.unlockCounts(candidate, gaps, { now: NOW, threshold });
          gaps.forEach((gap, i) => {
            const expected = bruteForce(positions, candidate, gap, threshold);
            expect(counts[i]?.positionIds.sort()).toEqual(expected.map((p) => p.id).sort());
            expect(counts[i]?.positions).toBe(expected.length);
            expect(counts[i]?.medianBandUsd).toBe(
              median(expected.map((p) => (p.salaryMinUsd + p.salaryMaxUsd) / 2)),
            );
          });
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);

  it('equals the brute-force recount on data near the line', () => {
    fc.assert(
      fc.property(
        fc.array(friendlyPositionArb, { minLength: 1, maxLength: 40 }),
        friendlyCandidateArb,
        fc.array(gapArb, { minLength: 1, maxLength: 6 }),
        fc.constantFrom(60, 65, 70, 75),
        (raw, c, gaps, threshold) => {
          const positions = withPositionIds(raw);
          const candidate = { ...c, id: 'c' };
          const counts = new UnlockIndex(positions).unlockCounts(candidate, gaps, { now: NOW, threshold });
          gaps.forEach((gap, i) => {
            const expected = bruteForce(positions, candidate, gap, threshold).map((p) => p.id);
            expect(counts[i]?.positionIds.sort()).toEqual(expected.sort());
          });
        },
      ),
      { numRuns: 200 },
    );
  }, 60_000);

  it('gives the same answer when the index is queried again for another candidate and back', () => {
    fc.assert(
      fc.property(
        fc.array(positionArb, { minLength: 1, maxLength: 30 }),
        candidateArb,
        candidateArb,
        gapArb,
        (raw, a, b, gap) => {
          const index = new UnlockIndex(withPositionIds(raw));
          const first = index.unlockCounts({ ...a, id: 'a' }, [gap], { now: NOW, threshold: 50 });
          index.unlockCounts({ ...b, id: 'b' }, [gap], { now: NOW, threshold: 50 });
          expect(index.unlockCounts({ ...a, id: 'a' }, [gap], { now: NOW, threshold: 50 })).toEqual(first);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('raises a held skill and never weakens its evidence in the hypothetical profile', () => {
    const candidate = buildCandidate({
      skills: [{ skillId: 'pytorch', proficiency: 2, strength: 'certified_or_published' }],
    });
    expect(hypotheticalCandidate(candidate, { skillId: 'pytorch', proficiency: 4 }).skills.at(-1)).toEqual({
      skillId: 'pytorch',
      proficiency: 4,
      strength: 'certified_or_published',
    });
  });

  it('takes the median of band midpoints', () => {
    expect(median([])).toBeNull();
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });
});
