// Targets: stages and tracks by id, the ladder the page draws, and the default target (the stage
// after the assessed one; after staff, the track the goals name, else staff or principal IC).
import type {
  CareerAssessment,
  CareerModel,
  CareerStepSummary,
  CareerTarget,
  CareerTrackId,
} from '../../contracts/career.js';
import { careerStageIdSchema } from '../../contracts/career.js';
import type { CareerStep } from './expectations.js';
import type { CareerProfile } from './profile-facts.js';

const TRACK_FOR_GOAL: Record<NonNullable<CareerProfile['goals']['targetTrack']>, CareerTrackId> = {
  ic: 'staff_ic',
  architect: 'ml_architect',
  research: 'research_scientist',
  management: 'engineering_manager',
};

/** The stage or track with this id. */
export function stepOf(model: CareerModel, target: CareerTarget): CareerStep {
  const step = [...model.stages, ...model.tracks].find((s) => s.id === target);
  if (step === undefined) throw new RangeError(`Unknown career target ${target}`);
  return step;
}

/** The track named by the candidate's goals, else staff or principal IC. */
export function preferredTrack(profile: CareerProfile): CareerTrackId {
  return profile.goals.targetTrack === null ? 'staff_ic' : TRACK_FOR_GOAL[profile.goals.targetTrack];
}

/** The default target, or null when the assessment gives no stage to go on from (contradictory data). */
export function defaultTarget(assessment: CareerAssessment, profile: CareerProfile): CareerTarget | null {
  if (assessment.status === 'no_skills') return 'junior';
  if (assessment.stage === null) return null;
  const stages = careerStageIdSchema.options;
  const next = stages[stages.indexOf(assessment.stage) + 1];
  return next ?? preferredTrack(profile);
}

/** A stage or track as the page shows it. */
export function summarise(step: CareerStep): CareerStepSummary {
  return {
    id: step.id,
    kind: 'track' in step ? 'track' : 'stage',
    title: step.title,
    years: { ...step.years },
    typicalTitles: [...step.typicalTitles],
    responsibilities: [...step.responsibilities],
    standOut: [...step.standOut],
    salaryBenchmark: { ...step.salaryBenchmark },
  };
}
