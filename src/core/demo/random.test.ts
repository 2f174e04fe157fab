import { describe, expect, it } from 'vitest';
import { entityKey, rngFor, weightedTable } from './random.js';

function draws(seed: number, kind: string, index: number, n = 8): number[] {
  const rng = rngFor(seed, kind, index);
  return Array.from({ length: n }, () => rng.uint32());
}

describe('rngFor', () => {
  it('is a pure function of seed, kind and index', () => {
    expect(draws(1, 'candidate', 5)).toEqual(draws(1, 'candidate', 5));
  });

  it('gives different streams for different seeds, kinds and indexes', () => {
    const base = draws(1, 'candidate', 5);
    expect(draws(2, 'candidate', 5)).not.toEqual(base);
    expect(draws(1, 'employer', 5)).not.toEqual(base);
    expect(draws(1, 'candidate', 6)).not.toEqual(base);
    expect(draws(1, 'candidate', 5 + 2 ** 32)).not.toEqual(base);
  });

  it('does not repeat first draws across many indexes', () => {
    const firsts = new Set<string>();
    for (let i = 0; i < 50_000; i++) {
      const rng = rngFor(7, 'candidate', i);
      firsts.add(`${rng.uint32()}:${rng.uint32()}`);
    }
    expect(firsts.size).toBe(50_000);
  });

  it('rejects seeds and indexes that are not safe integers', () => {
    expect(() => rngFor(1.5, 'x', 0)).toThrow(RangeError);
    expect(() => rngFor(1, 'x', -1)).toThrow(RangeError);
    expect(() => rngFor(1, 'x', Number.NaN)).toThrow(RangeError);
  });
});

describe('Rng helpers', () => {
  it('keeps int() inside its inclusive range and reaches both ends', () => {
    const rng = rngFor(3, 'test', 0);
    const seen = new Set<number>();
    for (let i = 0; i < 10_000; i++) seen.add(rng.int(-2, 3));
    expect([...seen].sort((a, b) => a - b)).toEqual([-2, -1, 0, 1, 2, 3]);
  });

  it('keeps float() in [0, 1) with a mean near one half', () => {
    const rng = rngFor(3, 'test', 1);
    let sum = 0;
    let outside = 0;
    for (let i = 0; i < 100_000; i++) {
      const v = rng.float();
      if (v < 0 || v >= 1) outside++;
      sum += v;
    }
    expect(outside).toBe(0);
    expect(sum / 100_000).toBeCloseTo(0.5, 2);
  });

  it('follows the weights of a weighted table', () => {
    const rng = rngFor(3, 'test', 2);
    const table = weightedTable([
      ['a', 1],
      ['b', 3],
      ['never', 0],
    ] as const);
    const counts = { a: 0, b: 0, never: 0 };
    for (let i = 0; i < 40_000; i++) counts[rng.weighted(table)]++;
    expect(counts.never).toBe(0);
    expect(counts.b / 40_000).toBeCloseTo(0.75, 1);
  });

  it('rejects tables without positive weight', () => {
    expect(() => weightedTable([['a', 0]])).toThrow(RangeError);
    expect(() => weightedTable([['a', -1]])).toThrow(RangeError);
  });

  it('samples distinct items without touching the input', () => {
    const rng = rngFor(3, 'test', 3);
    const items = [1, 2, 3, 4, 5, 6, 7, 8];
    for (let i = 0; i < 200; i++) {
      const picked = rng.sample(items, 5);
      expect(new Set(picked).size).toBe(5);
      expect(picked.every((p) => items.includes(p))).toBe(true);
    }
    expect(rng.sample(items, 20)).toHaveLength(8);
    expect(items).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('shuffles in place into a permutation', () => {
    const rng = rngFor(3, 'test', 4);
    const items = [1, 2, 3, 4, 5, 6];
    rng.shuffle(items);
    expect([...items].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('draws a bounded bell shape from normal()', () => {
    const rng = rngFor(3, 'test', 5);
    let sum = 0;
    let squares = 0;
    const n = 100_000;
    let furthest = 0;
    for (let i = 0; i < n; i++) {
      const v = rng.normal(10, 2);
      furthest = Math.max(furthest, Math.abs(v - 10));
      sum += v;
      squares += v * v;
    }
    expect(furthest).toBeLessThanOrEqual(2 * 3.47);
    const mean = sum / n;
    expect(mean).toBeCloseTo(10, 1);
    expect(Math.sqrt(squares / n - mean * mean)).toBeCloseTo(2, 1);
  });
});

describe('entityKey', () => {
  it('pads to six digits and keeps growing past them', () => {
    expect(entityKey('c', 123)).toBe('c-000123');
    expect(entityKey('c', 1_234_567)).toBe('c-1234567');
  });
});
