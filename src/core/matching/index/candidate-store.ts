// Per-candidate attributes in typed arrays, one slot per candidate, plus CSR copies of each
// candidate's skills and desired countries. Holds exactly what the kernel reads, so a candidate can
// be scored, and rebuilt as a MatchCandidate for its explanation, without the original object.
import { countryCode, countryIsoOf, skillIdOf } from '../codes.js';
import type { CompiledPosition } from '../compile.js';
import type { MatchConfig } from '../config.js';
import type { CandidateSkillCodes } from '../facts.js';
import { candidateLevelRank, evidenceCount, fillSkillCodes, parseInstant, putSkillCode } from '../facts.js';
import type { CandidateFacts } from '../kernel.js';
import { evidenceValue, MS_PER_DAY } from '../kernel.js';
import type { CandidateBasics } from '../score.js';
import type { MatchCandidate } from '../types.js';
import type { EvidenceStrength } from '../vocabulary.js';
import { LEVELS, REMOTE_PREFERENCES, ROLE_FAMILIES } from '../vocabulary.js';
import { ensureLength, type Typed } from './growable.js';
import { RECORD_SKILLS, RECORD_WORDS, writeRecord } from './skill-record.js';
import { SlotLists } from './slot-lists.js';

/** Words per slot in CandidateStore.packed (two slots a cache line). */
export const PACKED = 8;

/**
 * The place word (CandidateStore.packed[PACKED × slot + 7]): country code + 1 in bits 0-9 (0 for
 * none, PLACE_FAR_COUNTRY for a code beyond the field, which queries count as possibly local), bit
 * 10 set when the candidate names countries to work in, and from bit 11 those countries hashed
 * into PLACE_MASK_BITS bits (desiredBit), so that a query can tell, from the word alone, that a
 * candidate names none of its countries.
 */
export const PLACE_FAR_COUNTRY = 1023;
export const PLACE_HAS_DESIRED = 1 << 10;
export const PLACE_MASK_SHIFT = 11;
const PLACE_MASK_BITS = 21;

/** A country's bit in the place word's desired-country mask (countries may share a bit). */
export function desiredBit(code: number): number {
  return 1 << (code % PLACE_MASK_BITS);
}

/** The update day of a profile whose time does not parse (or precedes every bounded age). */
export const NO_DAY = -(2 ** 31);

const HIDDEN = 1;
const ANONYMOUS = 2;
const RELOCATE = 4;
const OPEN_TO_WORK = 8;
const BLOCKS = 16;

const STRENGTHS: readonly EvidenceStrength[] = [
  'claimed',
  'used_in_project',
  'measured_project',
  'certified_or_published',
];

/**
 * A candidate's skills already as codes (a bulk load that parses them straight from its source):
 * skill codes and proficiency codes (proficiencyCode(proficiency, evidence rank)) for the first
 * `count` entries, in listing order, repeats allowed.
 */
export interface CodedSkills {
  readonly skills: Int32Array;
  readonly codes: Uint8Array;
  readonly count: number;
}

/** fillSkillCodes for skills already coded: each skill once, at its higher proficiency and evidence. */
function mergeSkillCodes(coded: CodedSkills, skills: Int32Array, codes: Uint8Array): number {
  let n = 0;
  for (let e = 0; e < coded.count; e++) {
    n = putSkillCode(skills, codes, n, coded.skills[e] as number, coded.codes[e] as number);
  }
  return n;
}

/** Slots of candidates and their attributes. */
export class CandidateStore {
  constructor(private readonly config: MatchConfig) {}

