import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SlotIds } from './slot-ids.js';

describe('SlotIds', () => {
  it('answers as a Map would through adds, repeated adds, deletes and growth', () => {
    const operation = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), id: fc.nat(3000) }),
      fc.record({ kind: fc.constant('delete' as const), id: fc.nat(3000) }),
    );
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 3000 }), (operations) => {
        // Slots are never reused here, so every slot keeps the id it was given.
        const ids: string[] = [];
        const table = new SlotIds((slot) => ids[slot] as string);
        const expected = new Map<string, number>();
        for (const op of operations) {
          const id = `c-${op.id}`;
          if (op.kind === 'add') {
            const slot = ids.length;
            ids.push(id);
            const added = table.add(id, slot);
            expect(added).toBe(!expected.has(id));
            if (added) expected.set(id, slot);
          } else {
            expect(table.delete(id)).toBe(expected.delete(id));
          }
        }
        expect(table.size).toBe(expected.size);
        for (let n = 0; n <= 3000; n++) expect(table.get(`c-${n}`)).toBe(expected.get(`c-${n}`));
      }),
      { numRuns: 40 },
    );
  });

  it('keeps every id reachable when deletes fall in the middle of collision runs', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `candidate-${i}`);
    const table = new SlotIds((slot) => ids[slot] as string);
    ids.forEach((id, slot) => {
      table.add(id, slot);
    });
    for (let i = 0; i < ids.length; i += 3) table.delete(ids[i] as string);
    ids.forEach((id, slot) => {
      expect(table.get(id)).toBe(slot % 3 === 0 ? undefined : slot);
    });
    expect(table.size).toBe(ids.length - Math.ceil(ids.length / 3));
  });
});
