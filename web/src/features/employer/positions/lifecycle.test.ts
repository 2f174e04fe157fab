import { describe, expect, it } from 'vitest';
import { actionsFor, dayFromNow, needsFunding } from './lifecycle';

describe("a position's buttons", () => {
  it('follow the status', () => {
    expect(actionsFor('draft')).toEqual(['submit', 'close']);
    expect(actionsFor('pending_review')).toEqual(['withdraw', 'close']);
    expect(actionsFor('open')).toEqual(['pause', 'renew', 'close']);
    expect(actionsFor('paused')).toEqual(['resume', 'renew', 'close']);
    expect(actionsFor('closed')).toEqual([]);
  });

  it('know that submitting needs attested funding', () => {
    const funding = (status: 'none' | 'attested' | 'verified' | 'rejected') => ({
      funding: { status, attestedBy: null, attestedAt: null, budget: null, verifiedAt: null, reason: null },
    });
    expect(needsFunding(funding('none'))).toBe(true);
    expect(needsFunding(funding('rejected'))).toBe(true);
    expect(needsFunding(funding('attested'))).toBe(false);
  });

  it('propose end dates as UTC days', () => {
    expect(dayFromNow(60, new Date('2026-01-31T23:30:00Z'))).toBe('2026-04-01');
  });
});