  /** Slots ever used (the high-water mark); slots below it are live, dead or free. */
  slotCount = 0;
  ids: string[] = [];
  alive = new Uint8Array(1024);
  flags = new Uint8Array(1024);
  level = new Int8Array(1024);
  targetRole = new Int8Array(1024);
  targetLevel = new Int8Array(1024);
  remotePreference = new Uint8Array(1024);
  country = new Int16Array(1024);
  years = new Float64Array(1024);
  minimumPay = new Float64Array(1024);
  updatedAt = new Float64Array(1024);
  projects = new Uint16Array(1024);
  measuredProjects = new Uint16Array(1024);
  certifications = new Uint16Array(1024);
  publications = new Uint16Array(1024);
  /** The evidence component under the store's configuration (a bound for queries to use). */
  evidence = new Float32Array(1024);
  /**
   * What the query's cheap bounds read, packed so that one cache line serves two candidates: per
   * slot (PACKED words), [goal bits, minimum pay rounded down (−1 when none), evidence × 2^20 rounded
   * up, skill bits, rank low bits, rank high bits, update day (days since 1970, NO_DAY when
   * unknown), place (see PLACE_HAS_DESIRED)].
   * Goal bits: target role + 1 (bits 0-2), target level + 1 (3-5), remote preference (6-7), open
   * to work (8), level (9-10). Skill bits: bit b set when the candidate holds the skill given bit
   * b (skillBit; up to 32 of the most listed skills, chosen at a bulk load), so a query can tell
   * that a candidate is on none of the unread lists of those skills; rank bits: bit b of the two
   * rank words are the low and high bits of the evidence rank at which the slot holds the skill of
   * bit b, so that a query knows which of that skill's (skill, rank) lists it is on — read with the
   * rest, at no extra memory access.
   */
  packed = new Int32Array(PACKED * 1024);
  readonly skills = new SlotLists();
  /** By skill code: its bit in the skill bits (packed[PACKED × slot + 3]), or -1 for none. */
  skillBit = new Int8Array(0);
  /** Each slot's skill record (skill-record.ts), RECORD_WORDS words a slot. */
  records = new Uint32Array(RECORD_WORDS * 1024);
  /** By skill code: its field in the skill records, or -1 for none. */
  recordField = new Int16Array(0);
  readonly desired = new SlotLists();
  readonly blocked = new Map<number, readonly string[]>();

  /** Makes room for slots below `slots` (exactly that many when `exact`, else by doubling). */
  reserve(slots: number, exact = false): void {
    if (slots <= this.alive.length) return;
    this.alive = ensureLength(this.alive, slots, exact);
    const n = this.alive.length;
    this.flags = ensureLength(this.flags, n, true);
    this.level = ensureLength(this.level, n, true);
    this.targetRole = ensureLength(this.targetRole, n, true);
    this.targetLevel = ensureLength(this.targetLevel, n, true);
    this.remotePreference = ensureLength(this.remotePreference, n, true);
    this.country = ensureLength(this.country, n, true);
    this.years = ensureLength(this.years, n, true);
    this.minimumPay = ensureLength(this.minimumPay, n, true);
    this.updatedAt = ensureLength(this.updatedAt, n, true);
    this.projects = ensureLength(this.projects, n, true);
    this.measuredProjects = ensureLength(this.measuredProjects, n, true);
    this.certifications = ensureLength(this.certifications, n, true);
    this.publications = ensureLength(this.publications, n, true);
    this.evidence = ensureLength(this.evidence, n, true);
    this.packed = ensureLength(this.packed, PACKED * n, true);
    this.records = ensureLength(this.records, RECORD_WORDS * n, true);
    this.skills.reserveSlots(n, true);
    this.desired.reserveSlots(n, true);
  }

  /**
   * While set (a bulk load), write() leaves a slot's skill bits, rank bits and skill record
   * unwritten: assignSkillBits writes them for every slot at the load's end, once it knows which
   * skills get bits and fields. Until then they are stale, and permute does not move them.
   */
  skillMasksDeferred = false;

