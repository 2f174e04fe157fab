import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openStageSchema, rejectionReasonSchema, stageSchema } from '../../contracts/pipeline.js';
import { AppError } from '../errors.js';
import { rejectionWording } from './rejection-reasons.js';
import { isTerminal, type Side, type Stage } from './stages.js';
import { applyMove, type Move, nextStagesFor, sideFor } from './transitions.js';

const STAGES = stageSchema.options;
const OPEN_STAGES = openStageSchema.options;
const REJECTION_REASONS = rejectionReasonSchema.options;
const sides: Side[] = ['organisation', 'candidate', 'system'];
const moveArb: fc.Arbitrary<Move> = fc.oneof(
  fc.constantFrom(...STAGES).map((to) => ({ kind: 'advance' as const, to })),
  fc.constant({ kind: 'hire' as const }),
  fc.constantFrom(...REJECTION_REASONS).map((reason) => ({ kind: 'reject' as const, reason })),
  fc.constant({ kind: 'withdraw' as const }),
  fc.constant({ kind: 'close_position' as const }),
);

function tryMove(from: Stage, move: Move, side: Side): Stage | null {
  try {
    return applyMove(from, move, side).stage;
  } catch (error) {
    if (error instanceof AppError && error.code === 'illegal_transition') return null;
    throw error;
  }
}

describe('pipeline state machine', () => {
  it('walks an application from applied to hired', () => {
    let stage: Stage = 'applied';
    stage = applyMove(stage, { kind: 'advance', to: 'screening' }, 'organisation').stage;
    stage = applyMove(stage, { kind: 'advance', to: 'interviewing' }, 'organisation').stage;
    stage = applyMove(stage, { kind: 'advance', to: 'offer' }, 'organisation').stage;
    expect(applyMove(stage, { kind: 'hire' }, 'candidate')).toEqual({
      stage: 'hired',
      closedReason: null,
      closedFromStage: null,
    });
  });

  it('refuses an illegal move with illegal_transition naming both stages', () => {
    expect(() => applyMove('applied', { kind: 'advance', to: 'hired' }, 'organisation')).toThrowError(
      /from applied to hired/,
    );
    try {
      applyMove('closed', { kind: 'advance', to: 'screening' }, 'organisation');
      expect.unreachable();
    } catch (error) {
      expect((error as AppError).code).toBe('illegal_transition');
      expect((error as AppError).message).toContain('from closed to screening');
    }
  });

  it('lets only the organisation reject, only the candidate withdraw or accept, only the system close', () => {
    expect(tryMove('screening', { kind: 'reject', reason: 'skills_gap' }, 'candidate')).toBeNull();
    expect(tryMove('screening', { kind: 'withdraw' }, 'organisation')).toBeNull();
    expect(tryMove('offer', { kind: 'hire' }, 'organisation')).toBeNull();
    expect(tryMove('offer', { kind: 'close_position' }, 'organisation')).toBeNull();
    expect(applyMove('interviewing', { kind: 'reject', reason: 'other' }, 'organisation')).toEqual({
      stage: 'closed',
      closedReason: 'rejected',
      closedFromStage: 'interviewing',
    });
  });

  it('hires only from an offer', () => {
    for (const from of OPEN_STAGES.filter((s) => s !== 'offer'))
      expect(tryMove(from, { kind: 'hire' }, 'candidate')).toBeNull();
  });

  it('never leaves a terminal stage, whatever the move and side (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Stage>('hired', 'closed'),
        moveArb,
        fc.constantFrom(...sides),
        (from, move, side) => {
          expect(tryMove(from, move, side)).toBeNull();
        },
      ),
    );
  });

  it('can always be closed from any stage reachable by legal moves (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Stage>('sourced', 'applied'),
        fc.array(fc.tuple(moveArb, fc.constantFrom(...sides)), { maxLength: 12 }),
        (start, moves) => {
          let stage: Stage = start;
          for (const [move, side] of moves) stage = tryMove(stage, move, side) ?? stage;
          if (isTerminal(stage)) return;
          expect(tryMove(stage, { kind: 'reject', reason: 'other' }, 'organisation')).toBe('closed');
          expect(tryMove(stage, { kind: 'withdraw' }, 'candidate')).toBe('closed');
          expect(tryMove(stage, { kind: 'close_position' }, 'system')).toBe('closed');
        },
      ),
    );
  });

  it('never returns to sourced or applied, and every legal result is a known stage (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...STAGES), moveArb, (from, move) => {
        const to = tryMove(from, move, sideFor(move));
        if (to === null) return;
        expect(STAGES).toContain(to);
        expect(['sourced', 'applied']).not.toContain(to);
      }),
    );
  });

  it('offers the board the same next stages the machine accepts', () => {
    for (const from of STAGES)
      for (const to of STAGES)
        expect(tryMove(from, { kind: 'advance', to }, 'organisation') !== null).toBe(
          nextStagesFor(from).includes(to),
        );
  });

  it('has kind wording for every rejection reason', () => {
    for (const reason of REJECTION_REASONS) expect(rejectionWording(reason).length).toBeGreaterThan(30);
  });
});
