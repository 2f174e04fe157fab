import { describe, expect, it } from 'vitest';
import { withoutDismissed } from './useHiddenDismissed';

const row = (id: string, action: 'save' | 'shortlist' | 'dismiss' | null) => ({
  candidate: {
    candidateId: id,
    anonymous: false,
    displayName: id,
    headline: '',
    country: null,
    yearsExperience: null,
    level: null,
  },
  action: action === null ? null : { action, reason: null, at: '2026-11-27T00:00:00.000Z' },
});

describe("a recruiter's list without the candidates they dismissed", () => {
  const items = [row('a', null), row('b', 'dismiss'), row('c', 'shortlist'), row('d', 'dismiss')];

  it('hides dismissed rows, keeping the order of the rest, and counts them', () => {
    const { shown, dismissedCount } = withoutDismissed(items, new Set(), false);
    expect(shown.map((r) => r.candidate.candidateId)).toEqual(['a', 'c']);
    expect(dismissedCount).toBe(2);
  });

  it('shows every row when asked, still counting the dismissed', () => {
    const { shown, dismissedCount } = withoutDismissed(items, new Set(), true);
    expect(shown).toBe(items);
    expect(dismissedCount).toBe(2);
  });

  it('keeps on screen a row dismissed in this view', () => {
    const { shown, dismissedCount } = withoutDismissed(items, new Set(['d']), false);
    expect(shown.map((r) => r.candidate.candidateId)).toEqual(['a', 'c', 'd']);
    expect(dismissedCount).toBe(1);
  });
});