  /**
   * Renumbers the first `n` slots (every one of them live): new slot i takes old slot order[i].
   * A bulk load calls it so that candidates of one partition sit in neighbouring slots, which
   * keeps a query's reads of the per-slot arrays close together. The skill records are not moved
   * while skillMasksDeferred (a million records are 64 MB of random reads).
   */
  permute(order: Int32Array, n: number): void {
    this.alive = permuted(this.alive, order, n, 1);
    this.flags = permuted(this.flags, order, n, 1);
    this.level = permuted(this.level, order, n, 1);
    this.targetRole = permuted(this.targetRole, order, n, 1);
    this.targetLevel = permuted(this.targetLevel, order, n, 1);
    this.remotePreference = permuted(this.remotePreference, order, n, 1);
    this.country = permuted(this.country, order, n, 1);
    this.years = permuted(this.years, order, n, 1);
    this.minimumPay = permuted(this.minimumPay, order, n, 1);
    this.updatedAt = permuted(this.updatedAt, order, n, 1);
    this.projects = permuted(this.projects, order, n, 1);
    this.measuredProjects = permuted(this.measuredProjects, order, n, 1);
    this.certifications = permuted(this.certifications, order, n, 1);
    this.publications = permuted(this.publications, order, n, 1);
    this.evidence = permuted(this.evidence, order, n, 1);
    this.packed = permuted(this.packed, order, n, PACKED);
    if (!this.skillMasksDeferred) this.records = permuted(this.records, order, n, RECORD_WORDS);
    const ids = this.ids;
    this.ids = Array.from({ length: n }, (_, slot) => ids[order[slot] as number] ?? '');
    const blocked = [...this.blocked];
    this.blocked.clear();
    if (blocked.length > 0) {
      const newSlot = new Int32Array(n);
      for (let slot = 0; slot < n; slot++) newSlot[order[slot] as number] = slot;
      for (const [old, domains] of blocked) this.blocked.set(newSlot[old] as number, domains);
    }
    this.skills.permute(order, n);
    this.desired.permute(order, n);
  }

  /** Scratch for one candidate's skill codes while writing. */
  private skillScratch = new Int32Array(64);
  private codeScratch = new Uint8Array(64);

  /**
   * Writes a candidate into a slot; returns how many distinct skills it has. Its codes are left in
   * skillScratch and codeScratch (read them with lastSkills before the next write). With `coded`,
   * the skills come from it and candidate.skills is ignored.
   */
  write(slot: number, candidate: MatchCandidate, coded?: CodedSkills): number {
    this.reserve(slot + 1);
    if (slot >= this.slotCount) this.slotCount = slot + 1;
    this.ids[slot] = candidate.id;
    this.alive[slot] = 1;
    const blocked =
      candidate.blockedDomains.length === 0 ? [] : candidate.blockedDomains.map((d) => d.toLowerCase());
    if (blocked.length > 0) this.blocked.set(slot, blocked);
    else if (this.blocked.size > 0) this.blocked.delete(slot);
    this.flags[slot] =
      (candidate.visibility === 'hidden' ? HIDDEN : 0) |
      (candidate.visibility === 'anonymous' ? ANONYMOUS : 0) |
      (candidate.willingToRelocate ? RELOCATE : 0) |
      (candidate.openToWork ? OPEN_TO_WORK : 0) |
      (blocked.length > 0 ? BLOCKS : 0);
    this.level[slot] = candidateLevelRank(candidate);
    this.targetRole[slot] =
      candidate.targetRoleFamily === null ? -1 : ROLE_FAMILIES.indexOf(candidate.targetRoleFamily);
    this.targetLevel[slot] = candidate.targetLevel === null ? -1 : LEVELS.indexOf(candidate.targetLevel);
    this.remotePreference[slot] = REMOTE_PREFERENCES.indexOf(candidate.remotePreference);
    this.country[slot] = candidate.country === null ? -1 : countryCode(candidate.country);
    this.years[slot] = candidate.yearsExperience ?? Number.NaN;
    this.minimumPay[slot] = candidate.minimumPayUsd ?? Number.NaN;
    this.updatedAt[slot] = parseInstant(candidate.updatedAt);
    this.projects[slot] = evidenceCount(candidate.projects);
    this.measuredProjects[slot] = evidenceCount(candidate.measuredProjects);
    this.certifications[slot] = evidenceCount(candidate.certifications);
    this.publications[slot] = evidenceCount(candidate.publications);
    this.evidence[slot] = evidenceValue(
      this.config,
      this.projects[slot] ?? 0,
      this.measuredProjects[slot] ?? 0,
      this.certifications[slot] ?? 0,
      this.publications[slot] ?? 0,
    );
    const desired = candidate.desiredCountries;
    if (desired.length === 0) this.desired.clear(slot);
    else this.desired.set(slot, desired.map(countryCode), null);
    this.pack(slot);
    const listed = coded === undefined ? candidate.skills.length : coded.count;
    if (listed > this.skillScratch.length) {
      this.skillScratch = new Int32Array(listed * 2);
      this.codeScratch = new Uint8Array(listed * 2);
    }
    const n =
      coded === undefined
        ? fillSkillCodes(candidate, this.skillScratch, this.codeScratch)
        : mergeSkillCodes(coded, this.skillScratch, this.codeScratch);
    for (let i = 0; i < n; i++) {
      if ((this.skillScratch[i] ?? 0) > 0xffff) throw new RangeError('More than 65536 distinct skill ids');
    }
    this.skills.setRange(slot, this.skillScratch, this.codeScratch, n);
    if (!this.skillMasksDeferred) this.skillMask(slot, this.skillScratch, this.codeScratch, 0, n);
    return n;
  }

