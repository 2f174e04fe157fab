import { describe, expect, it } from 'vitest';
import { shownPoints } from './shownPoints';

const sum = (values: number[]) => Math.round(values.reduce((s, v) => s + v, 0) * 10) / 10;

describe('shownPoints', () => {
  it('adds up to the shown score where rounding each would fall short (56.9 against 57.0)', () => {
    const contributions = [10.04, 20.03, 26.93];
    expect(sum(contributions.map((c) => Math.round(c * 10) / 10))).toBe(56.9);
    // The tenth goes to the share that lost the most to rounding down.
    expect(shownPoints(contributions, 57)).toEqual([10.1, 20, 26.9]);
  });

  it('takes a tenth back when rounding each would overshoot (57.0 against 56.9)', () => {
    const contributions = [10.06, 20.06, 26.78];
    expect(sum(contributions.map((c) => Math.round(c * 10) / 10))).toBe(57);
    const shown = shownPoints(contributions, 56.9);
    expect(sum(shown)).toBe(56.9);
    for (const [i, value] of shown.entries())
      expect(Math.abs(value - (contributions[i] as number))).toBeLessThan(0.1 + 1e-9);
  });

  it('keeps every share within a tenth of its value on arbitrary inputs', () => {
    for (let seed = 1; seed < 200; seed++) {
      const contributions = Array.from({ length: 7 }, (_, i) => ((seed * 7919 + i * 104729) % 2000) / 100);
      const score = Math.round(contributions.reduce((s, c) => s + c, 0) * 10) / 10;
      const shown = shownPoints(contributions, score);
      expect(sum(shown)).toBe(score);
      for (const [i, value] of shown.entries())
        expect(Math.abs(value - (contributions[i] as number))).toBeLessThan(0.1 + 1e-9);
    }
  });
});
