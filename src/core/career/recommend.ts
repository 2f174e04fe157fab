// The whole answer of GET /api/career from plain inputs: assessment, target, readiness, ranked gaps
// with unlock counts, project suggestions and the comparison of the tracks beyond senior.
import type {
  CareerModel,
  CareerResponse,
  CareerTarget,
  ExpectationCheck,
  TrackComparison,
} from '../../contracts/career.js';
import type { MatchCandidate, MatchPosition } from '../matching/index.js';
import { findSkill } from '../skills/index.js';
import { assessCareer } from './assess.js';
import type { CareerStep } from './expectations.js';
import { checkStep, stepScore } from './expectations.js';
import type { RankedGap } from './gaps.js';
import { positionsInSlice, skillGaps } from './gaps.js';
import type { MeasuredPremium } from './pay-effect.js';
import type { CareerFacts, CareerProfile } from './profile-facts.js';
import { careerFacts } from './profile-facts.js';
import { suggestProjects } from './projects.js';
import { defaultTarget, stepOf, summarise } from './targets.js';
import type { UnlockIndex } from './unlock/unlock-index.js';

/** Gaps whose unlock counts are computed (the page lists the best ones). */
export const MAX_UNLOCK_GAPS = 20;
const TRACK_TOP_GAPS = 3;

export interface CareerReportInput {
  model: CareerModel;
  modelVersion: number;
  profile: CareerProfile;
  now: Date;
  /** Asked for; default: the next stage after the assessed one. */
  target?: CareerTarget;
  /** Open verified positions (any level, anywhere): demand is counted on the target's slice of them. */
  openPositions?: readonly MatchPosition[];
  /** The measured premium of a skill, e.g. premiumsFromSalaryIndex(index, slice, scope). */
  measuredPremium?: MeasuredPremium;
  /** The matcher's view of the candidate and the unlock index; without them unlock stays null. */
  unlock?: { index: UnlockIndex; candidate: MatchCandidate };
}

/** Readiness toward a step: the weighted share of its expectations met, in percent (one decimal). */
export function readinessFor(
  step: CareerStep,
  facts: CareerFacts,
): { percent: number; checks: ExpectationCheck[] } {
  const checks = checkStep(step, facts);
  return { percent: Math.round(stepScore(checks) * 1000) / 10, checks };
}

/** Readiness toward a target for a profile at `now`. */
export function readiness(
  model: CareerModel,
  profile: CareerProfile,
  target: CareerTarget,
  now: Date,
): number {
  return readinessFor(stepOf(model, target), careerFacts(profile, now)).percent;
}

/** Everything the Career page shows, in one pure computation. */
export function careerReport(input: CareerReportInput): CareerResponse {
  const { model, profile, now } = input;
  const facts = careerFacts(profile, now);
  const assessment = assessCareer(model, profile, now);
  const ladder = [...model.stages, ...model.tracks].map(summarise);
  const defaultId = defaultTarget(assessment, profile);
  const targetId = input.target ?? defaultId;
  const tracks = compareTracks(input, facts);
  if (targetId === null) {
    return {
      modelVersion: input.modelVersion,
      ladder,
      assessment,
      target: null,
      readiness: null,
      gaps: [],
      projects: [],
      tracks,
      skillNames: skillNamesOf(assessment, null, []),
    };
  }
  const step = stepOf(model, targetId);
  const gaps = rankedGaps(input, step, facts);
  if (input.unlock !== undefined) {
    const head = gaps.slice(0, MAX_UNLOCK_GAPS);
    const counts = input.unlock.index.unlockCounts(
      input.unlock.candidate,
      head.map((g) => ({ skillId: g.skillId, proficiency: g.expectedProficiency })),
      { now },
    );
    head.forEach((gap, i) => {
      const count = counts[i];
      if (count !== undefined)
        gap.unlock = { positions: count.positions, medianBandUsd: count.medianBandUsd };
    });
  }
  const readiness = readinessFor(step, facts);
  const projects = suggestProjects(model, step, gaps);
  return {
    modelVersion: input.modelVersion,
    ladder,
    assessment,
    // Asking for the default target by name still marks it as the default.
    target: { ...summarise(step), isDefault: targetId === defaultId },
    readiness,
    gaps: gaps.map(({ closedBy: _, ...gap }) => gap),
    projects,
    tracks,
    skillNames: skillNamesOf(assessment, readiness, projects),
  };
}

/**
 * Names for the skill ids the report's checks and projects carry (a check of a stage the candidate
 * is past, or one the target does not rank as a gap, names a skill nothing else in the report does).
 */
function skillNamesOf(
  assessment: CareerResponse['assessment'],
  readiness: CareerResponse['readiness'],
  projects: CareerResponse['projects'],
): Record<string, string> {
  const ids = new Set<string>();
  for (const check of [...assessment.stages.flatMap((s) => s.checks), ...(readiness?.checks ?? [])])
    if (check.kind === 'skill') ids.add(check.key);
  for (const project of projects) for (const id of project.skills) ids.add(id);
  const names: Record<string, string> = {};
  for (const id of [...ids].sort()) names[id] = findSkill(id)?.name ?? id;
  return names;
}

function rankedGaps(input: CareerReportInput, step: CareerStep, facts: CareerFacts): RankedGap[] {
  const demand = positionsInSlice(input.openPositions ?? [], {
    level: step.salaryBenchmark.level,
    roleFamily: 'track' in step ? step.roleFamily : null,
    countries: input.profile.goals.desiredCountries,
  });
  return skillGaps(step, facts, demand, input.measuredPremium);
}

/** The four tracks beyond senior side by side: readiness, top gaps, salary benchmark. */
function compareTracks(input: CareerReportInput, facts: CareerFacts): TrackComparison[] {
  const preferred = input.profile.goals.targetTrack;
  return input.model.tracks.map((track) => ({
    track: track.id,
    kind: track.track,
    title: track.title,
    roleFamily: track.roleFamily,
    readiness: readinessFor(track, facts).percent,
    topGaps: rankedGaps(input, track, facts)
      .slice(0, TRACK_TOP_GAPS)
      .map(({ skillId, name, size, value }) => ({ skillId, name, size, value })),
    salaryBenchmark: { ...track.salaryBenchmark },
    preferred: preferred === track.track,
  }));
}
