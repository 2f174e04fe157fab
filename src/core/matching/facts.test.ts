import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseInstant } from './facts.js';

describe('parseInstant', () => {
  it('agrees with Date.parse on ISO instants, with and without milliseconds', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('0100-01-01T00:00:00Z'),
          max: new Date('9999-12-31T23:59:59Z'),
          noInvalidDate: true,
        }),
        (date) => {
          const iso = date.toISOString();
          expect(parseInstant(iso)).toBe(Date.parse(iso));
          const seconds = `${iso.slice(0, 19)}Z`;
          expect(parseInstant(seconds)).toBe(Date.parse(seconds));
        },
      ),
    );
  });

  it('agrees with Date.parse on anything else', () => {
    const samples = [
      '2026-02-30T00:00:00Z',
      '2024-02-29T12:00:00Z',
      '2026-04-20',
      '2026-04-20T08:30:00+04:00',
      '2026-13-01T00:00:00Z',
      '0050-01-01T00:00:00Z',
      'invalid',
      '',
    ];
    for (const text of samples) expect(parseInstant(text)).toEqual(Date.parse(text));
    fc.assert(
      fc.property(fc.string({ maxLength: 26 }), (text) => {
        expect(parseInstant(text)).toEqual(Date.parse(text));
      }),
    );
  });
});
