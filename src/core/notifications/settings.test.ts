import { describe, expect, it } from 'vitest';
import { digestWindow, instantWindow, startOfUtcDay } from './schedule.js';
import { effectiveSettings, emailOffRows, hiddenKinds, kindsDefaultingTo } from './settings.js';

describe('notification settings', () => {
  it('fills every kind from the defaults and marks the user-set ones', () => {
    const all = effectiveSettings([{ kind: 'message', inApp: false, email: 'daily' }]);
    expect(all).toHaveLength(8);
    expect(all.find((s) => s.kind === 'message')).toEqual({
      kind: 'message',
      inApp: false,
      email: 'daily',
      isDefault: false,
    });
    expect(all.find((s) => s.kind === 'strong_match')).toEqual({
      kind: 'strong_match',
      inApp: true,
      email: 'daily',
      isDefault: true,
    });
  });

  it('hides kinds turned off in-app', () => {
    expect(hiddenKinds([{ kind: 'offer', inApp: false, email: 'instant' }])).toEqual(['offer']);
  });

  it('knows which kinds default to each email choice', () => {
    expect(kindsDefaultingTo('daily')).toEqual(['strong_match', 'application_received', 'position_closed']);
    expect(kindsDefaultingTo('off')).toEqual([]);
  });

  it('turns email off for one kind or all, keeping in-app choices', () => {
    expect(emailOffRows([{ kind: 'message', inApp: false, email: 'instant' }], 'message')).toEqual([
      { kind: 'message', inApp: false, email: 'off' },
    ]);
    const all = emailOffRows([{ kind: 'offer', inApp: false, email: 'daily' }], 'all');
    expect(all).toHaveLength(8);
    expect(all.every((s) => s.email === 'off')).toBe(true);
    expect(all.find((s) => s.kind === 'offer')?.inApp).toBe(false);
  });
});

describe('delivery windows', () => {
  const now = new Date('2026-03-10T09:30:00Z');

  it('reads the digest up to 04:00 UTC (a Gulf morning) and names the day it covers', () => {
    expect(startOfUtcDay(now).toISOString()).toBe('2026-03-10T00:00:00.000Z');
    expect(digestWindow(now)).toEqual({
      from: new Date('2026-03-08T04:00:00Z'),
      until: new Date('2026-03-10T04:00:00Z'),
      day: '2026-03-09',
    });
    // Before the hour, the window still ends at the previous morning's.
    expect(digestWindow(new Date('2026-03-10T03:59:59Z'))).toEqual({
      from: new Date('2026-03-07T04:00:00Z'),
      until: new Date('2026-03-09T04:00:00Z'),
      day: '2026-03-08',
    });
    expect(digestWindow(new Date('2026-03-10T04:00:00Z')).until).toEqual(new Date('2026-03-10T04:00:00Z'));
  });

  it('reads instant mail from the last two days', () => {
    expect(instantWindow(now).from.toISOString()).toBe('2026-03-08T09:30:00.000Z');
  });
});
