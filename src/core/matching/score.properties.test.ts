import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MATCH_CONFIG } from './config.js';
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

  it('gains what re-scoring the changed profile gains, for every skill change it suggests', () => {
    fc.assert(
      fc.property(pair, ({ candidate, position }) => {
        const result = scorePair(candidate, position, { now: TEST_NOW });
        if (result.excluded !== null) return;
        for (const improvement of result.improvements) {
          const skillId = improvement.skillId;
          // Particulars of the changes without a skill: which goal (and where to), which evidence.
          if (improvement.kind === 'set_goal') expect(improvement.goal).toBeDefined();
          if (improvement.goal === 'relocate') expect(improvement.country).toBe(position.countries[0]);
          if (improvement.kind === 'add_evidence' && skillId === undefined)
            expect(['project', 'publication']).toContain(improvement.evidence);
          if (skillId === undefined) continue;
          const required = position.required.filter((r) => r.skillId === skillId);
          const minimum =
            required.length > 0
              ? Math.min(5, Math.max(1, Math.round(Math.max(...required.map((r) => r.minProficiency)))))
              : DEFAULT_MATCH_CONFIG.niceToHaveProficiency;
          // The particulars other languages word the change from match the change tested here.
          if (improvement.kind === 'add_skill') {
            expect(improvement.required).toBe(required.length > 0);
            expect(improvement.minimum).toBe(required.length > 0 ? minimum : undefined);
          }
          if (improvement.kind === 'raise_proficiency') {
            expect(improvement.minimum).toBe(minimum);
            const held = Math.max(
              ...candidate.skills.filter((s) => s.skillId === skillId).map((s) => s.proficiency),
            );
            expect(improvement.current).toBe(held);
          }
          const skills =
            improvement.kind === 'add_skill'
              ? [...candidate.skills, { skillId, proficiency: minimum, strength: 'used_in_project' as const }]
              : candidate.skills.map((s) =>
                  s.skillId !== skillId
                    ? s
                    : improvement.kind === 'raise_proficiency'
                      ? { ...s, proficiency: Math.max(s.proficiency, minimum) }
                      : { ...s, strength: 'measured_project' as const },
                );
          const after = scorePair({ ...candidate, skills }, position, { now: TEST_NOW, improvements: false });
          if (after.excluded !== null) throw new Error('a suggested change excluded the pair');
          expect(Math.round((after.rawScore - result.rawScore) * 10) / 10).toBe(improvement.gain);
        }
        // And nothing better was left out: adding a missing required skill gains at most the best.
        const missing = result.missingRequired[0];
        const wanted = position.required.find((r) => r.skillId === missing);
        if (missing === undefined || wanted === undefined) return;
        const added = scorePair(
          {
            ...candidate,
            skills: [
              ...candidate.skills,
              {
                skillId: missing,
                proficiency: Math.min(5, Math.max(1, Math.round(wanted.minProficiency))),
                strength: 'used_in_project',
              },
            ],
          },
          position,
          { now: TEST_NOW, improvements: false },
        );
        if (added.excluded !== null) return;
        const gain = Math.round((added.rawScore - result.rawScore) * 10) / 10;
        if (gain >= 0.1) expect(result.improvements[0]?.gain ?? 0).toBeGreaterThanOrEqual(gain);
      }),
      { numRuns: 300 },
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
