// The in-memory salary index: columns in typed arrays, and every predefined slice (role family or
// all, level or all, country or region or global) as record ids pre-sorted by pay with its summary
// computed at build. A predefined lookup is a Map read; an ad-hoc slice (a year, a skill) filters the
// nearest predefined group in pay order, so its values come out sorted and need no sort.
import type { Region } from '../../../contracts/positions.js';
import type { Level } from '../../../contracts/profile.js';
import type { SalaryRoleFamily } from '../../../contracts/salaries.js';
import { regionOfCountry } from '../../positions/regions.js';
import { type GeoScope, type ScopedSummary, TRUST_FROM } from '../stats/fallback.js';
import type { SortedAt } from '../stats/quantile.js';
import { percentRank } from '../stats/quantile.js';
import { type Summary, summarise, summariseSorted } from '../stats/summary.js';
import {
  ALL_FAMILIES,
  ALL_LEVELS,
  familyCode,
  type IndexedSource,
  LEVELS,
  levelCode,
  REGIONS,
  regionCode,
} from './codes.js';

/** What the index needs of a record. */
export interface IndexableRecord {
  source: IndexedSource;
  year: number;
  roleFamily: SalaryRoleFamily;
  level: Level;
  country: string;
  region: Region | null;
  totalUsd: number;
  skills: readonly string[];
}

export interface SliceQuery {
  roleFamily?: SalaryRoleFamily | undefined;
  level?: Level | undefined;
  country?: string | undefined;
  region?: Region | undefined;
  skill?: string | undefined;
  year?: number | undefined;
}

interface Group {
  /** Record ids ascending by pay. */
  ids: Uint32Array;
  summary: Summary | null;
}

const LEVEL_SLOTS = ALL_LEVELS + 1;

export class SalaryIndex {
  readonly size: number;
  private readonly usd: Float64Array;
  private readonly year: Uint16Array;
  private readonly family: Uint8Array;
  private readonly level: Uint8Array;
  private readonly countryOf: Uint16Array;
  private readonly regionOf: Uint8Array;
  /** 0 = global; 1..REGIONS.length = regions; then countries in `countries` order. */
  private readonly geoSlots: number;
  private readonly countrySlot: Map<string, number>;
  private readonly groups = new Map<number, Group>();
  /** Per skill, a bitset over record ids. */
  private readonly skillBits = new Map<string, Uint32Array>();
  private readonly skillCounts = new Map<string, number>();
  /** Per skill, its record ids ascending (which is ascending pay). */
  private readonly postings = new Map<string, Uint32Array>();
  readonly sourceCounts: Readonly<Record<IndexedSource, number>>;
  readonly years: { min: number; max: number } | null;
  readonly countries: readonly string[];
  /**
   * Reused buffer for an ad-hoc slice's values: every caller summarises the slice before asking for
   * the next one, and JavaScript runs one query at a time per process.
   */
  private readonly scratch: Float64Array;

