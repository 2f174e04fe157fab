// The assessed stage: the highest stage whose expectations are met well enough (score at least
// PASS_SCORE, every gate met) with every stage below it met too. Years are one weighted check among
// many (15%), so they can never carry a stage alone. Contradictory dates and an empty skill list
// give no stage at all, with the reason, rather than a guessed one.
import type { CareerAssessment, CareerModel, CareerStageId, StageScore } from '../../contracts/career.js';
import { checkStep, stepScore } from './expectations.js';
import type { CareerFacts, CareerProfile } from './profile-facts.js';
import { careerFacts } from './profile-facts.js';

/** A stage is reached at this weighted share of its expectations (and all its gates). */
export const PASS_SCORE = 0.65;

/** Every stage's score against the facts, in career order. */
export function scoreStages(model: CareerModel, facts: CareerFacts): StageScore[] {
  return model.stages.map((stage) => {
    const checks = checkStep(stage, facts);
    const score = stepScore(checks);
    const gatesMet = checks.every((c) => !c.gate || c.met);
    return { stage: stage.id, score: round3(score), reached: score >= PASS_SCORE && gatesMet, checks };
  });
}

/** Assesses a profile's stage at `now` against a career model. */
export function assessCareer(model: CareerModel, profile: CareerProfile, now: Date): CareerAssessment {
  const facts = careerFacts(profile, now);
  const stages = scoreStages(model, facts);
  const base = {
    contradictions: [...facts.contradictions],
    years: facts.years === null ? null : round1(facts.years),
    stages,
  };
  if (facts.contradictions.length > 0) {
    return {
      ...base,
      status: 'contradictory',
      stage: null,
      confidence: 0,
      reasons: facts.contradictions.map(
        (c) => `Contradictory profile: ${c.message}. Correct it to get an assessment.`,
      ),
    };
  }
  if (facts.skills.size === 0) {
    return {
      ...base,
      status: 'no_skills',
      stage: null,
      confidence: 0,
      reasons: ['No skills on the profile: add your skills to get an assessment.'],
    };
  }
  // Junior is the entry rung: anyone with skills is at least junior, however few expectations they
  // meet. Above it, a stage counts only if every stage between is reached too.
  let at = 0;
  while (stages[at + 1]?.reached === true) at++;
  const current = stages[at];
  const next = stages[at + 1];
  if (current === undefined) throw new Error('The career model has no stages');
  return {
    ...base,
    status: 'assessed',
    stage: current.stage,
    confidence: confidence(current, next, facts),
    reasons: reasonsFor(model, current, next),
  };
}

/**
 * How clear-cut the stage is: half from how far its score clears the pass mark (for an entry-level
 * junior who does not reach it, the score itself), half from how far the next stage's score falls
 * short of it (1 at the top; 0.1 when only a gate holds the next stage back); scaled down when the
 * profile has no evidence items (×0.7) or no years (×0.85).
 */
function confidence(current: StageScore, next: StageScore | undefined, facts: CareerFacts): number {
  const clamp = (n: number) => Math.min(1, Math.max(0, n));
  const above = current.reached ? clamp((current.score - PASS_SCORE) / (1 - PASS_SCORE)) : current.score;
  const below =
    next === undefined ? 1 : next.score >= PASS_SCORE ? 0.1 : (PASS_SCORE - next.score) / PASS_SCORE;
  let c = 0.5 * above + 0.5 * below;
  if (facts.projects + facts.publications + facts.certifications === 0) c *= 0.7;
  if (facts.years === null) c *= 0.85;
  return Math.round(Math.min(1, Math.max(0.05, c)) * 100) / 100;
}

function reasonsFor(model: CareerModel, current: StageScore, next: StageScore | undefined): string[] {
  const title = (id: CareerStageId) => model.stages.find((s) => s.id === id)?.title ?? id;
  const met = current.checks.filter((c) => c.met);
  const reasons = [
    `${title(current.stage)}: ${met.length} of ${current.checks.length} expectations met (${pct(current.score)}).`,
  ];
  const strongest = met.filter((c) => c.kind !== 'years').slice(0, 4);
  if (strongest.length > 0) reasons.push(`Met: ${strongest.map((c) => c.label).join('; ')}.`);
  if (next !== undefined) {
    const missing = next.checks.filter((c) => !c.met);
    const gates = missing.filter((c) => c.gate);
    reasons.push(
      `Not yet ${title(next.stage)} (${pct(next.score)} of its expectations${gates.length > 0 ? `; required: ${gates.map((g) => g.label).join(', ')}` : ''}). Missing: ${missing
        .slice(0, 5)
        .map((c) => `${c.label} (${c.detail})`)
        .join('; ')}.`,
    );
  }
  return reasons;
}

const pct = (score: number) => `${Math.round(score * 100)}%`;
const round1 = (n: number) => Math.round(n * 10) / 10;
const round3 = (n: number) => Math.round(n * 1000) / 1000;
