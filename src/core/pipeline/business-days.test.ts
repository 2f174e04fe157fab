import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { businessDaysBetween } from './business-days.js';

const at = (iso: string) => new Date(iso);

describe('businessDaysBetween', () => {
  it('counts a UAE week (Saturday-Sunday weekend) as five days', () => {
    // 2026-03-02 is a Monday.
    expect(businessDaysBetween(at('2026-03-02T08:00:00Z'), at('2026-03-09T08:00:00Z'), 'AE')).toBe(5);
    expect(businessDaysBetween(at('2026-03-06T08:00:00Z'), at('2026-03-09T06:00:00Z'), 'AE')).toBe(1);
  });

  it('skips Friday and Saturday in Saudi Arabia, Qatar, Kuwait, Bahrain and Oman', () => {
    // Thursday 2026-03-05 to Sunday 2026-03-08: only Sunday is a working day after Thursday.
    for (const country of ['SA', 'QA', 'KW', 'BH', 'OM'])
      expect(businessDaysBetween(at('2026-03-05T09:00:00Z'), at('2026-03-08T09:00:00Z'), country)).toBe(1);
    // The same span in the UAE: Friday counts, Saturday and Sunday do not.
    expect(businessDaysBetween(at('2026-03-05T09:00:00Z'), at('2026-03-08T09:00:00Z'), 'AE')).toBe(1);
    expect(businessDaysBetween(at('2026-03-05T09:00:00Z'), at('2026-03-09T09:00:00Z'), 'AE')).toBe(2);
  });

  it('uses the local day: 22:00 UTC on Saturday is already Sunday, a working day, in Riyadh', () => {
    expect(businessDaysBetween(at('2026-03-07T10:00:00Z'), at('2026-03-07T22:00:00Z'), 'SA')).toBe(1);
    expect(businessDaysBetween(at('2026-03-07T10:00:00Z'), at('2026-03-07T20:00:00Z'), 'SA')).toBe(0);
  });

  it('defaults to a Saturday-Sunday weekend and is zero backwards', () => {
    expect(businessDaysBetween(at('2026-03-02T08:00:00Z'), at('2026-03-16T08:00:00Z'), 'DE')).toBe(10);
    expect(businessDaysBetween(at('2026-03-09T08:00:00Z'), at('2026-03-02T08:00:00Z'), null)).toBe(0);
  });

  it('agrees with counting day by day (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2_000_000_000_000 }),
        fc.integer({ min: 0, max: 60 * 86_400_000 }),
        fc.constantFrom('AE', 'SA', 'OM', 'GB', null),
        (start, span, country) => {
          const from = new Date(start);
          const to = new Date(start + span);
          const offset = country === 'AE' || country === 'OM' ? 4 : country === 'SA' ? 3 : 0;
          const weekend = country === 'SA' || country === 'OM' ? [5, 6] : [6, 0];
          const day = (d: Date) => Math.floor((d.getTime() + offset * 3_600_000) / 86_400_000);
          let expected = 0;
          for (let n = day(from) + 1; n <= day(to); n++)
            if (!weekend.includes(new Date(n * 86_400_000).getUTCDay())) expected++;
          expect(businessDaysBetween(from, to, country)).toBe(expected);
        },
      ),
    );
  });
});
