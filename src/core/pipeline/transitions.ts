// The stage state machine: which side may make which move from which stage. Pure: the service loads
// the application, asks here, and writes what comes back with an event row.
import { AppError } from '../errors.js';
import type { RejectionReason, WithdrawalReason } from './rejection-reasons.js';
import { type ClosedReason, isTerminal, type OpenStage, type Side, type Stage } from './stages.js';

export type Move =
  | { kind: 'advance'; to: Stage }
  | { kind: 'hire' }
  | { kind: 'reject'; reason: RejectionReason; note?: string | undefined }
  | { kind: 'withdraw'; reason?: WithdrawalReason | undefined; note?: string | undefined }
  | { kind: 'close_position' };

export interface MoveResult {
  stage: Stage;
  closedReason: ClosedReason | null;
  /** The stage it closed from, kept for conversion figures. */
  closedFromStage: OpenStage | null;
}

// Forward steps a member may take, with one way back: after a declined offer the talks can go on.
// Hiring is not here: it happens only when the candidate accepts an offer, so every hire has one.
const ADVANCES: Readonly<Record<OpenStage, readonly Stage[]>> = {
  sourced: ['screening', 'interviewing'],
  applied: ['screening', 'interviewing'],
  screening: ['interviewing', 'offer'],
  interviewing: ['offer'],
  offer: ['interviewing'],
};

const SIDE_OF: Record<Move['kind'], Side> = {
  advance: 'organisation',
  reject: 'organisation',
  hire: 'candidate',
  withdraw: 'candidate',
  close_position: 'system',
};

const CLOSES: Partial<Record<Move['kind'], ClosedReason>> = {
  reject: 'rejected',
  withdraw: 'withdrawn',
  close_position: 'position_closed',
};

/** Where a move would lead, for naming it in a refusal. */
export function targetOf(move: Move): Stage {
  if (move.kind === 'advance') return move.to;
  return move.kind === 'hire' ? 'hired' : 'closed';
}

function illegal(from: Stage, move: Move, why: string): AppError {
  return new AppError(
    'illegal_transition',
    `Cannot move an application from ${from} to ${targetOf(move)}: ${why}.`,
  );
}

/** The side that may make a move: members advance and reject, the candidate withdraws and accepts. */
export function sideFor(move: Move): Side {
  return SIDE_OF[move.kind];
}

/**
 * Applies a move made by `side` to an application in `from`, or throws `illegal_transition` naming
 * both stages. Closing is possible from every open stage, so no application is ever stuck.
 */
export function applyMove(from: Stage, move: Move, side: Side): MoveResult {
  if (isTerminal(from)) throw illegal(from, move, `${from} is final`);
  const open = from as OpenStage;
  if (SIDE_OF[move.kind] !== side)
    throw illegal(from, move, `only the ${SIDE_OF[move.kind]} may make this move`);
  const closedReason = CLOSES[move.kind];
  if (closedReason) return { stage: 'closed', closedReason, closedFromStage: open };
  if (move.kind === 'hire') {
    if (open !== 'offer') throw illegal(from, move, 'a hire follows an accepted offer');
    return { stage: 'hired', closedReason: null, closedFromStage: null };
  }
  if (move.kind === 'advance' && ADVANCES[open].includes(move.to)) {
    return { stage: move.to, closedReason: null, closedFromStage: null };
  }
  throw illegal(from, move, 'that step is not part of the pipeline');
}

/** The stages a member can move an application to next, for the pipeline board's menus. */
export function nextStagesFor(from: Stage): readonly Stage[] {
  return isTerminal(from) ? [] : ADVANCES[from as OpenStage];
}
