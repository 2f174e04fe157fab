import { describe, expect, it } from 'vitest';
import type { PositionStatus } from '../../contracts/positions.js';
import { transitionBody } from '../../contracts/positions.js';
import { AppError } from '../errors.js';
import {
  ACTIONS_BY_ACTOR,
  allowedActions,
  applyTransition,
  type LifecycleState,
  type PositionAction,
  type TransitionArgs,
} from './lifecycle.js';

const now = new Date('2026-11-15T09:30:00Z');
const state = (overrides: Partial<LifecycleState> = {}): LifecycleState => ({
  status: 'draft',
  validThrough: '2026-12-31',
  fundingStatus: 'verified',
  organisationVerified: true,
  ...overrides,
});

function refusal(s: LifecycleState, action: PositionAction, args: Partial<TransitionArgs> = {}): AppError {
  try {
    applyTransition(s, action, { now, ...args });
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error(`${action} from ${s.status} was allowed`);
}

describe('applyTransition: the happy paths', () => {
  it.each([
    ['draft', 'submit', 'pending_review'],
    ['pending_review', 'withdraw', 'draft'],
    ['pending_review', 'approve', 'open'],
    ['pending_review', 'reject', 'draft'],
    ['open', 'pause', 'paused'],
    ['paused', 'resume', 'open'],
  ] as const)('%s --%s--> %s', (from, action, to) => {
    expect(applyTransition(state({ status: from }), action, { now })).toEqual({
      status: to,
      closeReason: null,
      validThrough: '2026-12-31',
      publishedAtChanges: action === 'approve',
    });
  });

  it.each(['draft', 'pending_review', 'open', 'paused'] as const)(
    'closes from %s as filled or cancelled',
    (from) => {
      for (const reason of ['filled', 'cancelled'] as const)
        expect(applyTransition(state({ status: from }), 'close', { now, reason })).toMatchObject({
          status: 'closed',
          closeReason: reason,
          publishedAtChanges: false,
        });
    },
  );

  it.each(['open', 'paused'] as const)('expires an %s position once its last day has ended', (from) => {
    const result = applyTransition(state({ status: from, validThrough: '2026-11-14' }), 'expire', { now });
    expect(result).toEqual({
      status: 'closed',
      closeReason: 'expired',
      validThrough: '2026-11-14',
      publishedAtChanges: false,
    });
  });

  it.each(['open', 'paused'] as const)('renews an %s position and keeps its status', (from) => {
    const result = applyTransition(state({ status: from }), 'renew', { now, validThrough: '2027-03-01' });
    expect(result).toEqual({
      status: from,
      closeReason: null,
      validThrough: '2027-03-01',
      publishedAtChanges: false,
    });
  });

  it('renews to 60 days from today when no date is given, even after the end date passed', () => {
    const result = applyTransition(state({ status: 'open', validThrough: '2026-11-01' }), 'renew', { now });
    expect(result.validThrough).toBe('2027-01-14');
  });

  it('submits with funding attested only', () => {
    expect(applyTransition(state({ fundingStatus: 'attested' }), 'submit', { now }).status).toBe(
      'pending_review',
    );
  });
});

describe('applyTransition: illegal moves', () => {
  const statuses: PositionStatus[] = ['draft', 'pending_review', 'open', 'paused', 'closed'];
  const allowedFrom: Record<PositionAction, PositionStatus[]> = {
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
  const illegal = Object.entries(allowedFrom).flatMap(([action, from]) =>
    statuses.filter((s) => !from.includes(s)).map((s) => [s, action as PositionAction] as const),
  );

  it.each(illegal)('refuses %s --%s--> with illegal_transition on the action', (status, action) => {
    const error = refusal(state({ status, validThrough: '2026-11-01' }), action, { reason: 'filled' });
    expect(error.code).toBe('illegal_transition');
    expect(error.message).toMatch(new RegExp(`^Cannot ${action} a position that is `));
    expect(error.extra.errors).toEqual([
      { path: 'action', message: error.message, code: 'illegal_transition' },
    ]);
  });

  it('names the status in words', () => {
    expect(refusal(state({ status: 'pending_review' }), 'pause').message).toBe(
      'Cannot pause a position that is pending review',
    );
    expect(refusal(state({ status: 'closed' }), 'resume').message).toBe(
      'Cannot resume a position that is closed',
    );
  });
});

describe('applyTransition: preconditions', () => {
  it.each(['none', 'rejected'] as const)('refuses to submit with funding %s', (fundingStatus) => {
    const error = refusal(state({ fundingStatus }), 'submit');
    expect(error.code).toBe('illegal_transition');
    expect(error.extra.errors?.[0]).toMatchObject({ path: 'funding', code: 'funding_required' });
  });

  it('refuses to submit a draft whose end date has passed', () => {
    const error = refusal(state({ validThrough: '2026-11-14' }), 'submit');
    expect(error.extra.errors?.[0]).toMatchObject({ path: 'validThrough', code: 'expired' });
  });

  it('refuses approval for an unverified organisation with organisation_not_verified', () => {
    const error = refusal(state({ status: 'pending_review', organisationVerified: false }), 'approve');
    expect(error.code).toBe('organisation_not_verified');
    expect(error.extra.errors).toEqual([
      {
        path: 'organisation',
        message: 'The organisation is not verified yet',
        code: 'organisation_not_verified',
      },
    ]);
  });

  it('refuses approval while funding is only attested, as illegal_transition on funding', () => {
    const error = refusal(state({ status: 'pending_review', fundingStatus: 'attested' }), 'approve');
    expect(error.code).toBe('illegal_transition');
    expect(error.extra.errors?.map((e) => e.path)).toEqual(['funding']);
  });

  it('lists both missing checks, under the organisation code', () => {
    const error = refusal(
      state({ status: 'pending_review', fundingStatus: 'attested', organisationVerified: false }),
      'approve',
    );
    expect(error.code).toBe('organisation_not_verified');
    expect(error.extra.errors?.map((e) => e.path)).toEqual(['organisation', 'funding']);
  });

  it('refuses to approve or resume past the end date', () => {
    expect(refusal(state({ status: 'pending_review', validThrough: '2026-11-14' }), 'approve').code).toBe(
      'illegal_transition',
    );
    const error = refusal(state({ status: 'paused', validThrough: '2026-11-14' }), 'resume');
    expect(error.message).toBe('The end date 2026-11-14 has passed; set a later one before you resume');
  });

  it('resumes on the last day itself', () => {
    expect(
      applyTransition(state({ status: 'paused', validThrough: '2026-11-15' }), 'resume', { now }).status,
    ).toBe('open');
  });

  it.each([undefined, 'expired'] as const)('refuses to close with reason %s', (reason) => {
    const error = refusal(state({ status: 'open' }), 'close', reason ? { reason } : {});
    expect(error.code).toBe('validation_failed');
    expect(error.extra.errors?.[0]?.path).toBe('reason');
  });

  it('refuses to expire a position before its end date has passed', () => {
    const error = refusal(state({ status: 'open', validThrough: '2026-11-15' }), 'expire');
    expect(error.code).toBe('illegal_transition');
    expect(error.extra.errors?.[0]).toMatchObject({ path: 'validThrough', code: 'not_expired' });
  });

  it.each([
    ['2026-11-15', 'past_date'],
    ['2026-11-01', 'past_date'],
    ['2027-11-16', 'too_far'],
    ['2027-02-30', 'invalid_date'],
  ])('refuses to renew to %s (%s)', (validThrough, code) => {
    const error = refusal(state({ status: 'open' }), 'renew', { validThrough });
    expect(error.code).toBe('validation_failed');
    expect(error.extra.errors?.[0]).toMatchObject({ path: 'validThrough', code });
  });

  it('renews to exactly a year ahead', () => {
    expect(
      applyTransition(state({ status: 'open' }), 'renew', { now, validThrough: '2027-11-15' }).validThrough,
    ).toBe('2027-11-15');
  });
});

describe('allowedActions', () => {
  it('offers an owner the buttons that would work', () => {
    expect(allowedActions(state({ status: 'draft' }), now)).toEqual(['submit', 'close']);
    expect(allowedActions(state({ status: 'draft', fundingStatus: 'none' }), now)).toEqual(['close']);
    expect(allowedActions(state({ status: 'pending_review' }), now)).toEqual(['withdraw', 'close']);
    expect(allowedActions(state({ status: 'open' }), now)).toEqual(['pause', 'close', 'renew']);
    expect(allowedActions(state({ status: 'paused' }), now)).toEqual(['resume', 'close', 'renew']);
    expect(allowedActions(state({ status: 'closed' }), now)).toEqual([]);
  });

  it('leaves out resume once the end date has passed, but offers renew', () => {
    expect(allowedActions(state({ status: 'paused', validThrough: '2026-11-14' }), now)).toEqual([
      'close',
      'renew',
    ]);
  });

  it('offers an admin approval only when both checks are done', () => {
    expect(allowedActions(state({ status: 'pending_review' }), now, 'admin')).toEqual([
      'approve',
      'reject',
      'close',
    ]);
    expect(
      allowedActions(state({ status: 'pending_review', organisationVerified: false }), now, 'admin'),
    ).toEqual(['reject', 'close']);
  });

  it('offers the system expiry only when due', () => {
    expect(allowedActions(state({ status: 'open' }), now, 'system')).toEqual([]);
    expect(allowedActions(state({ status: 'open', validThrough: '2026-11-14' }), now, 'system')).toEqual([
      'expire',
    ]);
  });

  it('gives owners exactly the actions the transition endpoint accepts', () => {
    expect([...ACTIONS_BY_ACTOR.owner].sort()).toEqual([...transitionBody.shape.action.options].sort());
  });
});
