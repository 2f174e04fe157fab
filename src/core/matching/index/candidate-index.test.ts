import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankCandidatesByBruteForce } from '../brute-force.js';
import { DEFAULT_MATCH_CONFIG } from '../config.js';
import {
  COUNTRY_POOL,
  candidateArb,
  positionArb,
  SKILL_POOL,
  withCandidateIds,
  withPositionIds,
} from '../matching.arbitraries.js';
import { buildCandidate, buildPosition, skills, TEST_NOW } from '../matching.fixtures.js';
import type { ScoredMatch } from '../result.js';
import type { MatchCandidate } from '../types.js';
import type { Level } from '../vocabulary.js';
import { LEVELS } from '../vocabulary.js';
import type { CandidateFilters, CandidateIndexOptions } from './candidate-index.js';
import { buildCandidateIndex, CandidateIndex } from './candidate-index.js';

const filtersArb: fc.Arbitrary<CandidateFilters> = fc.record(
  {
    countries: fc.uniqueArray(fc.constantFrom(...COUNTRY_POOL), { minLength: 1, maxLength: 3 }),
    levels: fc.uniqueArray(fc.constantFrom<Level>(...LEVELS), { minLength: 1, maxLength: 3 }),
    minScore: fc.integer({ min: 0, max: 90 }),
    skills: fc.uniqueArray(fc.constantFrom(...SKILL_POOL), { minLength: 1, maxLength: 2 }),
  },
  { requiredKeys: [] },
);

const page = fc.record({ k: fc.integer({ min: 1, max: 12 }), offset: fc.integer({ min: 0, max: 6 }) });

/** The ranking as comparable rows: ids in order with raw scores. */
const rows = (results: ScoredMatch[]) => results.map((r) => [r.candidateId, r.rawScore] as const);

function expectSameRanking(actual: ScoredMatch[], expected: ScoredMatch[]): void {
  expect(actual.map((r) => r.candidateId)).toEqual(expected.map((r) => r.candidateId));
  actual.forEach((result, i) => {
    expect(Math.abs(result.rawScore - (expected[i]?.rawScore ?? Number.NaN))).toBeLessThan(1e-6);
  });
  // The full explanation is the same one scorePair gives.
  expect(actual).toEqual(expected);
}

/**
 * That an index built with these options ranks up to 3 random positions (random pages and filters)
 * exactly as brute force does over the same up to 60 random candidates.
 */
function sameAsBruteForce(options: CandidateIndexOptions) {
  return fc.property(
    fc.array(candidateArb, { minLength: 1, maxLength: 60 }),
    fc.array(positionArb, { minLength: 1, maxLength: 3 }),
    page,
    fc.option(filtersArb, { nil: undefined }),
    (rawCandidates, rawPositions, { k, offset }, filters) => {
      const candidates = withCandidateIds(rawCandidates);
      const index = buildCandidateIndex(candidates, undefined, options);
      for (const position of withPositionIds(rawPositions)) {
        const query = { k, offset, now: TEST_NOW, ...(filters === undefined ? {} : { filters }) };
        expectSameRanking(
          index.topCandidates(position, query),
          rankCandidatesByBruteForce(candidates, position, query),
        );
      }
    },
  );
}

