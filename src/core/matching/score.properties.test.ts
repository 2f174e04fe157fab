import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidateArb, positionArb, skillArb } from './matching.arbitraries.js';
import { TEST_NOW } from './matching.fixtures.js';
import { scorePair } from './score.js';
import type { MatchCandidate, MatchPosition } from './types.js';

const score = (candidate: MatchCandidate, position: MatchPosition) =>
  scorePair(candidate, position, { now: TEST_NOW, improvements: false });

const pair = fc.record({
  candidate: candidateArb.map((c) => ({ ...c, id: 'c' })),
  position: positionArb.map((p) => ({ ...p, id: 'p' })),
});

describe('scorePair properties', () => {
  it('never lowers a score when a required skill is added', () => {
    fc.assert(
      fc.property(
        pair,
        fc.nat(),
        fc.integer({ min: 1, max: 5 }),
        skillArb,
        ({ candidate, position }, pick, p, s) => {
          fc.pre(position.required.length > 0);
          const wanted = position.required[pick % position.required.length];
          if (wanted === undefined) return;
          const before = score(candidate, position);
          const after = score(
            {
              ...candidate,
              skills: [...candidate.skills, { ...s, skillId: wanted.skillId, proficiency: p }],
            },
            position,
          );
          if (before.excluded !== null) {
            // Only the overlap filter can lift; every other filter ignores skills.
            if (before.excluded.code !== 'no_skill_overlap')
              expect(after.excluded?.code).toBe(before.excluded.code);
            return;
          }
          expect(after.excluded).toBeNull();
          if (after.excluded === null) expect(after.rawScore).toBeGreaterThanOrEqual(before.rawScore);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('never lowers a score when a proficiency is raised', () => {
    fc.assert(
      fc.property(pair, fc.nat(), fc.integer({ min: 1, max: 4 }), ({ candidate, position }, pick, step) => {
        fc.pre(candidate.skills.length > 0);
        const at = pick % candidate.skills.length;
        const raised = candidate.skills.map((s, i) =>
          i === at ? { ...s, proficiency: Math.min(5, s.proficiency + step) } : s,
        );
        const before = score(candidate, position);
        const after = score({ ...candidate, skills: raised }, position);
        expect(after.excluded?.code ?? null).toBe(before.excluded?.code ?? null);
        if (before.excluded === null && after.excluded === null) {
          expect(after.rawScore).toBeGreaterThanOrEqual(before.rawScore);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('makes the components sum to the score, within a nanopoint', () => {
    fc.assert(
      fc.property(pair, ({ candidate, position }) => {
        const result = scorePair(candidate, position, { now: TEST_NOW });
        if (result.excluded !== null) return;
        const sum = result.components.reduce((total, c) => total + c.contribution, 0);
        expect(Math.abs(sum - result.rawScore)).toBeLessThan(1e-9);
        expect(result.rawScore).toBeGreaterThanOrEqual(0);
        expect(result.rawScore).toBeLessThanOrEqual(100);
        for (const c of result.components) expect(c.value).toBeGreaterThanOrEqual(0);
        for (const c of result.components) expect(c.value).toBeLessThanOrEqual(1);
      }),
      { numRuns: 400 },
    );
  });

  it('always excludes hidden candidates and candidates blocking the organisation', () => {
    fc.assert(
      fc.property(pair, fc.boolean(), ({ candidate, position }, hide) => {
        const domain = position.organisationDomains[0] ?? 'x.example';
        const edited: MatchCandidate = hide
          ? { ...candidate, visibility: 'hidden' }
          : { ...candidate, blockedDomains: [...candidate.blockedDomains, domain.toUpperCase()] };
        const result = score(edited, position);
        expect(result.excluded).not.toBeNull();
        if (hide) expect(result.excluded?.code).toBe('candidate_hidden');
      }),
      { numRuns: 200 },
    );
  });

  it('never suggests an improvement that does not raise the score', () => {
    fc.assert(
      fc.property(pair, ({ candidate, position }) => {
        const result = scorePair(candidate, position, { now: TEST_NOW });
        if (result.excluded !== null) return;
        expect(result.improvements.length).toBeLessThanOrEqual(3);
        for (const improvement of result.improvements) expect(improvement.gain).toBeGreaterThanOrEqual(0.1);
      }),
      { numRuns: 200 },
    );
  });
});
