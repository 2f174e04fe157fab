// "A strong new match": when a position goes live, the candidates it ranks highest (score at least
// STRONG_MATCH_SCORE, open to work) are notified once. Every server process sees the position go
// live; the strong_match_notices primary key lets only the first insert of a pair notify.
import { inArray } from 'drizzle-orm';
import type { CandidateIndex } from '../../core/matching/index/candidate-index.js';
import type { MatchPosition } from '../../core/matching/types.js';
import type { Db } from '../../db/client.js';
import { positions, strongMatchNotices } from '../../db/schema/index.js';
import { insertNotifications } from '../notifications/notifications.repository.js';

/** A match this strong is worth an interruption (the daily digest by default). */
export const STRONG_MATCH_SCORE = 80;
/** At most this many candidates hear about one position. */
const TOP = 25;

export function createStrongMatchNotifier(deps: {
  db: Db;
  candidates: () => CandidateIndex;
  now: () => Date;
  log: { error(obj: unknown, msg: string): void };
}) {
  const { db, now, log } = deps;
  return async function positionsWentLive(live: readonly MatchPosition[]): Promise<void> {
    if (live.length === 0) return;
    try {
      const titles = new Map(
        (
          await db
            .select({ id: positions.id, title: positions.title })
            .from(positions)
            .where(
              inArray(
                positions.id,
                live.map((p) => p.id),
              ),
            )
        ).map((r) => [r.id, r.title]),
      );
      for (const position of live) {
        const strong = deps
          .candidates()
          .topCandidates(position, { k: TOP, now: now() })
          .filter(
            (m) =>
              m.score >= STRONG_MATCH_SCORE &&
              deps.candidates().candidate(m.candidateId)?.openToWork === true,
          );
        if (strong.length === 0) continue;
        await db.transaction(async (tx) => {
          const fresh = await tx
            .insert(strongMatchNotices)
            .values(
              strong.map((m) => ({ positionId: position.id, candidateId: m.candidateId, score: m.score })),
            )
            .onConflictDoNothing()
            .returning({ candidateId: strongMatchNotices.candidateId, score: strongMatchNotices.score });
          await insertNotifications(
            tx,
            fresh.map((m) => ({
              userId: m.candidateId,
              kind: 'strong_match' as const,
              payload: {
                positionId: position.id,
                about: titles.get(position.id) ?? '',
                score: Math.round(m.score),
              },
              link: `/matches/explain?positionId=${position.id}`,
            })),
          );
        });
      }
    } catch (error) {
      log.error({ err: error }, 'strong-match notices failed');
    }
  };
}