describe('CandidateIndex', () => {
  it('ranks exactly as brute-force scorePair over every candidate', () => {
    fc.assert(sameAsBruteForce({}), { numRuns: 150 });
  });

  it('stays exact through adds, updates and removals (slots freed and reused)', () => {
    const operation = fc.oneof(
      fc.record({ kind: fc.constant('upsert' as const), who: fc.nat(40), candidate: candidateArb }),
      fc.record({ kind: fc.constant('remove' as const), who: fc.nat(40) }),
      fc.record({ kind: fc.constant('compact' as const) }),
    );
    fc.assert(
      fc.property(
        fc.array(candidateArb, { maxLength: 30 }),
        fc.array(operation, { maxLength: 60 }),
        positionArb,
        page,
        (initial, operations, rawPosition, { k, offset }) => {
          const live = new Map<string, MatchCandidate>(withCandidateIds(initial).map((c) => [c.id, c]));
          const index = buildCandidateIndex(live.values());
          for (const op of operations) {
            const id = `c-${String(op.kind === 'compact' ? 0 : op.who).padStart(3, '0')}`;
            if (op.kind === 'upsert') {
              const candidate = { ...op.candidate, id };
              live.set(id, candidate);
              index.update(candidate);
            } else if (op.kind === 'remove') {
              expect(index.remove(id)).toBe(live.delete(id));
            } else {
              index.compact();
            }
          }
          expect(index.size).toBe(live.size);
          const position = { ...rawPosition, id: 'p-1' };
          const options = { k, offset, now: TEST_NOW };
          expectSameRanking(
            index.topCandidates(position, options),
            rankCandidatesByBruteForce(live.values(), position, options),
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it('stays exact for one position asked again and again while the index changes (cached plans)', () => {
    const operation = fc.oneof(
      fc.record({ kind: fc.constant('upsert' as const), who: fc.nat(20), candidate: candidateArb }),
      fc.record({ kind: fc.constant('remove' as const), who: fc.nat(20) }),
    );
    fc.assert(
      fc.property(
        fc.array(candidateArb, { maxLength: 20 }),
        fc.array(operation, { maxLength: 25 }),
        positionArb,
        page,
        (initial, operations, rawPosition, { k, offset }) => {
          const live = new Map<string, MatchCandidate>(withCandidateIds(initial).map((c) => [c.id, c]));
          const index = buildCandidateIndex(live.values());
          // One object throughout, so every query after the first finds its plan cached.
          const position = { ...rawPosition, id: 'p-1' };
          const options = { k, offset, now: TEST_NOW };
          for (const op of operations) {
            const id = `c-${String(op.who).padStart(3, '0')}`;
            if (op.kind === 'upsert') {
              const candidate = { ...op.candidate, id };
              live.set(id, candidate);
              index.update(candidate);
            } else {
              index.remove(id);
              live.delete(id);
            }
            expectSameRanking(
              index.topCandidates(position, options),
              rankCandidatesByBruteForce(live.values(), position, options),
            );
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('reads the lists of a skill nobody held when the position was first asked about, once someone does', () => {
    // Many candidates, so that one more is far from the eighth of changes that renews a plan anyway.
    const many = Array.from({ length: 200 }, (_, i) =>
      buildCandidate({ id: `c-${i}`, skills: skills('python:3:c docker:2:c') }),
    );
    const index = buildCandidateIndex(many);
    const position = buildPosition();
    const before = index.topCandidates(position, { k: 1, now: TEST_NOW });
    expect(before[0]?.matchedSkills.map((m) => m.skillId)).not.toContain('pytorch');
    const expert = buildCandidate({ id: 'c-expert', skills: skills('python:5:p pytorch:5:p docker:5:p') });
    index.add(expert);
    const [top] = index.topCandidates(position, { k: 1, now: TEST_NOW });
    expect(top?.candidateId).toBe('c-expert');
  });

  it('stays exact when a query brings its own configuration', () => {
    const config = {
      ...DEFAULT_MATCH_CONFIG,
      employerWeights: { requiredSkills: 0.3, niceToHave: 0.2, level: 0.1, evidence: 0.35, recency: 0.05 },
      candidateWeights: { goals: 0.5, salary: 0.5 },
      relatedCreditFloor: 0.5,
    };
    fc.assert(
      fc.property(
        fc.array(candidateArb, { minLength: 1, maxLength: 60 }),
        positionArb,
        page,
        (raw, rawPosition, p) => {
          const candidates = withCandidateIds(raw);
          const position = { ...rawPosition, id: 'p-1' };
          const options = { ...p, now: TEST_NOW, config };
          expectSameRanking(
            buildCandidateIndex(candidates).topCandidates(position, options),
            rankCandidatesByBruteForce(candidates, position, options),
          );
        },
      ),
      { numRuns: 100 },
    );
  });

  it('never returns hidden candidates or candidates blocking the organisation', () => {
    fc.assert(
      fc.property(
        fc.array(candidateArb, { minLength: 1, maxLength: 60 }),
        positionArb,
        (raw, rawPosition) => {
          const candidates = withCandidateIds(raw);
          const position = { ...rawPosition, id: 'p-1' };
          const index = buildCandidateIndex(candidates);
          const byId = new Map(candidates.map((c) => [c.id, c]));
          for (const result of index.topCandidates(position, { k: 100, now: TEST_NOW })) {
            const candidate = byId.get(result.candidateId);
            expect(candidate?.visibility).not.toBe('hidden');
            expect(candidate?.blockedDomains.some((d) => position.organisationDomains.includes(d))).toBe(
              false,
            );
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('ranks a large generated population exactly as brute force, where pruning really prunes', () => {
    const population = fc.sample(candidateArb, { numRuns: 3000, seed: 42 });
    const candidates = withCandidateIds(population);
    const index = buildCandidateIndex(candidates);
    for (const position of withPositionIds(fc.sample(positionArb, { numRuns: 12, seed: 7 }))) {
      const options = { k: 10, now: TEST_NOW };
      expectSameRanking(
        index.topCandidates(position, options),
        rankCandidatesByBruteForce(candidates, position, options),
      );
    }
  });

  it('rebuilds a candidate from its arrays that scores like the original', () => {
    const original = buildCandidate({
      skills: skills('python:4:m pytorch:3:c python:5:p'),
      desiredCountries: ['SA'],
      blockedDomains: ['Other.Example'],
      minimumPayUsd: null,
      yearsExperience: 3.4,
    });
    const index = buildCandidateIndex([original]);
    const rebuilt = index.candidate(original.id);
    expect(rebuilt).toMatchObject({
      id: original.id,
      skills: [
        { skillId: 'python', proficiency: 5, strength: 'measured_project' },
        { skillId: 'pytorch', proficiency: 3, strength: 'claimed' },
      ],
      desiredCountries: ['SA'],
      blockedDomains: ['other.example'],
      minimumPayUsd: null,
      yearsExperience: 3.4,
      level: 'mid',
    });
  });

  it('rejects a duplicate add, and update replaces', () => {
    const index = new CandidateIndex();
    index.add(buildCandidate());
    expect(() => index.add(buildCandidate())).toThrow(/already indexed/);
    index.update(buildCandidate({ skills: skills('pytorch:5:x') }));
    expect(index.size).toBe(1);
    const [top] = index.topCandidates(buildPosition(), { k: 1, now: TEST_NOW });
    expect(top?.matchedSkills.map((s) => s.skillId)).toEqual(['pytorch']);
  });

  it('rejects a repeated id in a bulk load when the load ends, and counts the load before then', () => {
    const index = new CandidateIndex();
    index.beginBulk();
    index.add(buildCandidate({ id: 'c-1' }));
    index.add(buildCandidate({ id: 'c-2' }));
    expect(index.size).toBe(2);
    index.add(buildCandidate({ id: 'c-1' }));
    expect(() => index.finishBulk()).toThrow(/c-1 is already indexed/);
    const fresh = new CandidateIndex();
    fresh.beginBulk();
    fresh.add(buildCandidate({ id: 'c-1' }));
    // Asking about a candidate ends the load, so the answer is never stale.
    expect(fresh.has('c-1')).toBe(true);
    expect(fresh.candidate('c-1')?.id).toBe('c-1');
  });

  it('returns nothing for a position that is not live, or for k = 0', () => {
    const index = buildCandidateIndex([buildCandidate()]);
    expect(index.topCandidates(buildPosition({ live: false }), { k: 5, now: TEST_NOW })).toEqual([]);
    expect(index.topCandidates(buildPosition(), { k: 0, now: TEST_NOW })).toEqual([]);
    expect(index.topCandidates(buildPosition(), { k: 5, now: TEST_NOW })).toHaveLength(1);
  });

  it('reuses the slots of removed candidates once their entries are compacted away', () => {
    const index = new CandidateIndex();
    const many = Array.from({ length: 50 }, (_, i) => buildCandidate({ id: `c-${i}` }));
    for (const candidate of many) index.add(candidate);
    const before = index.bytes();
    for (let round = 0; round < 20; round++) {
      for (const candidate of many) index.update({ ...candidate, openToWork: round % 2 === 0 });
      index.compact();
    }
    expect(index.size).toBe(50);
    expect(index.bytes()).toBeLessThan(before * 4);
    expect(rows(index.topCandidates(buildPosition(), { k: 3, now: TEST_NOW }))).toHaveLength(3);
  });

  describe('the sweep in slot order after the first checks in bound order', () => {
    // headChecks 0 sends every survivor to the sweep, 1 sweeps after the first bucket.
    for (const headChecks of [0, 1]) {
      it(`ranks exactly as brute force (headChecks ${headChecks})`, () => {
        fc.assert(sameAsBruteForce({ headChecks }), { numRuns: 100 });
      });
    }

    it('breaks ties by id, returns every match when k exceeds them, and nothing when filters exclude all', () => {
      // Ten identical profiles but for their ids tie on every score.
      const twins = Array.from({ length: 10 }, (_, i) => buildCandidate({ id: `c-${String(9 - i)}` }));
      const other = buildCandidate({ id: 'c-x', skills: skills('pytorch:2:c') });
      const all = [...twins, other];
      const index = buildCandidateIndex(all, undefined, { headChecks: 0 });
      const position = buildPosition();
      for (const options of [
        { k: 4, offset: 3, now: TEST_NOW },
        { k: 50, now: TEST_NOW },
        { k: 5, now: TEST_NOW, filters: { minScore: 100 } },
        { k: 5, now: TEST_NOW, filters: { countries: ['ZZ'] } },
        { k: 5, now: TEST_NOW, filters: { levels: ['staff' as Level] } },
      ]) {
        const expected = rankCandidatesByBruteForce(all, position, options);
        expectSameRanking(index.topCandidates(position, options), expected);
      }
      expect(index.topCandidates(position, { k: 50, now: TEST_NOW }).length).toBe(
        rankCandidatesByBruteForce(all, position, { k: 50, now: TEST_NOW }).length,
      );
      expect(index.topCandidates(position, { k: 5, now: TEST_NOW, filters: { minScore: 100 } })).toEqual([]);
    });

    it('ranks a large generated population exactly as brute force with a small head', () => {
      const candidates = withCandidateIds(fc.sample(candidateArb, { numRuns: 3000, seed: 43 }));
      const index = buildCandidateIndex(candidates, undefined, { headChecks: 8 });
      for (const position of withPositionIds(fc.sample(positionArb, { numRuns: 12, seed: 8 }))) {
        for (const options of [
          { k: 10, now: TEST_NOW },
          { k: 3, offset: 2, now: TEST_NOW, filters: { levels: ['mid', 'senior'] as Level[] } },
        ]) {
          expectSameRanking(
            index.topCandidates(position, options),
            rankCandidatesByBruteForce(candidates, position, options),
          );
        }
      }
    });
  });

  it('stays exact after a bulk load when many candidates change skills (skill bits kept current)', () => {
    const population = withCandidateIds(fc.sample(candidateArb, { numRuns: 2500, seed: 44 }));
    const index = buildCandidateIndex(population, undefined, { headChecks: 16 });
    const donors = fc.sample(candidateArb, { numRuns: 800, seed: 45 });
    const live = new Map(population.map((c) => [c.id, c]));
    donors.forEach((donor, i) => {
      // Every third candidate takes another's skills; some are removed, some are new.
      const id = i % 7 === 0 ? `n-${i}` : (population[(i * 3) % population.length]?.id ?? `n-${i}`);
      if (i % 11 === 0) {
        index.remove(id);
        live.delete(id);
        return;
      }
      const candidate = { ...(live.get(id) ?? donor), id, skills: donor.skills };
      index.update(candidate);
      live.set(id, candidate);
    });
    let pruned = 0;
    for (const position of withPositionIds(fc.sample(positionArb, { numRuns: 12, seed: 46 }))) {
      const options = { k: 10, now: TEST_NOW };
      expectSameRanking(
        index.topCandidates(position, options),
        rankCandidatesByBruteForce(live.values(), position, options),
      );
      pruned += index.lastQuery.skillBitsPruned;
    }
    // The skill bits did prune here, so the comparison covered them.
    expect(pruned).toBeGreaterThan(0);
  });

  it('stays exact with more countries than place-word bits, and candidates who move or change where they would work', () => {
    // 30 countries: at least 9 share a hashed bit with another, so "names a position country" is
    // sometimes a shared bit only.
    const world =
      'AE SA QA IN GB US DE NL SG CA FR ES IT EG JO KW BH OM PK BD NG KE ZA BR MX JP KR CN AU NZ'.split(' ');
    const at = (n: number) => world[n % world.length] as string;
    const placed = (candidate: Omit<MatchCandidate, 'id'>, n: number) => ({
      ...candidate,
      country: candidate.country === null ? null : at(n * 7),
      willingToRelocate: n % 3 !== 0,
      desiredCountries:
        n % 4 === 0 ? [] : [at(n * 5 + 1), at(n * 11 + 2)].filter((c, i, all) => all.indexOf(c) === i),
    });
    const population = withCandidateIds(fc.sample(candidateArb, { numRuns: 2500, seed: 51 }).map(placed));
    const index = buildCandidateIndex(population, undefined, { headChecks: 16 });
    const live = new Map(population.map((c) => [c.id, c]));
    // After the bulk load, every fifth candidate moves or changes the countries it names.
    population.forEach((candidate, n) => {
      if (n % 5 !== 0) return;
      const moved = { ...placed(candidate, n + 13), id: candidate.id };
      index.update(moved);
      live.set(moved.id, moved);
    });
    const positions = fc.sample(positionArb, { numRuns: 24, seed: 52 }).map((position, n) => ({
      ...position,
      workplace: n % 4 === 0 ? ('remote' as const) : position.workplace,
      countries: [at(n * 3), at(n * 3 + 10)],
      visaSponsorship: n % 2 === 0,
    }));
    // Several depths, so that many candidates sit near some query's k-th score (a bound too low
    // only shows where a candidate is close to it).
    for (const position of withPositionIds(positions)) {
      for (const k of [1, 3, 10, 30]) {
        const options = { k, now: TEST_NOW };
        expectSameRanking(
          index.topCandidates(position, options),
          rankCandidatesByBruteForce(live.values(), position, options),
        );
      }
    }
  });
});
