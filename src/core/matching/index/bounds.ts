// Upper bounds the ranking query prunes with. Every bound errs high by a small slack, so that float
// rounding can only make the query score a candidate it could have skipped, never the reverse.
import type { CompiledPosition } from '../compile.js';
import { MS_PER_DAY, recencyOf } from '../kernel.js';
import { REMOTE_PREFERENCES, ROLE_FAMILIES } from '../vocabulary.js';
import { desiredBit, PLACE_FAR_COUNTRY, PLACE_HAS_DESIRED, PLACE_MASK_SHIFT } from './candidate-store.js';
import { CELLS, cellOf } from './partitions.js';

/** Days of age the recency table of SlotBounds covers (about 11 half-lives at 180 days). */
export const RECENCY_DAYS = 2048;

/** Added to every bound and taken off every threshold. */
export const SLACK = 1e-9;

/** The harmonic mean of candidate fit and employer fit (0 when both are 0). */
export const harmonic = (c: number, e: number): number => (c + e > 0 ? (2 * c * e) / (c + e) : 0);

/**
 * Whether harmonic(c, e) < floor, for c, e ≥ 0, without its division (the screen and the checks
 * ask this of every touched candidate and keep the value only for the few that pass). When
 * c + e = 0 it says false: the caller keeps the candidate, which only costs a later check.
 */
export const harmonicBelow = (c: number, e: number, floor: number): boolean => 2 * c * e < floor * (c + e);

/** The level fit of a candidate level rank for the position. */
export function levelFitOf(cp: CompiledPosition, level: number): number {
  const distance = level - cp.levelRank;
  const fits = distance >= 0 ? cp.config.levelFit.over : cp.config.levelFit.under;
  return fits[Math.min(Math.abs(distance), fits.length - 1)] ?? 0;
}

/**
 * Per level-role cell: the most candidate fit its candidates can reach (role-family fit exact,
 * every other goal and salary 1) and the most non-skill employer fit (level fit exact, evidence
 * and recency 1).
 */
export function cellBounds(cp: CompiledPosition): { candidate: Float64Array; fixed: Float64Array } {
  const { weights: w, config } = cp;
  const g = config.goalWeights;
  const goalTotal = g.roleFamily + g.level + g.location + g.workplace + g.availability;
  const candidate = new Float64Array(CELLS);
  const fixed = new Float64Array(CELLS);
  for (let level = 0; level < 4; level++) {
    for (let role = -1; role < ROLE_FAMILIES.length; role++) {
      const cell = cellOf(level, role);
      const roleFit = cp.roleFamilyFit[role < 0 ? ROLE_FAMILIES.length : role] ?? 1;
      const goals =
        (g.roleFamily * roleFit + g.level + g.location + g.workplace + g.availability) / goalTotal;
      candidate[cell] = Math.min(1, w.goals * goals + w.salary) + SLACK;
      fixed[cell] = w.level * levelFitOf(cp, level) + w.evidence + w.recency + SLACK;
    }
  }
  return { candidate, fixed };
}

/** Goal bits (CandidateStore.packed[PACKED × slot]) take 11 bits. */
export const GOAL_BITS = 1 << 11;

/**
 * Cheap upper bounds of any slot's candidate fit (every goal part exact, location from the place
 * word: exact except that a candidate whose named countries share a hashed bit with the position's
 * counts as naming one, and a country code beyond the word's field as possibly local; salary from
 * the minimum rounded down) and non-skill employer fit (level exact, evidence rounded up, recency
 * from the day of the last update), read from CandidateStore.packed through per-query tables
 * indexed by the slot's goal bits, its country and its update day, so that the query's sweep over
 * touched candidates does a few table reads and the salary arithmetic per slot. Refilled per
 * position by `prepare` and per day by `forDay`. Bounding recency by 1, as before, let 10% more
 * touched candidates through on the slowest queries.
 */