  private constructor(records: readonly IndexableRecord[]) {
    const n = records.length;
    this.size = n;
    this.usd = new Float64Array(n);
    this.scratch = new Float64Array(n);
    this.year = new Uint16Array(n);
    this.family = new Uint8Array(n);
    this.level = new Uint8Array(n);
    const countryOf = new Uint16Array(n);
    const regionOf = new Uint8Array(n);
    this.countryOf = countryOf;
    this.regionOf = regionOf;
    const countries = [...new Set(records.map((r) => r.country))].sort();
    this.countries = countries;
    this.countrySlot = new Map(countries.map((c, i) => [c, 1 + REGIONS.length + i]));
    this.geoSlots = 1 + REGIONS.length + countries.length;
    const sources: Record<IndexedSource, number> = { import: 0, demo: 0, offer: 0, posted_band: 0 };
    let minYear = Number.POSITIVE_INFINITY;
    let maxYear = Number.NEGATIVE_INFINITY;
    const words = (n + 31) >>> 5;
    // Records are numbered in ascending order of pay, so every group's ids (filled in that order)
    // are ascending too and a scan reads the columns front to back instead of at random.
    const order = new Uint32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((a, b) => (records[a] as IndexableRecord).totalUsd - (records[b] as IndexableRecord).totalUsd);
    for (let i = 0; i < n; i++) {
      const r = records[order[i] as number] as IndexableRecord;
      const fam = familyCode(r.roleFamily);
      const lvl = levelCode(r.level);
      if (fam < 0 || lvl < 0 || !(r.totalUsd > 0)) throw new RangeError(`Record ${i} cannot be indexed`);
      this.usd[i] = r.totalUsd;
      this.year[i] = r.year;
      this.family[i] = fam;
      this.level[i] = lvl;
      countryOf[i] = this.countrySlot.get(r.country) as number;
      regionOf[i] = regionCode(r.region);
      sources[r.source] += 1;
      if (r.year < minYear) minYear = r.year;
      if (r.year > maxYear) maxYear = r.year;
      for (const skill of r.skills) {
        let bits = this.skillBits.get(skill);
        if (!bits) {
          bits = new Uint32Array(words);
          this.skillBits.set(skill, bits);
        }
        bits[i >>> 5] = (bits[i >>> 5] as number) | (1 << (i & 31));
        this.skillCounts.set(skill, (this.skillCounts.get(skill) ?? 0) + 1);
      }
    }
    const fillAt = new Map<string, number>();
    for (const [skill, count] of this.skillCounts) {
      this.postings.set(skill, new Uint32Array(count));
      fillAt.set(skill, 0);
    }
    for (let i = 0; i < n; i++) {
      for (const skill of (records[order[i] as number] as IndexableRecord).skills) {
        const at = fillAt.get(skill) as number;
        (this.postings.get(skill) as Uint32Array)[at] = i;
        fillAt.set(skill, at + 1);
      }
    }
    this.sourceCounts = sources;
    this.years = n > 0 ? { min: minYear, max: maxYear } : null;
    this.buildGroups(countryOf, regionOf);
  }

  static build(records: readonly IndexableRecord[]): SalaryIndex {
    return new SalaryIndex(records);
  }

  private key(fam: number, lvl: number, geo: number): number {
    return (fam * LEVEL_SLOTS + lvl) * this.geoSlots + geo;
  }

  /**
   * Writes the keys of the (up to) twelve groups record i belongs to (family or all, level or all,
   * country, region and global) into `out`; returns how many.
   */
  private keysOf(i: number, countryOf: Uint16Array, regionOf: Uint8Array, out: Int32Array): number {
    const region = regionOf[i] as number;
    const country = countryOf[i] as number;
    const fams = [this.family[i] as number, ALL_FAMILIES];
    const lvls = [this.level[i] as number, ALL_LEVELS];
    let k = 0;
    for (const fam of fams)
      for (const lvl of lvls) {
        out[k++] = this.key(fam, lvl, 0);
        out[k++] = this.key(fam, lvl, country);
        if (region !== 0) out[k++] = this.key(fam, lvl, region);
      }
    return k;
  }

  private buildGroups(countryOf: Uint16Array, regionOf: Uint8Array): void {
    const n = this.size;
    const usd = this.usd;
    const keys = new Int32Array(12);
    const counts = new Map<number, number>();
    for (let i = 0; i < n; i++) {
      const m = this.keysOf(i, countryOf, regionOf, keys);
      for (let j = 0; j < m; j++) counts.set(keys[j] as number, (counts.get(keys[j] as number) ?? 0) + 1);
    }
    const fill = new Map<number, { ids: Uint32Array; at: number }>();
    for (const [k, count] of counts) fill.set(k, { ids: new Uint32Array(count), at: 0 });
    for (let i = 0; i < n; i++) {
      const m = this.keysOf(i, countryOf, regionOf, keys);
      for (let x = 0; x < m; x++) {
        const f = fill.get(keys[x] as number) as { ids: Uint32Array; at: number };
        f.ids[f.at++] = i;
      }
    }
    for (const [k, { ids }] of fill) {
      const at: SortedAt = (x) => usd[ids[x] as number] as number;
      this.groups.set(k, { ids, summary: summarise(at, ids.length) });
    }
  }

