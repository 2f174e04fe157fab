import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countryCode } from '../codes.js';
import { compilePosition } from '../compile.js';
import { DEFAULT_MATCH_CONFIG } from '../config.js';
import { candidateArb, positionArb, withCandidateIds, withPositionIds } from '../matching.arbitraries.js';
import { buildCandidate, buildPosition } from '../matching.fixtures.js';
import { scorePair } from '../score.js';
import { GOAL_BITS, SLACK, SlotBounds } from './bounds.js';
import { CandidateStore, desiredBit, PACKED } from './candidate-store.js';

const NOW = new Date('2026-06-01T00:00:00Z');

/** The screen's bound of a candidate's fit (candidate-index.ts), from the store's packed words. */
function screenBound(store: CandidateStore, slot: number, bounds: SlotBounds): number {
  const at = PACKED * slot;
  const bits = (store.packed[at] as number) & (GOAL_BITS - 1);
  const pay = store.packed[at + 1] as number;
  return (
    (bounds.goals[bits] as number) +
    bounds.location(store.packed[at + 7] as number) +
    bounds.wSalary * bounds.salary(pay) +
    SLACK
  );
}

describe('SlotBounds', () => {
  it("bounds every eligible candidate's fit from above, location included", () => {
    fc.assert(
      fc.property(candidateArb, positionArb, (candidateIn, positionIn) => {
        const [candidate] = withCandidateIds([candidateIn]);
        const [position] = withPositionIds([positionIn]);
        if (candidate === undefined || position === undefined) return;
        const result = scorePair(candidate, position, { now: NOW, improvements: false });
        if (result.excluded !== null) return;
        const store = new CandidateStore(DEFAULT_MATCH_CONFIG);
        store.write(0, candidate);
        const bounds = new SlotBounds();
        bounds.prepare(compilePosition(position, DEFAULT_MATCH_CONFIG), true);
        expect(screenBound(store, 0, bounds)).toBeGreaterThanOrEqual(result.candidateFit);
      }),
      { numRuns: 400 },
    );
  });

  it('takes the location goal from the place word: local, naming the country, naming others, naming none', () => {
    const position = buildPosition({ workplace: 'onsite', countries: ['AE'], relocationSupport: false });
    const cp = compilePosition(position, DEFAULT_MATCH_CONFIG);
    const bounds = new SlotBounds();
    bounds.prepare(cp, true);
    const store = new CandidateStore(DEFAULT_MATCH_CONFIG);
    const people = [
      buildCandidate({ id: 'local', country: 'AE' }),
      buildCandidate({ id: 'names-ae', country: 'IN', willingToRelocate: true, desiredCountries: ['AE'] }),
      buildCandidate({ id: 'names-gb', country: 'IN', willingToRelocate: true, desiredCountries: ['GB'] }),
      buildCandidate({ id: 'names-none', country: 'IN', willingToRelocate: true, desiredCountries: [] }),
    ];
    people.forEach((candidate, slot) => {
      store.write(slot, candidate);
    });
    const { relocation: r } = DEFAULT_MATCH_CONFIG.goals;
    const g = DEFAULT_MATCH_CONFIG.goalWeights;
    const share =
      (cp.weights.goals * g.location) / (g.roleFamily + g.level + g.location + g.workplace + g.availability);
    const location = (slot: number) => bounds.location(store.packed[PACKED * slot + 7] as number);
    expect(location(0)).toBe(0);
    expect(location(1)).toBeCloseTo(share * (r.toDesiredCountry * r.withoutSupport - 1), 12);
    // GB's bit is not AE's, so the word tells that this candidate names none of the position's.
    expect(desiredBit(countryCode('GB'))).not.toBe(desiredBit(countryCode('AE')));
    expect(location(2)).toBeCloseTo(share * (r.elsewhere * r.withoutSupport - 1), 12);
    expect(location(3)).toBeCloseTo(share * (r.noDesiredCountries * r.withoutSupport - 1), 12);
    // Each bound is the candidate's exact fit here (no other part of the bound is loose for them).
    people.forEach((candidate, slot) => {
      const fit = scorePair(candidate, position, { now: NOW, improvements: false }).candidateFit;
      expect(screenBound(store, slot, bounds)).toBeGreaterThanOrEqual(fit);
    });
  });
});