export class SlotBounds {
  /** By goal bits: w.goals × (the goal bound with location at 1; `location` adds the difference). */
  readonly goals = new Float64Array(GOAL_BITS);
  /**
   * By goal bits: the most `candidate` gives for them, whatever the place word and pay (location
   * adds at most max(0, locationFar), salary fit is at most 1).
   */
  readonly goalsTop = new Float64Array(GOAL_BITS);
  /** By goal bits: w.level × level fit + evidenceFloor + SLACK (recency: `recency`). */
  readonly fixed = new Float64Array(GOAL_BITS);
  /** Evidence per unit of the packed evidence (0 when the stored evidence is not usable). */
  evidenceScale = 0;
  /**
   * By whole days from the update day to the query's day (capped at RECENCY_DAYS − 1): the most
   * w.recency × recency a profile updated on that day can have at the query's time. Refilled by
   * `forDay` when the day, the half-life or the weight changes.
   */
  readonly recency = new Float64Array(RECENCY_DAYS);
  /** The query's day (days since 1970, rounded down). */
  today = 0;
  private recencyKey = '';
  /**
   * By the place word's country field: 1 when the location goal is met there (every field for
   * remote), 2 for a country beyond the field (it may be one of the position's), else 0.
   */
  readonly local = new Uint8Array(PLACE_FAR_COUNTRY + 1);
  /** The position's countries' desired-country bits. */
  countryMask = 0;
  /**
   * What location adds to `goals` beyond its part at 1, for a candidate who is not local and names
   * one of the position's countries (or may: a shared bit), names others only, or names none.
   */
  locationDesired = 0;
  locationElsewhere = 0;
  locationNone = 0;
  /** For a country beyond the field: the largest of 0 (local) and the three above. */
  locationFar = 0;
  wSalary = 0;
  salaryMin = 0;
  salaryMax = 0;
  atMax = 0;
  limit = 0;

  /**
   * Fills the tables for a position. `evidenceKnown` says whether the stored evidence values are
   * under the query's configuration; if not, evidence is bounded by 1.
   */
  prepare(cp: CompiledPosition, evidenceKnown: boolean): void {
    const { config, weights: w } = cp;
    const g = config.goalWeights;
    const total = g.roleFamily + g.level + g.location + g.workplace + g.availability;
    const unknown = config.goals.unknown;
    const location = g.location / total;
    const evidenceFloor = evidenceKnown ? 0 : w.evidence;
    // Each part by its own bits, then every combination (the same sums, in the same order).
    const roles = Float64Array.from({ length: 8 }, (_, r) => {
      return (g.roleFamily * (cp.roleFamilyFit[r === 0 ? ROLE_FAMILIES.length : r - 1] ?? 1)) / total;
    });
    const targets = Float64Array.from({ length: 8 }, (_, t) => {
      return (
        (g.level * (t === 0 ? unknown : (config.goals.targetLevelFit[cp.levelRank - (t - 1) + 3] ?? 1))) /
        total
      );
    });
    const workplaces = Float64Array.from({ length: 4 }, (_, p) => {
      const preference = REMOTE_PREFERENCES[p] ?? 'any';
      return (g.workplace * config.goals.workplaceFit[preference][cp.position.workplace]) / total;
    });
    const available = [(g.availability * config.goals.notOpenToWork) / total, g.availability / total];
    const levels = Float64Array.from({ length: 4 }, (_, l) => w.level * levelFitOf(cp, l));
    for (let bits = 0; bits < GOAL_BITS; bits++) {
      this.goals[bits] =
        w.goals *
        ((roles[bits & 7] as number) +
          (targets[(bits >> 3) & 7] as number) +
          location +
          (workplaces[(bits >> 6) & 3] as number) +
          (available[(bits >> 8) & 1] as number));
      this.fixed[bits] = (levels[(bits >> 9) & 3] as number) + evidenceFloor + SLACK;
    }
    this.prepareLocation(cp, w.goals * location);
    const top = Math.max(0, this.locationFar) + w.salary + SLACK;
    for (let bits = 0; bits < GOAL_BITS; bits++) this.goalsTop[bits] = (this.goals[bits] as number) + top;
    this.evidenceScale = evidenceKnown ? w.evidence / 2 ** 20 : 0;
    this.wSalary = w.salary;
    this.salaryMin = cp.position.salaryMinUsd;
    this.salaryMax = cp.position.salaryMaxUsd;
    this.atMax = config.salary.fitAtMax;
    this.limit = cp.salaryLimitUsd;
  }

