// The pipeline's vocabulary lives in src/contracts/pipeline.ts (one list for server and web); these
// are the rules about it.
import type { Stage } from '../../contracts/pipeline.js';

export type { ClosedReason, OpenStage, Side, Stage } from '../../contracts/pipeline.js';

/** True for hired and closed: nothing moves an application out of them. */
export function isTerminal(stage: Stage): boolean {
  return stage === 'hired' || stage === 'closed';
}

/** True while the organisation owes the candidate the next step (an offer waits on the candidate). */
export function awaitsOrganisation(stage: Stage): boolean {
  return stage === 'sourced' || stage === 'applied' || stage === 'screening' || stage === 'interviewing';
}
