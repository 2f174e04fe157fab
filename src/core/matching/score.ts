// scorePair: one candidate against one position, with the full explanation.
import type { CompiledPosition } from './compile.js';
import { compilePosition } from './compile.js';
import type { MatchConfig } from './config.js';
import { DEFAULT_MATCH_CONFIG } from './config.js';
import { exclusionMessage, exclusionParticulars } from './exclusions.js';
import { componentContributions, skillExplanation } from './explain.js';
import type { CandidateSkillCodes } from './facts.js';
import { candidateFacts, candidateSkillCodes } from './facts.js';
import { findImprovements } from './improvements.js';
import type { CandidateFacts, ExclusionCode } from './kernel.js';
import { creditCandidateSkills, hardFilter, harmonicFit, noOverlap } from './kernel.js';
import type { MatchResult, ScoredMatch } from './result.js';
import type { MatchCandidate, MatchPosition } from './types.js';

export interface ScoreContext {
  /** The moment recency is measured from; the matcher never reads the clock. */
  now: Date;
  config?: MatchConfig;
  /** Skip the re-scoring of hypothetical profiles (default true: compute them). */
  improvements?: boolean;
}

/**
 * Which hard filter excludes the pair, or null; fills `best` with the per-term credits. A pair is
 * eligible, the word the indexes use, exactly when this returns null: it passes every hard filter
 * and at least one candidate skill earns credit towards a required or nice-to-have skill.
 */
export function pairExclusion(
  cp: CompiledPosition,
  facts: CandidateFacts,
  skills: CandidateSkillCodes,
  best: Float64Array,
): ExclusionCode | null {
  const code = hardFilter(cp, facts);
  if (code !== null) return code;
  creditCandidateSkills(cp, skills.skills, skills.codes, 0, skills.skills.length, best);
  return noOverlap(cp, best) ? 'no_skill_overlap' : null;
}

/** The unrounded 0-100 score of an eligible pair, or null when the pair is excluded. */
export function rawScore(candidate: MatchCandidate, cp: CompiledPosition, nowMs: number): number | null {
  const best = new Float64Array(cp.termCount);
  const facts = candidateFacts(candidate, cp);
  if (pairExclusion(cp, facts, candidateSkillCodes(candidate), best) !== null) return null;
  return 100 * harmonicFit(cp, facts, best, nowMs, null);
}

/** Scores a candidate against a position and explains the score, or names the excluding filter. */
export function scorePair(
  candidate: MatchCandidate,
  position: MatchPosition,
  ctx: ScoreContext,
): MatchResult {
  const config = ctx.config ?? DEFAULT_MATCH_CONFIG;
  const cp = compilePosition(position, config);
  const skills = candidateSkillCodes(candidate);
  const facts = candidateFacts(candidate, cp);
  const best = new Float64Array(cp.termCount);
  const code = pairExclusion(cp, facts, skills, best);
  if (code !== null) {
    const particulars = exclusionParticulars(code, candidate, position, config);
    return {
      positionId: position.id,
      candidateId: candidate.id,
      excluded: { code, message: exclusionMessage(code, particulars), particulars },
    };
  }
  return explainEligible(candidate, cp, facts, skills, best, ctx);
}

/** What explainEligible reads of a candidate besides its facts and skill codes (improvements.ts). */
export type CandidateBasics = Pick<
  MatchCandidate,
  'id' | 'targetRoleFamily' | 'targetLevel' | 'openToWork' | 'projects' | 'measuredProjects' | 'publications'
>;

/**
 * The explained score of an eligible pair (pairExclusion returned null and filled `best`). The
 * candidate index calls it with the facts and skill codes it keeps per slot, which are the ones
 * candidateFacts and candidateSkillCodes give (its tests compare every explanation with
 * scorePair's), so that explaining a ranking's results rebuilds no candidate.
 */
export function explainEligible(
  candidate: CandidateBasics,
  cp: CompiledPosition,
  facts: CandidateFacts,
  skills: CandidateSkillCodes,
  best: Float64Array,
  ctx: ScoreContext,
): ScoredMatch {
  const position = cp.position;
  const nowMs = ctx.now.getTime();
  const values = new Float64Array(10);
  const raw = 100 * harmonicFit(cp, facts, best, nowMs, values);
  const { matchedSkills, relatedCredit, missingRequired } = skillExplanation(cp, skills, best);
  // One literal of fixed shape (no spreads): a ranking explains every result it returns, and the
  // spread copies made this the costliest line of the explanation.
  return {
    positionId: position.id,
    candidateId: candidate.id,
    excluded: null,
    score: Math.round(raw * 10) / 10,
    rawScore: raw,
    candidateFit: values[7] ?? 0,
    employerFit: values[8] ?? 0,
    components: componentContributions(cp, values),
    matchedSkills,
    relatedCredit,
    missingRequired,
    improvements:
      ctx.improvements === false
        ? []
        : findImprovements(candidate, cp, { score: raw, facts, skills, parts: values }, nowMs),
  };
}