  private geoSlot(scope: GeoScope): number | undefined {
    if (scope.kind === 'global') return 0;
    if (scope.kind === 'region') return REGIONS.indexOf(scope.region as Region) + 1;
    return this.countrySlot.get(scope.country);
  }

  private group(q: SliceQuery, scope: GeoScope): Group | undefined {
    const fam = q.roleFamily === undefined ? ALL_FAMILIES : familyCode(q.roleFamily);
    const lvl = q.level === undefined ? ALL_LEVELS : levelCode(q.level);
    const geo = this.geoSlot(scope);
    return geo === undefined ? undefined : this.groups.get(this.key(fam, lvl, geo));
  }

  /** Whether a query needs filtering beyond a predefined group. */
  static isAdHoc(q: SliceQuery): boolean {
    return q.year !== undefined || q.skill !== undefined;
  }

  /** Pay values of the slice in ascending order (predefined groups are read in place). */
  private values(
    q: SliceQuery,
    scope: GeoScope,
  ): { at: SortedAt; n: number; predefined: Group | null; sorted?: Float64Array } {
    const g = this.group(q, scope);
    if (!g) return { at: () => Number.NaN, n: 0, predefined: null };
    const usd = this.usd;
    if (!SalaryIndex.isAdHoc(q))
      return { at: (x) => usd[g.ids[x] as number] as number, n: g.ids.length, predefined: g };
    const posting = q.skill === undefined ? undefined : this.postings.get(q.skill);
    if (q.skill !== undefined && !posting) return { at: () => Number.NaN, n: 0, predefined: null };
    const n =
      posting && posting.length < g.ids.length
        ? this.scanPosting(posting, q, scope)
        : this.scanGroup(g.ids, q.skill === undefined ? undefined : this.skillBits.get(q.skill), q.year);
    const out = this.scratch;
    const sorted = out.subarray(0, n);
    return { at: (x) => sorted[x] as number, n, predefined: null, sorted };
  }

  /**
   * Writes the pay of a group's records that carry the skill (bitset) and match the year into the
   * scratch buffer; returns how many. Tight loops over locals: this is the whole cost of an ad-hoc slice.
   */
  private scanGroup(ids: Uint32Array, bits: Uint32Array | undefined, year: number | undefined): number {
    const out = this.scratch;
    const usd = this.usd;
    const years = this.year;
    const len = ids.length;
    const y = year ?? -1;
    let n = 0;
    for (let j = 0; j < len; j++) {
      const i = ids[j] as number;
      if (bits && ((bits[i >>> 5] as number) & (1 << (i & 31))) === 0) continue;
      if (y >= 0 && years[i] !== y) continue;
      out[n++] = usd[i] as number;
    }
    return n;
  }

  /** The same from a skill's posting list, checking the slice's other dimensions per record. */
  private scanPosting(posting: Uint32Array, q: SliceQuery, scope: GeoScope): number {
    const out = this.scratch;
    const usd = this.usd;
    const fam = q.roleFamily === undefined ? -1 : familyCode(q.roleFamily);
    const lvl = q.level === undefined ? -1 : levelCode(q.level);
    const y = q.year ?? -1;
    const country = scope.kind === 'country' ? (this.countrySlot.get(scope.country) ?? -2) : -1;
    const region = scope.kind === 'region' ? REGIONS.indexOf(scope.region as Region) + 1 : -1;
    const { family, level, year, countryOf, regionOf } = this;
    let n = 0;
    for (let j = 0; j < posting.length; j++) {
      const i = posting[j] as number;
      if (fam >= 0 && family[i] !== fam) continue;
      if (lvl >= 0 && level[i] !== lvl) continue;
      if (y >= 0 && year[i] !== y) continue;
      if (country !== -1 && countryOf[i] !== country) continue;
      if (region !== -1 && regionOf[i] !== region) continue;
      out[n++] = usd[i] as number;
    }
    return n;
  }

