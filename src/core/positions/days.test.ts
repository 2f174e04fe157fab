import { describe, expect, it } from 'vitest';
import { addDays, dayOf, isExpired, startOfDay } from './days.js';
import {
  DEFAULT_VALID_DAYS,
  defaultValidThrough,
  MAX_VALID_DAYS,
  validThroughProblem,
} from './valid-through.js';

describe('startOfDay', () => {
  it('gives midnight UTC of a real day', () => {
    expect(startOfDay('2026-02-28')?.toISOString()).toBe('2026-02-28T00:00:00.000Z');
    expect(startOfDay('2028-02-29')?.toISOString()).toBe('2028-02-29T00:00:00.000Z');
  });

  it.each(['2026-02-29', '2026-02-30', '2026-13-01', '2026-00-10', '2026-1-1', '2026-01', '', 'tomorrow'])(
    'refuses %j',
    (day) => expect(startOfDay(day)).toBeNull(),
  );
});

describe('dayOf and addDays', () => {
  it('work in UTC whatever the offset of the instant', () => {
    expect(dayOf(new Date('2026-11-15T23:30:00-05:00'))).toBe('2026-11-16');
    expect(addDays(new Date('2026-12-31T12:00:00Z'), 1)).toBe('2027-01-01');
    expect(addDays(new Date('2026-03-01T00:00:00Z'), -1)).toBe('2026-02-28');
  });
});

describe('isExpired', () => {
  it('keeps a posting up until the end of its last day in UTC', () => {
    expect(isExpired('2026-11-15', new Date('2026-11-15T00:00:00Z'))).toBe(false);
    expect(isExpired('2026-11-15', new Date('2026-11-15T23:59:59.999Z'))).toBe(false);
    expect(isExpired('2026-11-15', new Date('2026-11-16T00:00:00Z'))).toBe(true);
    expect(isExpired('2026-11-16', new Date('2026-11-15T12:00:00Z'))).toBe(false);
  });

  it('treats a malformed day as expired, so a bad row is never shown', () => {
    expect(isExpired('2026-02-30', new Date('2020-01-01T00:00:00Z'))).toBe(true);
  });
});

describe('defaultValidThrough', () => {
  it('is DEFAULT_VALID_DAYS (60) days after today in UTC', () => {
    expect(DEFAULT_VALID_DAYS).toBe(60);
    expect(defaultValidThrough(new Date('2026-11-15T23:59:00Z'))).toBe('2027-01-14');
    expect(defaultValidThrough(new Date('2026-01-01T00:00:00Z'))).toBe('2026-03-02');
  });
});

describe('validThroughProblem', () => {
  const now = new Date('2026-11-15T09:30:00Z');

  it('accepts today for a body but not for a renewal', () => {
    expect(validThroughProblem('2026-11-15', now, 'validThrough', true)).toBeNull();
    expect(validThroughProblem('2026-11-15', now, 'validThrough', false)).toMatchObject({
      code: 'past_date',
    });
  });

  it(`accepts up to ${MAX_VALID_DAYS} days ahead and no further`, () => {
    expect(validThroughProblem('2027-11-15', now, 'x', true)).toBeNull();
    expect(validThroughProblem('2027-11-16', now, 'x', true)).toEqual({
      path: 'x',
      message: 'Choose a date at most 365 days ahead (2027-11-15)',
      code: 'too_far',
    });
  });

  it('refuses yesterday and impossible dates', () => {
    expect(validThroughProblem('2026-11-14', now, 'x', true)).toMatchObject({ code: 'past_date' });
    expect(validThroughProblem('2026-11-31', now, 'x', true)).toMatchObject({ code: 'invalid_date' });
  });
});
