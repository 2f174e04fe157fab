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
import { buildCandidate, buildPosition } from '../../matching/matching.fixtures.js';
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

  it('counts a position whose score with the skill is exactly the threshold (ties)', () => {
    // Thresholds drawn from the displayed scores the hypothetical profile actually gets, so that
    // every run has positions exactly at the line (and at x.x5 raw scores rounded up to it).
    fc.assert(
      fc.property(
        fc.array(friendlyPositionArb, { minLength: 1, maxLength: 30 }),
        friendlyCandidateArb,
        gapArb,
        fc.nat(),
        (raw, c, gap, pick) => {
          const positions = withPositionIds(raw);
          const candidate = { ...c, id: 'c' };
          const hypothetical = hypotheticalCandidate(candidate, gap);
          const scores = positions
            .map((p) => scorePair(hypothetical, p, { now: NOW, improvements: false }))
            .flatMap((r) => (r.excluded === null ? [r.score] : []));
          fc.pre(scores.length > 0);
          const threshold = scores[pick % scores.length] as number;
          const index = new UnlockIndex(positions);
          for (const verifyWithin of [undefined, 100]) {
            const [count] = index.unlockCounts(candidate, [gap], { now: NOW, threshold, verifyWithin });
            const expected = bruteForce(positions, candidate, gap, threshold).map((p) => p.id);
            expect(count?.positionIds.sort()).toEqual(expected.sort());
          }
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);

  it('gives the same answer when every decision is re-checked with the matcher kernel', () => {
    fc.assert(
      fc.property(
        fc.array(positionArb, { minLength: 1, maxLength: 25 }),
        candidateArb,
        fc.array(gapArb, { minLength: 1, maxLength: 4 }),
        fc.constantFrom(50, 70),
        (raw, c, gaps, threshold) => {
          const positions = withPositionIds(raw);
          const candidate = { ...c, id: 'c' };
          const index = new UnlockIndex(positions);
          const fast = index.unlockCounts(candidate, gaps, { now: NOW, threshold });
          const kernel = index.unlockCounts(candidate, gaps, { now: NOW, threshold, verifyWithin: 1000 });
          expect(kernel).toEqual(fast);
          // Every decision went through the kernel: at least one per unlocked position.
          const unlocked = fast.reduce((n, k) => n + k.positions, 0);
          expect(index.lastStats.kernelChecks).toBeGreaterThanOrEqual(unlocked);
        },
      ),
      { numRuns: 60 },
    );
  }, 60_000);

  describe('hard filters, empty postings', () => {
    // A candidate one skill short of 70 at a friendly position: with kubernetes at 4 they match.
    const candidate = buildCandidate({ minimumPayUsd: null });
    const gap = { skillId: 'kubernetes', proficiency: 4 };
    const friendly = buildPosition({
      id: 'ok',
      required: [{ skillId: 'kubernetes', minProficiency: 4 }],
      niceToHave: [],
    });
    const count = (positions: MatchPosition[], c: MatchCandidate = candidate, g = gap) =>
      new UnlockIndex(positions).unlockCounts(c, [g], { now: NOW })[0];

    it('the friendly position unlocks (the brute force agrees)', () => {
      expect(count([friendly])?.positionIds).toEqual(['ok']);
      expect(bruteForce([friendly], candidate, gap, 70).map((p) => p.id)).toEqual(['ok']);
    });

    it('never counts a position a hard filter excludes, whatever the skill adds', () => {
      const excluded: MatchPosition[] = [
        { ...friendly, id: 'closed', live: false },
        { ...friendly, id: 'elsewhere', countries: ['GB'], visaSponsorship: false },
        { ...friendly, id: 'remote-gb', workplace: 'remote', remoteCountries: ['GB'] },
        { ...friendly, id: 'blocked', organisationDomains: ['dune.example'] },
        { ...friendly, id: 'underpaid', salaryMinUsd: 60_000, salaryMaxUsd: 80_000 },
      ];
      const picky = { ...candidate, blockedDomains: ['DUNE.example'], minimumPayUsd: 100_000 };
      const counts = new UnlockIndex([friendly, ...excluded]).unlockCounts(picky, [gap], { now: NOW });
      expect(counts[0]?.positionIds).toEqual(['ok']);
      expect(bruteForce([friendly, ...excluded], picky, gap, 70).map((p) => p.id)).toEqual(['ok']);
      expect(count([friendly], { ...candidate, visibility: 'hidden' })?.positions).toBe(0);
    });

    it('answers zero for empty postings: no positions, a position without skills, an unknown skill', () => {
      expect(count([])).toEqual({
        skillId: 'kubernetes',
        positions: 0,
        medianBandUsd: null,
        positionIds: [],
      });
      expect(count([{ ...friendly, required: [], niceToHave: [] }])?.positions).toBe(0);
      expect(
        count([friendly], candidate, { skillId: 'never-listed-anywhere', proficiency: 5 })?.positions,
      ).toBe(0);
      expect(count([friendly], { ...candidate, skills: [] })?.positionIds).toEqual(['ok']);
      expect(new UnlockIndex([]).unlockCounts(candidate, [], { now: NOW })).toEqual([]);
    });
  });

  describe('incremental updates', () => {
    const opArb = fc.oneof(
      fc.record({
        kind: fc.constant('upsert' as const),
        id: fc.integer({ min: 0, max: 15 }),
        position: positionArb,
      }),
      fc.record({ kind: fc.constant('remove' as const), id: fc.integer({ min: 0, max: 15 }) }),
    );

    it('after any sequence of upserts and removals, counts equal a fresh index and the brute force', () => {
      fc.assert(
        fc.property(
          fc.array(positionArb, { maxLength: 12 }),
          fc.array(opArb, { maxLength: 25 }),
          candidateArb,
          fc.array(gapArb, { minLength: 1, maxLength: 4 }),
          (initial, ops, c, gaps) => {
            const candidate = { ...c, id: 'c' };
            const world = new Map(withPositionIds(initial).map((p) => [p.id, p]));
            const index = new UnlockIndex(world.values());
            index.unlockCounts(candidate, gaps, { now: NOW, threshold: 50 }); // queried between updates too
            for (const op of ops) {
              const id = `p-${String(op.id).padStart(3, '0')}`;
              if (op.kind === 'upsert') {
                const position = { ...op.position, id };
                world.set(id, position);
                index.upsert(position);
              } else {
                expect(index.remove(id)).toBe(world.delete(id));
              }
            }
            const positions = [...world.values()];
            expect(index.size).toBe(positions.filter((p) => p.live).length);
            const counts = index.unlockCounts(candidate, gaps, { now: NOW, threshold: 50 });
            expect(counts.map((k) => ({ ...k, positionIds: k.positionIds.sort() }))).toEqual(
              new UnlockIndex(positions)
                .unlockCounts(candidate, gaps, { now: NOW, threshold: 50 })
                .map((k) => ({ ...k, positionIds: k.positionIds.sort() })),
            );
            gaps.forEach((gap, i) => {
              const expected = bruteForce(positions, candidate, gap, 50).map((p) => p.id);
              expect(counts[i]?.positionIds).toEqual(expected.sort());
            });
            // sync: nothing to do for the same objects; from the initial world it reaches the same.
            expect(index.sync(positions)).toEqual({ added: 0, updated: 0, removed: 0 });
            const synced = new UnlockIndex(withPositionIds(initial));
            synced.sync(positions);
            expect(synced.size).toBe(index.size);
            expect(
              synced
                .unlockCounts(candidate, gaps, { now: NOW, threshold: 50 })
                .map((k) => k.positionIds.sort()),
            ).toEqual(counts.map((k) => k.positionIds));
          },
        ),
        { numRuns: 100 },
      );
    }, 60_000);

    it('sync upserts new and changed position objects, removes the missing, skips the unchanged', () => {
      const a = buildPosition({ id: 'a' });
      const b = buildPosition({ id: 'b' });
      const index = new UnlockIndex([a, b]);
      expect(index.sync([a, b])).toEqual({ added: 0, updated: 0, removed: 0 });
      const b2 = { ...b, salaryMaxUsd: 170_000 };
      const c = buildPosition({ id: 'c', live: false });
      expect(index.sync([b2, c])).toEqual({ added: 1, updated: 1, removed: 1 });
      expect(index.size).toBe(1);
      expect(index.sync([b2, { ...c, live: true }])).toEqual({ added: 0, updated: 1, removed: 0 });
      expect(index.size).toBe(2);
    });

    it('compacts after many removals and still counts exactly', () => {
      const candidate = buildCandidate({ minimumPayUsd: null });
      const gap = { skillId: 'kubernetes', proficiency: 4 };
      const positions = Array.from({ length: 3000 }, (_, i) =>
        buildPosition({
          id: `p-${i}`,
          required: [{ skillId: i % 2 ? 'kubernetes' : 'helm', minProficiency: 1 + (i % 5) }],
          salaryMaxUsd: 165_000 + i,
        }),
      );
      const index = new UnlockIndex(positions);
      for (const p of positions.slice(0, 2500)) index.remove(p.id);
      const kept = positions.slice(2500);
      const [count] = index.unlockCounts(candidate, [gap], { now: NOW });
      expect(count?.positionIds.sort()).toEqual(
        bruteForce(kept, candidate, gap, 70)
          .map((p) => p.id)
          .sort(),
      );
      expect(count?.positions).toBeGreaterThan(0);
    });
  });

  it('takes the median of band midpoints', () => {
    expect(median([])).toBeNull();
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });
});
