// One move of one application, written the same way by every path that makes one (members' board,
// the candidate's withdrawal, an accepted offer, a position closing): the state machine decides,
// the row and an event are written, and the organisation's first move stamps first_response_at.
import type { Side } from '../../core/pipeline/stages.js';
import { applyMove, type Move } from '../../core/pipeline/transitions.js';
import type { Db } from '../../db/client.js';
import * as repo from './applications.repository.js';

/** Applies the move (or throws illegal_transition) and returns the application as it now is. */
export async function recordMove(
  tx: Db,
  application: repo.ApplicationRow,
  move: Move,
  side: Side,
  actorId: string | null,
  at: Date,
): Promise<repo.ApplicationRow> {
  const result = applyMove(application.stage, move, side);
  const changes: Partial<repo.ApplicationInsert> = {
    stage: result.stage,
    closedReason: result.closedReason,
    closedFromStage: result.closedFromStage,
    closedAt: result.stage === 'closed' ? at : null,
    updatedAt: at,
    ...(move.kind === 'reject' ? { rejectionReason: move.reason, rejectionNote: move.note ?? null } : {}),
    ...(side === 'organisation' && application.firstResponseAt === null ? { firstResponseAt: at } : {}),
  };
  await repo.updateApplication(tx, application.id, changes);
  await repo.insertEvent(tx, {
    applicationId: application.id,
    fromStage: application.stage,
    toStage: result.stage,
    actorId,
    actorSide: side,
    ...reasonOf(move),
    createdAt: at,
  });
  return { ...application, ...changes } as repo.ApplicationRow;
}

/** Why the move was made, as the event records it. */
function reasonOf(move: Move): { reason: string | null; note: string | null } {
  if (move.kind === 'reject' || move.kind === 'withdraw')
    return { reason: move.reason ?? null, note: move.note ?? null };
  return { reason: move.kind === 'close_position' ? 'position_closed' : null, note: null };
}
