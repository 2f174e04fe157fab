import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePosition } from '../compile.js';
import { DEFAULT_MATCH_CONFIG } from '../config.js';
import { candidateArb, positionArb, withCandidateIds, withPositionIds } from '../matching.arbitraries.js';
import { buildCandidate, buildPosition, skills } from '../matching.fixtures.js';
import type { MatchCandidate, MatchPosition } from '../types.js';
import { CandidateStore } from './candidate-store.js';
import { keyOf, planQuery } from './query-plan.js';
import { RecordBound } from './skill-record.js';
import { SlotCredit } from './slot-credit.js';

/**
 * The candidates in a store, with record fields for the skills `recorded` picks (by skill code);
 * returns each slot's exact skill credit and record bound against the position.
 */
function creditsAndBounds(
  candidates: readonly MatchCandidate[],
  position: MatchPosition,
  recorded: (code: number) => boolean,
): Array<{ exact: number; bound: number }> {
  const store = new CandidateStore(DEFAULT_MATCH_CONFIG);
  const held = new Set<number>();
  const entries: number[] = [];
  candidates.forEach((candidate, slot) => {
    const n = store.write(slot, candidate);
    const { skills: codes, codes: proficiency } = store.lastSkills();
    for (let i = 0; i < n; i++) {
      const code = codes[i] as number;
      held.add(keyOf(code, proficiency[i] as number));
      if (recorded(code)) entries[code] = (entries[code] ?? 0) + 1;
    }
  });
  store.assignSkillBits(Array.from({ length: entries.length }, (_, code) => entries[code] ?? 0));
  const cp = compilePosition(position, DEFAULT_MATCH_CONFIG);
  const plan = planQuery(cp, () => 1);
  const bound = new RecordBound();
  bound.prepare(cp, plan.termBound, store.recordField, (key) => held.has(key));
  const credit = new SlotCredit();
  credit.begin(cp);
  const out = candidates.map((_, slot) => ({
    exact: Math.max(0, credit.credit(store.skills, slot, 0)),
    bound: bound.bound(store.records, slot),
  }));
  credit.end();
  return out;
}

describe('RecordBound', () => {
  it('never falls below the exact skill credit, with every skill recorded or only some', () => {
    fc.assert(
      fc.property(
        fc.array(candidateArb, { minLength: 1, maxLength: 20 }),
        positionArb,
        fc.integer({ min: 1, max: 4 }),
        (raw, rawPosition, every) => {
          const [position] = withPositionIds([rawPosition]);
          const pairs = creditsAndBounds(
            withCandidateIds(raw),
            position as MatchPosition,
            (code) => code % every === 0,
          );
          for (const { exact, bound } of pairs) expect(bound).toBeGreaterThanOrEqual(exact - 1e-12);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('is the exact credit when every source is held at full proficiency, and 0 for no overlap', () => {
    const position = buildPosition({
      required: [
        { skillId: 'pytorch', minProficiency: 3 },
        { skillId: 'docker', minProficiency: 3 },
      ],
      niceToHave: [],
    });
    const [full, none] = creditsAndBounds(
      [
        buildCandidate({ skills: skills('pytorch:5:x docker:4:m') }),
        buildCandidate({ id: 'c-2', skills: skills('sql:5:x') }),
      ],
      position,
      () => true,
    );
    expect(full?.bound).toBeCloseTo(full?.exact ?? Number.NaN, 12);
    expect(full?.exact).toBeGreaterThan(0);
    expect(none).toEqual({ exact: 0, bound: 0 });
  });

  it('falls back to the best a held but unrecorded source could add', () => {
    const position = buildPosition({ required: [{ skillId: 'pytorch', minProficiency: 3 }], niceToHave: [] });
    const [holder] = creditsAndBounds(
      [buildCandidate({ skills: skills('pytorch:1:c') })],
      position,
      () => false,
    );
    // Unrecorded, the claimed PyTorch at proficiency 1 is bounded as if held at its best.
    expect(holder?.bound).toBeGreaterThan(holder?.exact ?? Number.POSITIVE_INFINITY);
  });
});
