// Public API of the career core (issue 7): the default model, assessment, readiness, gaps with
// unlock counts, project suggestions, and the whole GET /api/career answer in careerReport.
export { assessCareer, PASS_SCORE, scoreStages } from './assess.js';
export { DEFAULT_CAREER_MODEL } from './default-model.js';
export type { CareerStep } from './expectations.js';
export { CLAIMED_SKILL_FACTOR, checkStep, EXPECTATION_WEIGHTS, stepScore } from './expectations.js';
export type { DemandSlice, RankedGap } from './gaps.js';
export { positionsInSlice, skillGaps } from './gaps.js';
export type { MeasuredPremium } from './pay-effect.js';
export { NEUTRAL_PAY_FACTOR, payEffect, premiumsFromSalaryIndex } from './pay-effect.js';
export type { CareerFacts, CareerProfile, HeldSkill } from './profile-facts.js';
export { careerFacts } from './profile-facts.js';
export { suggestProjects } from './projects.js';
export type { CareerReportInput } from './recommend.js';
export { careerReport, MAX_UNLOCK_GAPS, readiness, readinessFor } from './recommend.js';
export { defaultTarget, preferredTrack, stepOf, summarise } from './targets.js';
export type { HypotheticalSkill, UnlockCount, UnlockOptions } from './unlock/unlock-index.js';
export {
  HYPOTHETICAL_STRENGTH,
  hypotheticalCandidate,
  median,
  UNLOCK_THRESHOLD,
  UnlockIndex,
} from './unlock/unlock-index.js';
