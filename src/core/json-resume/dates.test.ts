import { describe, expect, it } from 'vitest';
import { endsBeforeStart, isInFuture, isPartialDate, periodEnd, periodStart } from './dates.js';

describe('partial dates', () => {
  it('accepts real YYYY, YYYY-MM and YYYY-MM-DD only', () => {
    for (const ok of ['2013', '2013-12', '2013-12-31', '2024-02-29']) expect(isPartialDate(ok)).toBe(true);
    for (const bad of [
      '2013-13',
      '2013-00',
      '2013-12-32',
      '2023-02-29',
      '2013-1',
      '13',
      '2013-12-021',
      '2013/12',
    ]) {
      expect(isPartialDate(bad)).toBe(false);
    }
  });

  it('spans the whole period it names', () => {
    expect(new Date(periodStart('2024')).toISOString()).toBe('2024-01-01T00:00:00.000Z');
    expect(new Date(periodEnd('2024')).toISOString()).toBe('2025-01-01T00:00:00.000Z');
    expect(new Date(periodEnd('2024-12')).toISOString()).toBe('2025-01-01T00:00:00.000Z');
    expect(new Date(periodEnd('2024-02-29')).toISOString()).toBe('2024-03-01T00:00:00.000Z');
    expect(periodStart('2024-13')).toBeNaN();
  });

  it('is in the future only when the whole period is', () => {
    const now = new Date('2026-01-15T12:00:00Z');
    expect(isInFuture('2026', now)).toBe(false);
    expect(isInFuture('2026-01', now)).toBe(false);
    expect(isInFuture('2026-01-15', now)).toBe(false);
    expect(isInFuture('2026-01-16', now)).toBe(true);
    expect(isInFuture('2026-02', now)).toBe(true);
    expect(isInFuture('2027', now)).toBe(true);
  });

  it('compares start and end by period', () => {
    expect(endsBeforeStart('2020-06', '2020')).toBe(false);
    expect(endsBeforeStart('2020-06', '2020-05-31')).toBe(true);
    expect(endsBeforeStart('2020', '2019-12')).toBe(true);
    expect(endsBeforeStart('2020-06-01', '2020-06-01')).toBe(false);
  });
});
