import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stageConversion } from './conversion.js';
import { engagementByBand } from './engagement.js';
import { distribution, median } from './stats.js';
import { firstResponse, timeToOffer } from './time-metrics.js';

const week = 7 * 86_400_000;
const t0 = new Date('2026-01-05T09:00:00Z');

describe('outcome metrics', () => {
  it('median and distribution', () => {
    expect(median([])).toBeNull();
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(distribution([0, 1, 2, 5, 100], [0, 2, 4])).toEqual([
      { from: 0, to: 2, count: 2 },
      { from: 2, to: 4, count: 1 },
      { from: 4, to: null, count: 2 },
    ]);
  });

  it('buckets hold every value once (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1000, noNaN: true })), (values) => {
        const total = distribution(values, [0, 2, 4, 10]).reduce((s, b) => s + b.count, 0);
        expect(total).toBe(values.length);
      }),
    );
  });

  it('time to an accepted offer in weeks against the 14-week baseline', () => {
    const result = timeToOffer([
      { openToWorkSince: t0, offerAcceptedAt: new Date(t0.getTime() + 4 * week) },
      { openToWorkSince: t0, offerAcceptedAt: new Date(t0.getTime() + 6 * week) },
      { openToWorkSince: t0, offerAcceptedAt: new Date(t0.getTime() + 20 * week) },
      { openToWorkSince: null, offerAcceptedAt: t0 },
    ]);
    expect(result).toMatchObject({ baselineWeeks: 14, count: 3, medianWeeks: 6, shareUnderBaseline: 0.6667 });
  });

  it('time to first response and response rate', () => {
    const hour = 3_600_000;
    const result = firstResponse([
      { createdAt: t0, firstResponseAt: new Date(t0.getTime() + 10 * hour) },
      { createdAt: t0, firstResponseAt: new Date(t0.getTime() + 30 * hour) },
      { createdAt: t0, firstResponseAt: null },
      { createdAt: t0, firstResponseAt: null },
    ]);
    expect(result).toMatchObject({ applications: 4, responded: 2, responseRate: 0.5, medianHours: 20 });
  });

  it('conversion counts skipped stages as passed', () => {
    const steps = stageConversion([
      ['applied', 'screening', 'interviewing', 'offer', 'hired'],
      ['applied', 'interviewing', 'closed'],
      ['sourced', 'closed'],
      ['applied'],
    ]);
    expect(steps.map((s) => [s.from, s.to, s.reachedFrom, s.reachedTo])).toEqual([
      ['entered', 'screening', 4, 2],
      ['screening', 'interviewing', 2, 2],
      ['interviewing', 'offer', 2, 1],
      ['offer', 'hired', 1, 1],
    ]);
  });

  it('engagement per candidate by portfolio band, with the uplift over none', () => {
    const cohort = { views: 0, saves: 0, shortlists: 0, introductionRequests: 0 };
    const bands = engagementByBand([
      { ...cohort, hasProject: false, hasMeasuredProject: false, candidates: 10, views: 10 },
      { ...cohort, hasProject: true, hasMeasuredProject: false, candidates: 5, views: 5, saves: 5 },
      {
        ...cohort,
        hasProject: true,
        hasMeasuredProject: true,
        candidates: 2,
        views: 4,
        introductionRequests: 2,
      },
    ]);
    expect(bands.map((b) => [b.band, b.candidates, b.engagementPerCandidate, b.upliftVsNone])).toEqual([
      ['none', 10, 1, 1],
      ['projects', 5, 2, 2],
      ['measured_projects', 2, 3, 3],
    ]);
  });

  it('has no uplift without a baseline', () => {
    const bands = engagementByBand([]);
    expect(bands.every((b) => b.upliftVsNone === null && b.candidates === 0)).toBe(true);
  });
});
