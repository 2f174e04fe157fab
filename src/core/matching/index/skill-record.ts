// A candidate's skills as a fixed-size record of 3-bit fields, for a bound of its skill credit that
// costs one memory read instead of walking its skill list. Each of the RECORD_SKILLS most listed
// skills (CandidateStore.assignSkillBits) has a field: 0 when the candidate does not hold it, else
// 4 + the evidence rank it holds it at. The proficiency is left out, so the bound takes each
// (term, source, rank) at its best proficiency; measured on the bench's 1M candidates, that bound
// averages 0.330 where the exact skill credit averages 0.317, and it turns away 97% of the
// candidates whose exact credit the query would otherwise compute.
import type { CompiledPosition } from '../compile.js';
import { PROFICIENCY_CODE_SPAN } from '../compile.js';
import { RANKS } from './query-plan.js';

/** Fields per 32-bit word, words per slot, and the skills a record holds. */
const PER_WORD = 10;
export const RECORD_WORDS = 16;
export const RECORD_SKILLS = PER_WORD * RECORD_WORDS;

/** Writes the fields of one skill list into a slot's (zeroed) record. */
export function writeRecord(
  records: Uint32Array,
  slot: number,
  fieldOf: Int16Array,
  skills: ArrayLike<number>,
  codes: ArrayLike<number>,
  from: number,
  to: number,
): void {
  const at = RECORD_WORDS * slot;
  records.fill(0, at, at + RECORD_WORDS);
  for (let i = from; i < to; i++) {
    const field = fieldOf[skills[i] as number] ?? -1;
    if (field < 0) continue;
    const word = at + Math.floor(field / PER_WORD);
    records[word] =
      (records[word] as number) | ((4 | ((codes[i] as number) & 3)) << (3 * (field % PER_WORD)));
  }
}

/** The held bit of every field of a word (bit 2 of each 3-bit field). */
const HELD = 0b100100100100100100100100100100;

/**
 * Per query: what each recorded source skill can add to each term it is a source of, by rank, and
 * per term the most an unrecorded source can add (any candidate may hold one).
 */
export class RecordBound {
  /** The words of the record that hold a source's field, and per word the sources' held bits. */
  private words = new Int32Array(0);
  private wanted = new Int32Array(0);
  /**
   * Per (word, field): where the field's (term, values by rank) pairs start and end in
   * pairTerm / pairValue (equal for a field that is no source).
   */
  private pairStart = new Int32Array(RECORD_WORDS * PER_WORD + 1);
  private pairTerm = new Int32Array(0);
  private pairValue = new Float64Array(0);
  private unrecorded = new Float64Array(0);
  private best = new Float64Array(0);
  private terms = 0;

  /**
   * Fills the tables for a position; termBound[t] is the most term t adds to employer fit (see
   * QueryPlan.termBound), fieldOf the record field of each skill code (-1 for none), and
   * listed(key) whether any candidate holds a (skill, rank) key: an unrecorded source nobody holds
   * at a rank cannot add anything at it (most of a term's related skills are held by nobody).
   */
  prepare(
    cp: CompiledPosition,
    termBound: Float64Array,
    fieldOf: Int16Array,
    listed: (key: number) => boolean,
  ): void {
    const { sourceTerm, sourceWeight, credit, termBase } = cp;
    this.terms = cp.termCount;
    this.unrecorded = new Float64Array(cp.termCount);
    this.best = new Float64Array(cp.termCount);
    // The best credit of each term at each rank, over every proficiency.
    const top = new Float64Array(cp.termCount * RANKS);
    for (let t = 0; t < cp.termCount; t++) {
      for (let code = 0; code < PROFICIENCY_CODE_SPAN; code++) {
        const at = t * RANKS + (code & 3);
        top[at] = Math.max(top[at] as number, credit[(termBase[t] as number) + code] ?? 0);
      }
    }
    // Each recorded source's pairs, by field.
    const byField = new Map<number, Array<{ term: number; values: number[] }>>();
    for (const [code, [from, to]] of cp.sourceRange) {
      const field = fieldOf[code] ?? -1;
      for (let j = from; j < to; j++) {
        const t = sourceTerm[j] as number;
        const scale = (termBound[t] as number) * (sourceWeight[j] as number);
        // Most sources are unrecorded related skills that nobody holds: no array for those (a
        // position's first query prepares this, and an array per source was most of its cost).
        if (field >= 0) {
          let pairs = byField.get(field);
          if (pairs === undefined) {
            pairs = [];
            byField.set(field, pairs);
          }
          const values: number[] = [];
          for (let rank = 0; rank < RANKS; rank++) values.push(scale * (top[t * RANKS + rank] as number));
          pairs.push({ term: t, values });
        } else {
          for (let rank = 0; rank < RANKS; rank++) {
            if (!listed(code * RANKS + rank)) continue;
            const value = scale * (top[t * RANKS + rank] as number);
            this.unrecorded[t] = Math.max(this.unrecorded[t] as number, value);
          }
        }
      }
    }
    const wanted = new Int32Array(RECORD_WORDS);
    const terms: number[] = [];
    const values: number[] = [];
    for (let field = 0; field < RECORD_WORDS * PER_WORD; field++) {
      this.pairStart[field] = terms.length;
      const pairs = byField.get(field);
      if (pairs === undefined) continue;
      const word = Math.floor(field / PER_WORD);
      wanted[word] = (wanted[word] as number) | (4 << (3 * (field % PER_WORD)));
      for (const pair of pairs) {
        terms.push(pair.term);
        values.push(...pair.values);
      }
    }
    this.pairStart[RECORD_WORDS * PER_WORD] = terms.length;
    const words: number[] = [];
    for (let word = 0; word < RECORD_WORDS; word++) if ((wanted[word] as number) !== 0) words.push(word);
    this.words = Int32Array.from(words);
    this.wanted = wanted;
    this.pairTerm = Int32Array.from(terms);
    this.pairValue = Float64Array.from(values);
  }

  /**
   * At least the skill part of a slot's employer fit (SlotCredit.credit without its slack): per
   * term, the best of its sources the record shows the slot holding, or that it may hold. Walks
   * only the held fields of the words that hold a source.
   */
  bound(records: Uint32Array, slot: number): number {
    const best = this.best;
    best.set(this.unrecorded);
    const at = RECORD_WORDS * slot;
    const { words, wanted, pairStart, pairTerm, pairValue } = this;
    for (let w = 0; w < words.length; w++) {
      const word = words[w] as number;
      const value = records[at + word] as number;
      for (let held = value & (wanted[word] as number) & HELD; held !== 0; held &= held - 1) {
        const bit = 31 - Math.clz32(held & -held);
        const rank = (value >>> (bit - 2)) & 3;
        const field = word * PER_WORD + (bit - 2) / 3;
        for (let p = pairStart[field] as number; p < (pairStart[field + 1] as number); p++) {
          const credit = pairValue[p * RANKS + rank] as number;
          const t = pairTerm[p] as number;
          if (credit > (best[t] as number)) best[t] = credit;
        }
      }
    }
    let sum = 0;
    for (let t = 0; t < this.terms; t++) sum += best[t] as number;
    return sum;
  }
}
