// The explanation of a scored pair: each component's share of the score, the wanted skills the
// candidate holds, credit earned through related skills, and the required skills not listed.
import { skillIdOf } from './codes.js';
import type { CompiledPosition } from './compile.js';
import type { CandidateSkillCodes } from './facts.js';
import type { ComponentKey, MatchComponent, MatchedSkill, RelatedSkillCredit } from './result.js';
import type { EvidenceStrength } from './vocabulary.js';

const STRENGTHS: readonly EvidenceStrength[] = [
  'claimed',
  'used_in_project',
  'measured_project',
  'certified_or_published',
];

const COMPONENTS: ReadonlyArray<{ key: ComponentKey; side: 'employer' | 'candidate' }> = [
  { key: 'required_skills', side: 'employer' },
  { key: 'nice_to_have', side: 'employer' },
  { key: 'level', side: 'employer' },
  { key: 'evidence', side: 'employer' },
  { key: 'recency', side: 'employer' },
  { key: 'goals', side: 'candidate' },
  { key: 'salary', side: 'candidate' },
];

/**
 * Each component's contribution in score points. The harmonic mean H = 2ce/(c+e) equals
 * α·c + β·e with α = e/(c+e) and β = c/(c+e), so candidate-side shares are scaled by α and
 * employer-side shares by β; the contributions then sum to 100·H.
 */
export function componentContributions(cp: CompiledPosition, values: Float64Array): MatchComponent[] {
  const candidate = values[7] ?? 0;
  const employer = values[8] ?? 0;
  const sum = candidate + employer;
  const alpha = sum > 0 ? employer / sum : 0;
  const beta = sum > 0 ? candidate / sum : 0;
  const w = cp.weights;
  const weights = [w.requiredSkills, w.niceToHave, w.level, w.evidence, w.recency, w.goals, w.salary];
  return COMPONENTS.map(({ key, side }, slot) => {
    const weight = weights[slot] ?? 0;
    const value = values[slot] ?? 0;
    return {
      key,
      side,
      weight,
      value,
      contribution: 100 * (side === 'candidate' ? alpha : beta) * weight * value,
    };
  });
}

/** Skill-level explanation: matched skills, related credit and missing required skills. */
export function skillExplanation(
  cp: CompiledPosition,
  skills: CandidateSkillCodes,
  best: Float64Array,
): { matchedSkills: MatchedSkill[]; relatedCredit: RelatedSkillCredit[]; missingRequired: string[] } {
  const codeOf = new Map<number, number>();
  skills.skills.forEach((skill, i) => {
    codeOf.set(skill, skills.codes[i] ?? 0);
  });
  const matchedSkills: MatchedSkill[] = [];
  const relatedCredit: RelatedSkillCredit[] = [];
  const missingRequired: string[] = [];
  for (let term = 0; term < cp.termCount; term++) {
    const required = term < cp.requiredCount;
    const sources = cp.termSources[term] ?? [];
    const own = sources[0];
    const ownCode = own === undefined ? undefined : codeOf.get(own.code);
    const skillId = cp.termSkillId[term] ?? '';
    let ownCredit = 0;
    if (ownCode === undefined) {
      if (required) missingRequired.push(skillId);
    } else {
      ownCredit = cp.credit[(cp.termBase[term] ?? 0) + ownCode] ?? 0;
      matchedSkills.push({
        skillId,
        required,
        proficiency: ownCode >> 2,
        minProficiency: required ? (cp.termMinimum[term] ?? null) : null,
        strength: STRENGTHS[ownCode & 3] ?? 'claimed',
        credit: ownCredit,
      });
    }
    const termBest = best[term] ?? 0;
    if (termBest <= ownCredit) continue;
    // The best credit came through another skill: name the first source that earns it.
    for (const source of sources) {
      const code = codeOf.get(source.code);
      if (source.relation === 'same' || code === undefined) continue;
      const credit = source.weight * (cp.credit[(cp.termBase[term] ?? 0) + code] ?? 0);
      if (credit === termBest) {
        relatedCredit.push({
          skillId,
          required,
          via: skillIdOf(source.code),
          relation: source.relation,
          weight: source.weight,
          credit,
        });
        break;
      }
    }
  }
  return { matchedSkills, relatedCredit, missingRequired };
}