  /**
   * Writes a slot's skill bits and rank bits (see packed) from its skill codes values[from, to)
   * and their proficiency codes codes[from, to).
   */
  private skillMask(
    slot: number,
    values: ArrayLike<number>,
    codes: ArrayLike<number>,
    from: number,
    to: number,
  ): void {
    const skillBit = this.skillBit;
    let mask = 0;
    let low = 0;
    let high = 0;
    for (let i = from; i < to; i++) {
      const bit = skillBit[values[i] as number] ?? -1;
      if (bit < 0) continue;
      mask |= 1 << bit;
      const rank = (codes[i] as number) & 3;
      low |= (rank & 1) << bit;
      high |= (rank >> 1) << bit;
    }
    const at = PACKED * slot;
    this.packed[at + 3] = mask;
    this.packed[at + 4] = low;
    this.packed[at + 5] = high;
    writeRecord(this.records, slot, this.recordField, values, codes, from, to);
  }

  /**
   * Gives the (up to) 32 skills with the most entries a bit each, and the RECORD_SKILLS with the
   * most a record field each, and recomputes every slot's skill bits and record. `entries` counts
   * entries by skill code.
   */
  assignSkillBits(entries: ArrayLike<number>): void {
    const codes = Array.from({ length: entries.length }, (_, code) => code)
      .filter((code) => (entries[code] as number) > 0)
      .sort((a, b) => (entries[b] as number) - (entries[a] as number) || a - b);
    this.skillBit = new Int8Array(Math.max(entries.length, 1)).fill(-1);
    this.recordField = new Int16Array(Math.max(entries.length, 1)).fill(-1);
    codes.slice(0, 32).forEach((code, bit) => {
      this.skillBit[code] = bit;
    });
    codes.slice(0, RECORD_SKILLS).forEach((code, field) => {
      this.recordField[code] = field;
    });
    this.skillMasksDeferred = false;
    const { start, count, values, extras } = this.skills;
    for (let slot = 0; slot < this.slotCount; slot++) {
      const from = start[slot] as number;
      this.skillMask(slot, values, extras, from, from + (count[slot] as number));
    }
  }

