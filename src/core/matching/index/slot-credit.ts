// A candidate slot's exact per-term credits, from its CSR skills and a dense table of the
// position's credit sources by skill code. The loop is the kernel's creditSkill, inlined: the same
// operations in the same order, so the same credits as scorePair.
import { skillCodeCount } from '../codes.js';
import type { CompiledPosition } from '../compile.js';
import type { SlotLists } from './slot-lists.js';

export class SlotCredit {
  /** The credits of the last slot credited, by term. */
  best = new Float64Array(64);
  private from = new Int32Array(0);
  private to = new Int32Array(0);
  private cp: CompiledPosition | null = null;

  /** Spreads a position's source ranges over the dense table; call end() after the query. */
  begin(cp: CompiledPosition): void {
    const codes = skillCodeCount();
    if (this.to.length < codes) {
      this.from = new Int32Array(codes + 256);
      this.to = new Int32Array(codes + 256);
    }
    if (this.best.length < cp.termCount) this.best = new Float64Array(cp.termCount * 2);
    for (const [code, [from, to]] of cp.sourceRange) {
      this.from[code] = from;
      this.to[code] = to;
    }
    this.cp = cp;
  }

  /** Clears the dense table. */
  end(): void {
    if (this.cp === null) return;
    for (const code of this.cp.sourceRange.keys()) {
      this.from[code] = 0;
      this.to[code] = 0;
    }
    this.cp = null;
  }

  /**
   * Fills `best` with a slot's credits and returns the skill part of its employer fit (as
   * harmonicFit computes it, plus a hair), or -1 when no skill overlaps.
   */
  credit(skills: SlotLists, slot: number, slack: number): number {
    const cp = this.cp;
    if (cp === null) throw new Error('SlotCredit.credit before begin');
    const best = this.best;
    const termCount = cp.termCount;
    for (let term = 0; term < termCount; term++) best[term] = 0;
    const values = skills.values;
    const extras = skills.extras;
    const start = skills.start[slot] as number;
    const stop = start + (skills.count[slot] as number);
    const denseFrom = this.from;
    const denseTo = this.to;
    const { sourceTerm, sourceWeight, credit: table, termBase } = cp;
    for (let i = start; i < stop; i++) {
      const skill = values[i] as number;
      const end = denseTo[skill] as number;
      if (end === 0) continue;
      const code = extras[i] as number;
      for (let j = denseFrom[skill] as number; j < end; j++) {
        const term = sourceTerm[j] as number;
        const credit = (sourceWeight[j] as number) * (table[(termBase[term] as number) + code] as number);
        if (credit > (best[term] as number)) best[term] = credit;
      }
    }
    const requiredCount = cp.requiredCount;
    let requiredSum = 0;
    for (let term = 0; term < requiredCount; term++) requiredSum += best[term] as number;
    let niceSum = 0;
    for (let term = requiredCount; term < termCount; term++) niceSum += best[term] as number;
    // Credits are never negative, so the sums are 0 exactly when no term earned anything.
    if (requiredSum + niceSum === 0) return -1;
    const required = requiredCount > 0 ? requiredSum / requiredCount : 0;
    const nice = termCount > requiredCount ? niceSum / (termCount - requiredCount) : 0;
    return cp.weights.requiredSkills * required + cp.weights.niceToHave * nice + slack;
  }
}