  /** The summary of one slice at one geographic scope, or null under MIN_RECORDS. */
  summary(q: SliceQuery, scope: GeoScope): Summary | null {
    return this.summaryOf(this.values(q, scope));
  }

  private summaryOf(v: {
    at: SortedAt;
    n: number;
    predefined: Group | null;
    sorted?: Float64Array;
  }): Summary | null {
    if (v.predefined) return v.predefined.summary;
    if (v.n === 0) return null;
    return v.sorted ? summariseSorted(v.sorted) : summarise(v.at, v.n);
  }

  /**
   * The requested scope and its ancestors (country, region, global), each summarised, up to the first
   * with enough records to be trusted.
   */
  chain(q: SliceQuery): ScopedSummary[] {
    const chain: ScopedSummary[] = [];
    // Lazily: once a level has enough records, nothing above it can be used (stats/fallback.ts).
    for (const scope of geoChain(q)) {
      const v = this.values(q, scope);
      const summary = this.summaryOf(v);
      chain.push({ scope, summary, records: v.n });
      if (summary && summary.n >= TRUST_FROM) break;
    }
    return chain;
  }

  /** Where a pay figure (USD) falls in a slice at a scope, 0..100, or null without enough records. */
  percentRank(q: SliceQuery, scope: GeoScope, usd: number): number | null {
    const v = this.values(q, scope);
    if (v.n < 5) return null;
    return percentRank(v.at, v.n, usd);
  }

  /** Skills with at least `min` records, most common first. */
  skillsWithAtLeast(min: number): string[] {
    return [...this.skillCounts]
      .filter(([, c]) => c >= min)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([s]) => s);
  }

  /**
   * The pay of one (family, level) stratum at a scope split by whether records carry a skill, each
   * side ascending. Used by the premium estimate.
   */
  split(
    family: number,
    level: number,
    scope: GeoScope,
    skill: string,
    year: number | undefined,
  ): { with: Float64Array; without: Float64Array } | null {
    const geo = this.geoSlot(scope);
    const bits = this.skillBits.get(skill);
    if (geo === undefined || !bits) return null;
    const g = this.groups.get(this.key(family, level, geo));
    if (!g) return null;
    const withSkill = new Float64Array(g.ids.length);
    const without = new Float64Array(g.ids.length);
    let a = 0;
    let b = 0;
    for (const i of g.ids) {
      if (year !== undefined && this.year[i] !== year) continue;
      const v = this.usd[i] as number;
      if (((bits[i >>> 5] as number) & (1 << (i & 31))) !== 0) withSkill[a++] = v;
      else without[b++] = v;
    }
    return { with: withSkill.subarray(0, a), without: without.subarray(0, b) };
  }

  static familyCodes(q: SliceQuery): number[] {
    if (q.roleFamily !== undefined) return [familyCode(q.roleFamily)];
    return Array.from({ length: ALL_FAMILIES }, (_, i) => i);
  }

  static levelCodes(q: SliceQuery): number[] {
    if (q.level !== undefined) return [levelCode(q.level)];
    return LEVELS.map((_, i) => i);
  }
}

/** Country, then its region, then global; a region, then global; or global alone. */
export function geoChain(q: SliceQuery): GeoScope[] {
  const chain: GeoScope[] = [];
  if (q.country !== undefined) chain.push({ kind: 'country', country: q.country });
  const region = q.region ?? (q.country !== undefined ? regionOfCountry(q.country) : null);
  if (region) chain.push({ kind: 'region', region });
  chain.push({ kind: 'global' });
  return chain;
}