  private pack(slot: number): void {
    const at = PACKED * slot;
    this.packed[at] =
      ((this.targetRole[slot] ?? -1) + 1) |
      (((this.targetLevel[slot] ?? -1) + 1) << 3) |
      ((this.remotePreference[slot] ?? 3) << 6) |
      (((this.flags[slot] ?? 0) & OPEN_TO_WORK) !== 0 ? 1 << 8 : 0) |
      ((this.level[slot] ?? 0) << 9);
    const pay = this.minimumPay[slot] ?? Number.NaN;
    this.packed[at + 1] = Number.isNaN(pay) ? -1 : Math.min(2 ** 31 - 1, Math.max(0, Math.floor(pay)));
    this.packed[at + 2] = Math.ceil((this.evidence[slot] ?? 1) * 2 ** 20);
    // The day of the last update (recency's bound); an unparseable time has recency 0, and the
    // oldest day bounds that.
    const updated = this.updatedAt[slot] ?? Number.NaN;
    this.packed[at + 6] = Number.isNaN(updated) ? NO_DAY : Math.max(NO_DAY, Math.floor(updated / MS_PER_DAY));
    const country = this.country[slot] ?? -1;
    let place = country < 0 ? 0 : Math.min(country + 1, PLACE_FAR_COUNTRY);
    const desiredCount = this.desired.count[slot] ?? 0;
    if (desiredCount > 0) place |= PLACE_HAS_DESIRED;
    const from = this.desired.start[slot] ?? 0;
    for (let i = from; i < from + desiredCount; i++) {
      place |= desiredBit(this.desired.values[i] ?? 0) << PLACE_MASK_SHIFT;
    }
    this.packed[at + 7] = place;
  }

  /** The skill codes and proficiency codes of the last write. */
  lastSkills(): { skills: Int32Array; codes: Uint8Array } {
    return { skills: this.skillScratch, codes: this.codeScratch };
  }

  /** Whether the candidate may move: willing to relocate, or naming countries to move to. */
  mayMove(slot: number): boolean {
    return ((this.flags[slot] ?? 0) & RELOCATE) !== 0 || (this.desired.count[slot] ?? 0) > 0;
  }

  /** True when the candidate is open to work. */
  isOpenToWork(slot: number): boolean {
    return ((this.flags[slot] ?? 0) & OPEN_TO_WORK) !== 0;
  }

  /** True when the candidate blocked some domain (then fillFacts checks the position's). */
  blocksAny(slot: number): boolean {
    return ((this.flags[slot] ?? 0) & BLOCKS) !== 0;
  }

  /** True when the candidate in the slot hid their profile. */
  isHidden(slot: number): boolean {
    return ((this.flags[slot] ?? 0) & HIDDEN) !== 0;
  }

  /** Marks a slot dead; its lists stay readable until the slot is reused. */
  kill(slot: number): void {
    this.alive[slot] = 0;
    this.blocked.delete(slot);
  }

  /** Fills the kernel's facts for a slot against a compiled position. */
  fillFacts(slot: number, cp: CompiledPosition, facts: CandidateFacts): void {
    const flags = this.flags[slot] ?? 0;
    facts.hidden = (flags & HIDDEN) !== 0;
    let blocks = false;
    if ((flags & BLOCKS) !== 0) {
      for (const domain of this.blocked.get(slot) ?? [])
        if (cp.organisationDomains.has(domain)) blocks = true;
    }
    facts.blocksOrganisation = blocks;
    facts.country = this.country[slot] ?? -1;
    facts.willingToRelocate = (flags & RELOCATE) !== 0;
    const desiredCount = this.desired.count[slot] ?? 0;
    let desires = false;
    if (desiredCount > 0) {
      const from = this.desired.start[slot] ?? 0;
      const values = this.desired.values;
      for (let i = from; i < from + desiredCount; i++) if (cp.countries.has(values[i] ?? -1)) desires = true;
    }
    facts.desiresPositionCountry = desires;
    facts.hasDesiredCountries = desiredCount > 0;
    facts.levelRank = this.level[slot] ?? 0;
    facts.targetRoleFamily = this.targetRole[slot] ?? -1;
    facts.targetLevel = this.targetLevel[slot] ?? -1;
    facts.remotePreference = this.remotePreference[slot] ?? 3;
    facts.minimumPayUsd = this.minimumPay[slot] ?? Number.NaN;
    facts.openToWork = (flags & OPEN_TO_WORK) !== 0;
    facts.projects = this.projects[slot] ?? 0;
    facts.measuredProjects = this.measuredProjects[slot] ?? 0;
    facts.certifications = this.certifications[slot] ?? 0;
    facts.publications = this.publications[slot] ?? 0;
    facts.updatedAtMs = this.updatedAt[slot] ?? Number.NaN;
  }

