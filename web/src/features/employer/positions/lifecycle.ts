import type { PositionStatus, PositionView, TransitionBody } from '../../../api/positions';

export type OwnerAction = TransitionBody['action'];

// Mirrors the server's state machine (src/core/positions/lifecycle.ts), which stays the judge: the web
// app only uses this to offer the buttons that can work. Closed is terminal.
const FROM: Readonly<Record<OwnerAction, readonly PositionStatus[]>> = {
  submit: ['draft'],
  withdraw: ['pending_review'],
  pause: ['open'],
  resume: ['paused'],
  renew: ['open', 'paused'],
  close: ['draft', 'pending_review', 'open', 'paused'],
};

const ORDER: readonly OwnerAction[] = ['submit', 'withdraw', 'pause', 'resume', 'renew', 'close'];

/** The actions a member can take on a position in its current status, in a stable order. */
export function actionsFor(status: PositionStatus): OwnerAction[] {
  return ORDER.filter((action) => FROM[action].includes(status));
}

/** The pages a position's row links to: the ranking and the public page while it is open, its
 * pipeline once it has been published (a closed position's hiring history stays reachable). */
export function linksFor(position: Pick<PositionView, 'status' | 'publishedAt'>): {
  candidates: boolean;
  pipeline: boolean;
  publicPage: boolean;
} {
  const open = position.status === 'open';
  return { candidates: open, pipeline: open || position.publishedAt !== null, publicPage: open };
}

/** Whether "open until" still means something: not for a closed position. */
export function showsEndDate(status: PositionStatus): boolean {
  return status !== 'closed';
}

/** Submitting asks for funding someone has vouched for; the button says so instead of failing. */
export function needsFunding(position: Pick<PositionView, 'funding'>): boolean {
  return position.funding.status !== 'attested' && position.funding.status !== 'verified';
}

/** Today plus `days`, as the YYYY-MM-DD a date input takes (UTC, like the server's end dates). */
export function dayFromNow(days: number, now = new Date()): string {
  return new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

export const STATUS_TONES = {
  draft: 'neutral',
  pending_review: 'warning',
  open: 'success',
  paused: 'info',
  closed: 'neutral',
} as const;

export const FUNDING_TONES = {
  none: 'neutral',
  attested: 'warning',
  verified: 'success',
  rejected: 'warning',
} as const;
