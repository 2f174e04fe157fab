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

/**
 * Per query: what each recorded source skill can add to each term it is a source of, by rank, and
 * per term the most an unrecorded source can add (any candidate may hold one).
 */
export class RecordBound {
  /** Per recorded source skill: its word in the record and its field's shift. */
  private word = new Int32Array(0);
  private shift = new Int32Array(0);
  /** Per recorded source skill, its (term, values by rank) pairs: [pairStart[s], pairStart[s+1]). */
  private pairStart = new Int32Array(0);
  private pairTerm = new Int32Array(0);
  private pairValue = new Float64Array(0);
  private sources = 0;
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
    const words: number[] = [];
    const shifts: number[] = [];
    const starts: number[] = [];
    const terms: number[] = [];
    const values: number[] = [];
    for (const [code, [from, to]] of cp.sourceRange) {
      const field = fieldOf[code] ?? -1;
      if (field >= 0) {
        words.push(Math.floor(field / PER_WORD));
        shifts.push(3 * (field % PER_WORD));
        starts.push(terms.length);
      }
      for (let j = from; j < to; j++) {
        const t = sourceTerm[j] as number;
        const scale = (termBound[t] as number) * (sourceWeight[j] as number);
        if (field >= 0) {
          terms.push(t);
          for (let rank = 0; rank < RANKS; rank++) values.push(scale * (top[t * RANKS + rank] as number));
        } else {
          for (let rank = 0; rank < RANKS; rank++) {
            if (!listed(code * RANKS + rank)) continue;
            this.unrecorded[t] = Math.max(
              this.unrecorded[t] as number,
              scale * (top[t * RANKS + rank] as number),
            );
          }
        }
      }
    }
    starts.push(terms.length);
    this.sources = words.length;
    this.word = Int32Array.from(words);
    this.shift = Int32Array.from(shifts);
    this.pairStart = Int32Array.from(starts);
    this.pairTerm = Int32Array.from(terms);
    this.pairValue = Float64Array.from(values);
  }

  /**
   * At least the skill part of a slot's employer fit (SlotCredit.credit without its slack): per
   * term, the best of its sources the record shows the slot holding, or that it may hold.
   */
  bound(records: Uint32Array, slot: number): number {
    const best = this.best;
    best.set(this.unrecorded);
    const at = RECORD_WORDS * slot;
    const { word, shift, pairStart, pairTerm, pairValue } = this;
    for (let s = 0; s < this.sources; s++) {
      const field = ((records[at + (word[s] as number)] as number) >>> (shift[s] as number)) & 7;
      if (field === 0) continue;
      const rank = field & 3;
      for (let p = pairStart[s] as number; p < (pairStart[s + 1] as number); p++) {
        const value = pairValue[p * RANKS + rank] as number;
        const t = pairTerm[p] as number;
        if (value > (best[t] as number)) best[t] = value;
      }
    }
    let sum = 0;
    for (let t = 0; t < this.terms; t++) sum += best[t] as number;
    return sum;
  }
}