  /**
   * The candidate in a slot, rebuilt from the arrays. Scores the same as the original: the level
   * is the resolved one, amounts and dates keep their values (dates as ISO strings), lists their
   * codes' names.
   */
  candidateAt(slot: number): MatchCandidate {
    const flags = this.flags[slot] ?? 0;
    const skillFrom = this.skills.start[slot] ?? 0;
    const skillCount = this.skills.count[slot] ?? 0;
    const skills = [];
    for (let i = skillFrom; i < skillFrom + skillCount; i++) {
      const code = this.skills.extras[i] ?? 0;
      skills.push({
        skillId: skillIdOf(this.skills.values[i] ?? 0),
        proficiency: code >> 2,
        strength: STRENGTHS[code & 3] ?? 'claimed',
      });
    }
    const desiredFrom = this.desired.start[slot] ?? 0;
    const desiredCountries = Array.from(
      this.desired.values.subarray(desiredFrom, desiredFrom + (this.desired.count[slot] ?? 0)),
      countryIsoOf,
    );
    const years = this.years[slot] ?? Number.NaN;
    const pay = this.minimumPay[slot] ?? Number.NaN;
    const updated = this.updatedAt[slot] ?? Number.NaN;
    const country = this.country[slot] ?? -1;
    return {
      ...this.basicsAt(slot),
      skills,
      level: LEVELS[this.level[slot] ?? 0] ?? 'junior',
      yearsExperience: Number.isNaN(years) ? null : years,
      country: country < 0 ? null : countryIsoOf(country),
      desiredCountries,
      remotePreference: REMOTE_PREFERENCES[this.remotePreference[slot] ?? 3] ?? 'any',
      willingToRelocate: (flags & RELOCATE) !== 0,
      minimumPayUsd: Number.isNaN(pay) ? null : pay,
      visibility:
        (flags & HIDDEN) !== 0 ? 'hidden' : (flags & ANONYMOUS) !== 0 ? 'anonymous' : 'verified_employers',
      blockedDomains: this.blocked.get(slot) ?? [],
      certifications: this.certifications[slot] ?? 0,
      updatedAt: Number.isNaN(updated) ? 'invalid' : new Date(updated).toISOString(),
    };
  }

  /** The part of candidateAt that an explanation reads besides facts and skill codes. */
  basicsAt(slot: number): CandidateBasics {
    const targetRole = this.targetRole[slot] ?? -1;
    const targetLevel = this.targetLevel[slot] ?? -1;
    return {
      id: this.ids[slot] ?? '',
      targetRoleFamily: targetRole < 0 ? null : (ROLE_FAMILIES[targetRole] ?? null),
      targetLevel: targetLevel < 0 ? null : (LEVELS[targetLevel] ?? null),
      openToWork: ((this.flags[slot] ?? 0) & OPEN_TO_WORK) !== 0,
      projects: this.projects[slot] ?? 0,
      measuredProjects: this.measuredProjects[slot] ?? 0,
      publications: this.publications[slot] ?? 0,
    };
  }

  /** A slot's skill codes as candidateSkillCodes gives them (copies: the pool moves on updates). */
  skillCodesAt(slot: number): CandidateSkillCodes {
    const from = this.skills.start[slot] ?? 0;
    const to = from + (this.skills.count[slot] ?? 0);
    return {
      skills: Int32Array.from(this.skills.values.subarray(from, to)),
      codes: this.skills.extras.slice(from, to),
    };
  }

