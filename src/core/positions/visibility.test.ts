import { describe, expect, it } from 'vitest';
import { isPubliclyVisible, type VisibilityFacts } from './visibility.js';

const now = new Date('2026-11-15T09:30:00Z');
const live = (overrides: Partial<VisibilityFacts> = {}): VisibilityFacts => ({
  status: 'open',
  fundingStatus: 'verified',
  organisationVerified: true,
  validThrough: '2026-12-31',
  ...overrides,
});

describe('isPubliclyVisible', () => {
  it('shows an open, funded posting of a verified organisation before its end date', () => {
    expect(isPubliclyVisible(live(), now)).toBe(true);
    expect(isPubliclyVisible(live({ validThrough: '2026-11-15' }), now)).toBe(true);
  });

  it.each([
    ['draft', { status: 'draft' }],
    ['pending review', { status: 'pending_review' }],
    ['paused', { status: 'paused' }],
    ['closed', { status: 'closed' }],
    ['funding only attested', { fundingStatus: 'attested' }],
    ['funding rejected after approval', { fundingStatus: 'rejected' }],
    ['no funding', { fundingStatus: 'none' }],
    ['organisation verification revoked', { organisationVerified: false }],
    ['past its end date but not yet swept', { validThrough: '2026-11-14' }],
  ] as const)('hides a posting that is %s', (_case, overrides) => {
    expect(isPubliclyVisible(live(overrides), now)).toBe(false);
  });
});
