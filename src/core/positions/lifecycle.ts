// The position lifecycle as one state machine, so the service, the admin queue, the expiry sweep and the
// UI's buttons all agree on what may happen next. Closed is terminal: a filled role is posted afresh.
//
//   draft ──submit──▶ pending_review ──approve──▶ open ◀──resume── paused
//     ▲                 │      │                   │ └───pause────▶  │
//     └──withdraw/reject┘      │                   │                 │
//   any but closed ──close(filled|cancelled)──▶ closed ◀──expire── open|paused
import type { z } from 'zod';
import type { CloseReason, fundingStatusSchema, PositionStatus } from '../../contracts/positions.js';
import { AppError, type FieldProblem, fieldError } from '../errors.js';
import { isExpired } from './days.js';
import { defaultValidThrough, validThroughProblem } from './valid-through.js';

export type FundingStatus = z.infer<typeof fundingStatusSchema>;
export type PositionAction =
  | 'submit'
  | 'withdraw'
  | 'approve'
  | 'reject'
  | 'pause'
  | 'resume'
  | 'close'
  | 'expire'
  | 'renew';
export type Actor = 'owner' | 'admin' | 'system';

/** What the lifecycle needs to know about a position. */
export interface LifecycleState {
  status: PositionStatus;
  validThrough: string;
  fundingStatus: FundingStatus;
  organisationVerified: boolean;
}

export interface TransitionArgs {
  /** close: filled or cancelled (expired is the system's, through expire). */
  reason?: CloseReason;
  /** renew: the new end date; defaults to DEFAULT_VALID_DAYS from now. */
  validThrough?: string;
  now: Date;
}

export interface TransitionResult {
  status: PositionStatus;
  /** Set only when the result is closed. */
  closeReason: CloseReason | null;
  validThrough: string;
  /** True when the position goes live for the first time, so the caller stamps publishedAt. */
  publishedAtChanges: boolean;
}

// Who may take each action. applyTransition does not check the actor (the routes decide who is
// calling); allowedActions uses this to offer each actor only their own buttons. An admin may close a
// posting too, to take down an abusive one.
export const ACTIONS_BY_ACTOR: Readonly<Record<Actor, readonly PositionAction[]>> = {
  owner: ['submit', 'withdraw', 'pause', 'resume', 'close', 'renew'],
  admin: ['approve', 'reject', 'close'],
  system: ['expire'],
};

const FROM: Readonly<Record<PositionAction, readonly PositionStatus[]>> = {
  submit: ['draft'],
  withdraw: ['pending_review'],
  approve: ['pending_review'],
  reject: ['pending_review'],
  pause: ['open'],
  resume: ['paused'],
  close: ['draft', 'pending_review', 'open', 'paused'],
  expire: ['open', 'paused'],
  renew: ['open', 'paused'],
};

const STATUS_WORDS: Record<PositionStatus, string> = {
  draft: 'a draft',
  pending_review: 'pending review',
  open: 'open',
  paused: 'paused',
  closed: 'closed',
};

function illegal(message: string, path: string, code: string): AppError {
  return new AppError('illegal_transition', message, { errors: [{ path, message, code }] });
}

function endedProblem(state: LifecycleState, now: Date, what: string): AppError | null {
  if (!isExpired(state.validThrough, now)) return null;
  return illegal(
    `The end date ${state.validThrough} has passed; set a later one before you ${what}`,
    'validThrough',
    'expired',
  );
}

// Approval needs both the money and the employer checked; both problems are listed at once so the
// admin sees everything missing, and the organisation code wins because it is the harder one to fix.
function approvalProblem(state: LifecycleState, now: Date): AppError | null {
  const problems: FieldProblem[] = [];
  if (!state.organisationVerified)
    problems.push({
      path: 'organisation',
      message: 'The organisation is not verified yet',
      code: 'organisation_not_verified',
    });
  if (state.fundingStatus !== 'verified')
    problems.push({
      path: 'funding',
      message: 'The funding is not verified yet',
      code: 'funding_not_verified',
    });
  const first = problems[0];
  if (!first) return endedProblem(state, now, 'approve');
  const code = state.organisationVerified ? 'illegal_transition' : 'organisation_not_verified';
  return new AppError(code, first.message, { errors: problems });
}

function precondition(state: LifecycleState, action: PositionAction, args: TransitionArgs): AppError | null {
  switch (action) {
    case 'submit':
      // Reviewers only see postings someone has vouched are funded.
      if (state.fundingStatus !== 'attested' && state.fundingStatus !== 'verified')
        return illegal('Attest the funding before submitting for review', 'funding', 'funding_required');
      return endedProblem(state, args.now, 'submit');
    case 'approve':
      return approvalProblem(state, args.now);
    case 'resume':
      return endedProblem(state, args.now, 'resume');
    case 'close':
      if (args.reason !== 'filled' && args.reason !== 'cancelled')
        return fieldError('reason', 'Say whether the position was filled or cancelled');
      return null;
    case 'expire':
      // Guards the sweep: a clock or query bug must not close live postings.
      if (!isExpired(state.validThrough, args.now))
        return illegal(`The position runs until ${state.validThrough}`, 'validThrough', 'not_expired');
      return null;
    case 'renew': {
      const problem = validThroughProblem(
        args.validThrough ?? defaultValidThrough(args.now),
        args.now,
        'validThrough',
        false,
      );
      return problem ? new AppError('validation_failed', problem.message, { errors: [problem] }) : null;
    }
    default:
      return null;
  }
}

function nextStatus(state: LifecycleState, action: PositionAction): PositionStatus {
  switch (action) {
    case 'submit':
      return 'pending_review';
    case 'withdraw':
    case 'reject':
      return 'draft';
    case 'approve':
    case 'resume':
      return 'open';
    case 'pause':
      return 'paused';
    case 'close':
    case 'expire':
      return 'closed';
    case 'renew':
      return state.status;
  }
}

/** Applies `action` to a position, or throws illegal_transition (or the precondition's own error). */
export function applyTransition(
  state: LifecycleState,
  action: PositionAction,
  args: TransitionArgs,
): TransitionResult {
  if (!FROM[action].includes(state.status)) {
    const message = `Cannot ${action} a position that is ${STATUS_WORDS[state.status]}`;
    throw illegal(message, 'action', 'illegal_transition');
  }
  const problem = precondition(state, action, args);
  if (problem) throw problem;
  const status = nextStatus(state, action);
  let closeReason: CloseReason | null = null;
  if (action === 'expire') closeReason = 'expired';
  else if (action === 'close') closeReason = args.reason ?? null;
  return {
    status,
    closeReason,
    validThrough:
      action === 'renew' ? (args.validThrough ?? defaultValidThrough(args.now)) : state.validThrough,
    // Only approval publishes: resuming or renewing keeps the original date, as Google's datePosted asks.
    publishedAtChanges: action === 'approve',
  };
}

/** The actions `actor` could take now, in ACTIONS_BY_ACTOR order, for the UI's buttons. */
export function allowedActions(state: LifecycleState, now: Date, actor: Actor = 'owner'): PositionAction[] {
  return ACTIONS_BY_ACTOR[actor].filter((action) => {
    if (!FROM[action].includes(state.status)) return false;
    // close is offered whenever the status allows; the reason is asked for when the button is pressed.
    return precondition(state, action, { now, reason: 'cancelled' }) === null;
  });
}

/** The closing note of a position closed because its hires reached its headcount. */
export function filledNote(headcount: number): string {
  return headcount === 1 ? 'Filled by a hire' : `All ${headcount} openings filled`;
}
