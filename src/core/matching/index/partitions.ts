// How the candidate index splits its posting lists. A partition is a location bucket crossed with
// the candidate's level (4) and target role family (7 or none): 32 level-role cells per bucket.
//
// Location buckets follow the location hard filter, so a query reads only candidates who can be
// eligible. Each listed candidate sits in two buckets: the one of its country and whether it may
// move (willing to relocate, or naming destination countries), and one of two "star" buckets
// (stays / may move) that span every country. A position then reads:
//   onsite or hybrid, sponsoring visas: its countries' "stays" buckets + the star "may move";
//   onsite or hybrid, no sponsorship:   its countries' "stays" and "may move" buckets;
//   remote for listed countries:        those countries' "stays" and "may move" buckets;
//   remote anywhere:                    both stars.
// Every eligible candidate is in exactly one bucket read (candidates with no country are only in
// the stars, which is where the location filter can take them).
import { countryCode } from '../codes.js';
import type { CompiledPosition } from '../compile.js';
import { ROLE_FAMILIES } from '../vocabulary.js';
import type { CandidateStore } from './candidate-store.js';

/** Target role slots: 0 for none, then ROLE_FAMILIES order. */
export const ROLE_SLOTS = ROLE_FAMILIES.length + 1;
/** Level-role cells per location bucket. */
export const CELLS = 4 * ROLE_SLOTS;

const STAR_STAYS = 0;
const STAR_MOVES = 1;

/** The level-role cell of a level rank and a role family code (-1 for none). */
export function cellOf(level: number, role: number): number {
  return level * ROLE_SLOTS + role + 1;
}

/** The star bucket and the country bucket (or -1 without a country) of a candidate. */
export function bucketsOf(country: number, mayMove: boolean): [number, number] {
  const move = mayMove ? 1 : 0;
  return [move === 1 ? STAR_MOVES : STAR_STAYS, country < 0 ? -1 : 2 + 2 * country + move];
}

/** The location buckets a position's ranking must read (see the file header). */
export function bucketsFor(cp: CompiledPosition): number[] {
  const position = cp.position;
  const buckets = new Set<number>();
  if (position.workplace === 'remote') {
    if (position.remoteCountries.length === 0) return [STAR_STAYS, STAR_MOVES];
    for (const iso of position.remoteCountries) {
      const country = countryCode(iso);
      buckets.add(2 + 2 * country);
      buckets.add(3 + 2 * country);
    }
    return [...buckets];
  }
  for (const iso of position.countries) {
    const country = countryCode(iso);
    buckets.add(2 + 2 * country);
    buckets.add(position.visaSponsorship ? STAR_MOVES : 3 + 2 * country);
  }
  return [...buckets];
}

/** The two partitions (star bucket, country bucket or -1) a candidate's slot is listed in. */
export function partitionsOf(store: CandidateStore, slot: number): [number, number] {
  return [starPartition(store, slot), countryPartition(store, slot)];
}

/** The star-bucket partition of a slot. */
export function starPartition(store: CandidateStore, slot: number): number {
  const cell = cellOf(store.level[slot] ?? 0, store.targetRole[slot] ?? -1);
  return (store.mayMove(slot) ? STAR_MOVES : STAR_STAYS) * CELLS + cell;
}

/** The country-bucket partition of a slot, or -1 without a country. */
export function countryPartition(store: CandidateStore, slot: number): number {
  const country = store.country[slot] ?? -1;
  if (country < 0) return -1;
  const cell = cellOf(store.level[slot] ?? 0, store.targetRole[slot] ?? -1);
  return (2 + 2 * country + (store.mayMove(slot) ? 1 : 0)) * CELLS + cell;
}
