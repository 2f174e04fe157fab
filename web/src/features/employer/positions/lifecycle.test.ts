import { describe, expect, it } from 'vitest';
import { actionsFor, dayFromNow, linksFor, needsFunding, showsEndDate } from './lifecycle';

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

  it('link a closed position to its pipeline only, and an unpublished one nowhere', () => {
    const published = '2026-03-01T00:00:00.000Z';
    expect(linksFor({ status: 'open', publishedAt: published })).toEqual({
      candidates: true,
      pipeline: true,
      publicPage: true,
    });
    expect(linksFor({ status: 'closed', publishedAt: published })).toEqual({
      candidates: false,
      pipeline: true,
      publicPage: false,
    });
    expect(linksFor({ status: 'paused', publishedAt: published }).pipeline).toBe(true);
    expect(linksFor({ status: 'closed', publishedAt: null })).toEqual({
      candidates: false,
      pipeline: false,
      publicPage: false,
    });
    expect(linksFor({ status: 'draft', publishedAt: null }).pipeline).toBe(false);
  });

  it('show no end date for a closed position', () => {
    expect(showsEndDate('closed')).toBe(false);
    expect(showsEndDate('paused')).toBe(true);
  });
});
