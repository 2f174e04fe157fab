// When a position closes (filled, cancelled or expired), every open application in it closes too,
// with the reason position_closed, and each candidate is told; its pending introduction requests
// are cancelled, and each candidate asked is told too. No one is left waiting on a position that
// no longer exists. Called inside the transaction that closes the position.
import type { Db } from '../../db/client.js';
import { insertNotifications } from '../notifications/notifications.repository.js';
import * as repo from './applications.repository.js';
import { cancelPendingOfPosition } from './introductions.repository.js';
import { recordMove } from './moves.js';
import { introductionWithdrawn, stageChanged } from './notify.js';
import { settleExtended } from './offers.repository.js';

/** Closes the position's open applications and cancels its pending requests; returns how many applications closed. */
export async function closePositionPipeline(tx: Db, positionId: string, at: Date): Promise<number> {
  const cancelled = await cancelPendingOfPosition(tx, positionId, at);
  const open = await repo.lockOpenOfPosition(tx, positionId);
  if (open.length === 0 && cancelled.length === 0) return 0;
  const facts = await repo.positionFacts(tx, positionId);
  const context = {
    positionId,
    positionTitle: facts?.title ?? '',
    organisationName: facts?.organisationName ?? '',
  };
  if (cancelled.length > 0) {
    await insertNotifications(
      tx,
      cancelled.map((c) =>
        introductionWithdrawn(c.candidateId, { ...context, introductionId: c.id }, 'position_closed'),
      ),
    );
  }
  for (const application of open) {
    const moved = await recordMove(tx, application, { kind: 'close_position' }, 'system', null, at);
    await settleExtended(tx, application.id, 'withdrawn', at);
    await insertNotifications(tx, [
      stageChanged(
        application.candidateId,
        { ...context, applicationId: application.id },
        { from: application.stage, to: moved.stage, closedReason: 'position_closed' },
      ),
    ]);
  }
  return open.length;
}
