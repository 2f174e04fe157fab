// One demo application's life, simulated step by step from when it began until now: how quickly the
// organisation answers, how far it gets, and how it ends. Pure and deterministic given the Rng.
import type { Rng } from '../demo/random.js';
import type { RejectionReason, WithdrawalReason } from './rejection-reasons.js';
import type { ClosedReason, OpenStage, Side, Stage } from './stages.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export interface DemoEvent {
  from: Stage | null;
  to: Stage;
  side: Side;
  reason: string | null;
  at: Date;
}

export interface DemoOffer {
  /** Where in the position's band the base sits, 0 (minimum) to 1 (maximum). */
  bandShare: number;
  createdAt: Date;
  status: 'extended' | 'accepted' | 'declined';
  decidedAt: Date | null;
  /** The candidate agreed to add it to the salary benchmarks. */
  shared: boolean;
}

export interface DemoFlow {
  events: DemoEvent[];
  stage: Stage;
  closedReason: ClosedReason | null;
  closedFromStage: OpenStage | null;
  rejectionReason: RejectionReason | null;
  firstResponseAt: Date | null;
  closedAt: Date | null;
  updatedAt: Date;
  offer: DemoOffer | null;
}

// Rejection reasons by how often recruiters give them in the demo.
const REJECTIONS: ReadonlyArray<readonly [RejectionReason, number]> = [
  ['skills_gap', 30],
  ['experience_level', 22],
  ['stronger_candidates', 20],
  ['salary_expectations', 10],
  ['location_or_visa', 8],
  ['not_a_fit_now', 6],
  ['other', 4],
];
const WITHDRAWALS: readonly WithdrawalReason[] = [
  'accepted_other_offer',
  'no_longer_looking',
  'process_too_slow',
];

function weighted<T>(rng: Rng, entries: ReadonlyArray<readonly [T, number]>): T {
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let roll = rng.float() * total;
  for (const [item, weight] of entries) {
    roll -= weight;
    if (roll < 0) return item;
  }
  return entries[entries.length - 1]?.[0] as T;
}

/**
 * Simulates an application that began at `start` in `origin`'s first stage. Steps whose time would
 * fall after `now` do not happen: the application is left where it is, some of them waiting.
 */
export function simulateFlow(rng: Rng, start: Date, origin: 'applied' | 'introduction', now: Date): DemoFlow {
  const first: Stage = origin === 'applied' ? 'applied' : 'sourced';
  const flow: DemoFlow = {
    events: [{ from: null, to: first, side: 'candidate', reason: null, at: start }],
    stage: first,
    closedReason: null,
    closedFromStage: null,
    rejectionReason: null,
    firstResponseAt: null,
    closedAt: null,
    updatedAt: start,
    offer: null,
  };
  let at = start.getTime();
  const step = (delayMs: number, to: Stage, side: Side, reason: string | null = null): boolean => {
    if (at + delayMs > now.getTime()) return false;
    at += delayMs;
    const when = new Date(at);
    flow.events.push({ from: flow.stage, to, side, reason, at: when });
    if (to === 'closed') {
      flow.closedFromStage = flow.stage as OpenStage;
      flow.closedAt = when;
    }
    if (side === 'organisation' && flow.firstResponseAt === null) flow.firstResponseAt = when;
    flow.stage = to;
    flow.updatedAt = when;
    return true;
  };
  const reject = (delayMs: number) => {
    const reason = weighted(rng, REJECTIONS);
    if (step(delayMs, 'closed', 'organisation', reason)) {
      flow.closedReason = 'rejected';
      flow.rejectionReason = reason;
    }
  };
  const withdraw = (delayMs: number) => {
    if (step(delayMs, 'closed', 'candidate', rng.pick(WITHDRAWALS))) flow.closedReason = 'withdrawn';
  };

  // A few organisations never answer some applications: those stay waiting (and show on the board).
  if (origin === 'applied' && rng.chance(0.12)) return flow;
  const answer = (rng.chance(0.6) ? rng.between(4, 48) : rng.between(48, 240)) * HOUR;
  if (rng.chance(origin === 'applied' ? 0.3 : 0.15)) {
    reject(answer);
    return flow;
  }
  if (!step(answer, 'screening', 'organisation')) return flow;
  if (rng.chance(0.06)) {
    withdraw(rng.between(1, 6) * DAY);
    return flow;
  }
  if (rng.chance(0.4)) {
    reject(rng.between(2, 8) * DAY);
    return flow;
  }
  if (!step(rng.between(2, 8) * DAY, 'interviewing', 'organisation')) return flow;
  if (rng.chance(0.08)) {
    withdraw(rng.between(2, 10) * DAY);
    return flow;
  }
  if (rng.chance(0.55)) {
    reject(rng.between(4, 14) * DAY);
    return flow;
  }
  if (!step(rng.between(4, 14) * DAY, 'offer', 'organisation')) return flow;
  const offerAt = new Date(at);
  flow.offer = {
    bandShare: rng.between(0.2, 0.9),
    createdAt: offerAt,
    status: 'extended',
    decidedAt: null,
    shared: false,
  };
  const decideIn = rng.between(1, 6) * DAY;
  if (at + decideIn > now.getTime()) return flow;
  const decidedAt = new Date(at + decideIn);
  if (rng.chance(0.78)) {
    step(decideIn, 'hired', 'candidate');
    flow.offer = { ...flow.offer, status: 'accepted', decidedAt, shared: rng.chance(0.6) };
  } else {
    flow.offer = { ...flow.offer, status: 'declined', decidedAt };
    withdraw(decideIn);
  }
  return flow;
}