  /** The location tables: goalsFit's location part (kernel.ts) by what the place word tells. */
  private prepareLocation(cp: CompiledPosition, share: number): void {
    const remote = cp.position.workplace === 'remote';
    this.local.fill(remote ? 1 : 0);
    if (!remote) this.local[PLACE_FAR_COUNTRY] = 2;
    this.countryMask = 0;
    for (const code of cp.countries) {
      if (code + 1 < PLACE_FAR_COUNTRY) this.local[code + 1] = 1;
      this.countryMask |= desiredBit(code);
    }
    const r = cp.config.goals.relocation;
    const support = cp.position.relocationSupport ? 1 : r.withoutSupport;
    // A shared bit may stand for another country: the larger of the two fits bounds both.
    this.locationDesired = share * (Math.max(r.toDesiredCountry, r.elsewhere) * support - 1);
    this.locationElsewhere = share * (r.elsewhere * support - 1);
    this.locationNone = share * (r.noDesiredCountries * support - 1);
    this.locationFar = Math.max(0, this.locationDesired, this.locationElsewhere, this.locationNone);
  }

  /** What location adds to `goals[bits]` for a slot's place word (0 when the goal is met). */
  location(place: number): number {
    const local = this.local[place & PLACE_FAR_COUNTRY] as number;
    if (local !== 0) return local === 1 ? 0 : this.locationFar;
    if (((place >>> PLACE_MASK_SHIFT) & this.countryMask) !== 0) return this.locationDesired;
    return (place & PLACE_HAS_DESIRED) !== 0 ? this.locationElsewhere : this.locationNone;
  }

  /** The screen's bound of a slot's candidate fit, from its goal bits, minimum pay and place word. */
  candidate(bits: number, pay: number, place: number): number {
    return (this.goals[bits] as number) + this.location(place) + this.wSalary * this.salary(pay) + SLACK;
  }

  /**
   * Fills `recency` for a query at nowMs. A profile updated on day d is at least
   * today − d − 1 whole days old (today rounded down, the update time rounded up to the day's end),
   * and recency only falls with age, so its recency is at most the table's value; past the table
   * every age is bounded by its last entry (recency is at least 0, so also for NO_DAY).
   */
  forDay(cp: CompiledPosition, nowMs: number): void {
    const today = Math.floor(nowMs / MS_PER_DAY);
    const halfLife = cp.config.recencyHalfLifeDays;
    const weight = cp.weights.recency;
    const key = `${today} ${halfLife} ${weight}`;
    if (key === this.recencyKey) return;
    this.recencyKey = key;
    this.today = today;
    for (let days = 0; days < RECENCY_DAYS; days++) {
      this.recency[days] = weight * recencyOf(days - 1, halfLife) + SLACK;
    }
  }

  /** salaryFit (kernel.ts) of a packed minimum (−1 for none): the same arithmetic. */
  salary(pay: number): number {
    if (pay < 0) return 1;
    const min = this.salaryMin;
    const max = this.salaryMax;
    if (pay <= min) return 1;
    if (pay <= max) return 1 - ((1 - this.atMax) * (pay - min)) / (max - min);
    const limit = this.limit;
    if (pay >= limit) return 0;
    return (this.atMax * (limit - pay)) / (limit - max);
  }
}