  /** Approximate bytes held by the typed arrays and lists. */
  bytes(): number {
    // Flags and codes, country, three doubles, four counts, evidence, packed, skill record, two
    // lists' ranges.
    const perSlot =
      1 + 1 + 1 + 1 + 1 + 1 + 2 + 8 + 8 + 8 + 2 * 4 + 4 + PACKED * 4 + RECORD_WORDS * 4 + (4 + 2 + 2) * 2;
    return this.alive.length * perSlot + this.skills.allocated * 3 + this.desired.allocated * 3;
  }
}

/** A fresh facts object for the index to refill per candidate. */
export function blankFacts(): CandidateFacts {
  return {
    hidden: false,
    blocksOrganisation: false,
    country: -1,
    willingToRelocate: false,
    desiresPositionCountry: false,
    hasDesiredCountries: false,
    levelRank: 0,
    targetRoleFamily: -1,
    targetLevel: -1,
    remotePreference: 3,
    minimumPayUsd: Number.NaN,
    openToWork: false,
    projects: 0,
    measuredProjects: 0,
    certifications: 0,
    publications: 0,
    updatedAtMs: Number.NaN,
  };
}

/**
 * A copy of `array` (`width` entries per slot) whose slot i holds slot order[i]'s entries. The
 * gather runs on a same-width integer (or float64) view, one loop per element size, so each loop
 * sees one array type and stays fast; bits are copied unchanged.
 */
function permuted<T extends Typed>(array: T, order: Int32Array, n: number, width: number): T {
  const Constructor = array.constructor as new (length: number) => T;
  const out = new Constructor(array.length);
  const bytes = array.BYTES_PER_ELEMENT;
  const length = array.length;
  if (bytes === 1)
    gather1(
      new Uint8Array(array.buffer, array.byteOffset, length),
      new Uint8Array(out.buffer),
      order,
      n,
      width,
    );
  else if (bytes === 2)
    gather2(
      new Uint16Array(array.buffer, array.byteOffset, length),
      new Uint16Array(out.buffer),
      order,
      n,
      width,
    );
  else if (bytes === 4)
    gather4(
      new Int32Array(array.buffer, array.byteOffset, length),
      new Int32Array(out.buffer),
      order,
      n,
      width,
    );
  else
    gather8(
      new Float64Array(array.buffer, array.byteOffset, length),
      new Float64Array(out.buffer),
      order,
      n,
      width,
    );
  return out;
}

function gather1(from: Uint8Array, to: Uint8Array, order: Int32Array, n: number, width: number): void {
  for (let slot = 0; slot < n; slot++) {
    const at = (order[slot] as number) * width;
    for (let w = 0; w < width; w++) to[slot * width + w] = from[at + w] as number;
  }
}

function gather2(from: Uint16Array, to: Uint16Array, order: Int32Array, n: number, width: number): void {
  for (let slot = 0; slot < n; slot++) {
    const at = (order[slot] as number) * width;
    for (let w = 0; w < width; w++) to[slot * width + w] = from[at + w] as number;
  }
}

function gather4(from: Int32Array, to: Int32Array, order: Int32Array, n: number, width: number): void {
  for (let slot = 0; slot < n; slot++) {
    const at = (order[slot] as number) * width;
    for (let w = 0; w < width; w++) to[slot * width + w] = from[at + w] as number;
  }
}

/** Float64 elements copied as numbers: NaN payloads may change, NaN stays NaN. */
function gather8(from: Float64Array, to: Float64Array, order: Int32Array, n: number, width: number): void {
  for (let slot = 0; slot < n; slot++) {
    const at = (order[slot] as number) * width;
    for (let w = 0; w < width; w++) to[slot * width + w] = from[at + w] as number;
  }
}
