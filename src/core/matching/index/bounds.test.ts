import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countryCode } from '../codes.js';
import { compilePosition } from '../compile.js';
import { DEFAULT_MATCH_CONFIG } from '../config.js';
import { candidateArb, positionArb, withCandidateIds, withPositionIds } from '../matching.arbitraries.js';
import { buildCandidate, buildPosition } from '../matching.fixtures.js';
import { scorePair } from '../score.js';
import type { MatchCandidate, MatchPosition } from '../types.js';
import { GOAL_BITS, SlotBounds } from './bounds.js';
import { CandidateStore, desiredBit, PACKED, PLACE_FAR_COUNTRY } from './candidate-store.js';

const NOW = new Date('2026-06-01T00:00:00Z');

/** The screen's bound of a candidate's fit (candidate-index.ts), from the store's packed words. */
function screenBound(store: CandidateStore, slot: number, bounds: SlotBounds): number {
  const at = PACKED * slot;
  const bits = (store.packed[at] as number) & (GOAL_BITS - 1);
  return bounds.candidate(bits, store.packed[at + 1] as number, store.packed[at + 7] as number);
}

/** The exact candidate fit of an eligible pair (scorePair's). */
function exactFit(candidate: MatchCandidate, position: MatchPosition): number {
  const result = scorePair(candidate, position, { now: NOW, improvements: false });
  if (result.excluded !== null) throw new Error(`${candidate.id} is excluded: ${result.excluded.code}`);
  return result.candidateFit;
}

/** The first made-up country code (registered in turn) that `wanted` accepts. */
function madeUpCountry(wanted: (code: number) => boolean): string {
  // countryCode registers any name; these are no real ISO codes, so they cannot clash with one.
  for (let i = 0; i < 5000; i++) {
    const name = `X${i}`;
    if (wanted(countryCode(name))) return name;
  }
  throw new Error('no such country code');
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
        // The screen's first test, from the goal bits alone, is above its second.
        const bits = (store.packed[0] as number) & (GOAL_BITS - 1);
        expect(bounds.goalsTop[bits]).toBeGreaterThanOrEqual(screenBound(store, 0, bounds));
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
    people.forEach((candidate, slot) => {
      expect(screenBound(store, slot, bounds)).toBeGreaterThanOrEqual(exactFit(candidate, position));
    });
  });

  it('stays above the exact fit where hashed bits are shared, in the sign bit, and beyond the country field', () => {
    const ae = countryCode('AE');
    // Names a country that is not the position's but shares its bit: counted as naming it.
    const sharer = madeUpCountry((code) => code !== ae && desiredBit(code) === desiredBit(ae));
    // A country whose bit lands in the word's sign bit (bit 20 of the mask, shifted by 11).
    const signed = madeUpCountry((code) => desiredBit(code) === 1 << 20);
    // A country code past the word's 10-bit field (more than a thousand codes registered).
    const far = madeUpCountry((code) => code + 1 >= PLACE_FAR_COUNTRY);
    const position = buildPosition({
      workplace: 'onsite',
      countries: ['AE', signed, far],
      visaSponsorship: true,
      relocationSupport: false,
    });
    const bounds = new SlotBounds();
    bounds.prepare(compilePosition(position, DEFAULT_MATCH_CONFIG), true);
    const store = new CandidateStore(DEFAULT_MATCH_CONFIG);
    const mover = { country: 'IN', willingToRelocate: true };
    const people = [
      buildCandidate({ id: 'names-sharer', ...mover, desiredCountries: [sharer] }),
      buildCandidate({ id: 'names-signed', ...mover, desiredCountries: [signed] }),
      buildCandidate({ id: 'lives-far', country: far }),
      buildCandidate({
        id: 'far-names-sharer',
        country: madeUpCountry((code) => code > ae + 1100),
        willingToRelocate: true,
        desiredCountries: [sharer],
      }),
    ];
    people.forEach((candidate, slot) => {
      store.write(slot, candidate);
      expect(screenBound(store, slot, bounds), candidate.id).toBeGreaterThanOrEqual(
        exactFit(candidate, position),
      );
    });
    expect(store.packed[PACKED * 1 + 7]).toBeLessThan(0);
    // The sharer is counted as naming the position's country (its exact fit is lower).
    expect(bounds.location(store.packed[PACKED * 0 + 7] as number)).toBe(bounds.locationDesired);
    expect(bounds.locationDesired).toBeGreaterThan(bounds.locationElsewhere);
    // Past the field, a candidate may be local: nothing is taken off.
    expect(bounds.location(store.packed[PACKED * 2 + 7] as number)).toBe(0);
  });
});
