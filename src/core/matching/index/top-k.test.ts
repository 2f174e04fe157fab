import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TopK } from './top-k.js';

describe('TopK', () => {
  it('keeps the k best by score, ties by id, best first — as a full sort would', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 200 }), fc.nat(30), (scores, k) => {
        const ids = scores.map((_, i) => `id-${String(i).padStart(3, '0')}`);
        const heap = new TopK(k, (ref) => ids[ref] ?? '');
        scores.forEach((score, ref) => {
          heap.offer(score, ref);
        });
        const expected = scores
          .map((score, ref) => ({ ref, score }))
          .sort((a, b) => b.score - a.score || a.ref - b.ref)
          .slice(0, k);
        expect(heap.drain()).toEqual(expected);
      }),
    );
  });

  it('reports the score to beat once full', () => {
    const heap = new TopK(2, String);
    expect(heap.threshold()).toBe(Number.NEGATIVE_INFINITY);
    heap.offer(5, 1);
    heap.offer(3, 2);
    expect(heap.threshold()).toBe(3);
    heap.offer(4, 3);
    expect(heap.threshold()).toBe(4);
  });
});
