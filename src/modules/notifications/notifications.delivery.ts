// Email delivery of notifications: instant mails for kinds set to instant, and one digest per user per
// day for kinds set to daily. Every server process runs this worker; a PostgreSQL advisory lock lets
// one of them at a time read and send, and rows are marked emailed before the lock is released, so
// no mail goes out twice from two processes.
import { groupBy } from '../../core/group-by.js';
import { digestWindow, instantWindow } from '../../core/notifications/schedule.js';
import { kindsDefaultingTo } from '../../core/notifications/settings.js';
import type { Database } from '../../db/client.js';
import type { Mailer, OutgoingMail } from '../mail/mailer.js';
import {
  type NotificationLine,
  renderDigestMail,
  renderInstantMail,
} from '../mail/notification-templates.js';
import * as repo from './delivery.repository.js';
import type { NotificationKind, NotificationRow } from './notifications.repository.js';
import type { UnsubscribeTokens } from './unsubscribe-token.js';

const DELIVERY_LOCK = 7_240_002;
const EVERY_MS = 20_000;
const BATCH = 500;
const TOKEN_TTL_S = 60 * 24 * 60 * 60;

export interface DeliveryDeps {
  database: Database;
  mailer: Mailer;
  now: () => Date;
  publicUrl: string;
  tokens: UnsubscribeTokens;
  log: { info(obj: unknown, msg: string): void; error(obj: unknown, msg: string): void };
}

export type NotificationDelivery = ReturnType<typeof createNotificationDelivery>;

/** The worker: runOnce() for tests and the CLI, start()/stop() beside the HTTP server. */
export function createNotificationDelivery(deps: DeliveryDeps) {
  const { database, now, log } = deps;
  const db = database.db;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<{ instant: number; digests: number }> | null = null;

  const footer = (userId: string, name: string, scope: NotificationKind | 'all') => {
    const token = deps.tokens.issue({
      u: userId,
      k: scope,
      x: Math.floor(now().getTime() / 1000) + TOKEN_TTL_S,
    });
    return {
      name,
      unsubscribeUrl: `${deps.publicUrl}/unsubscribe?token=${token}`,
      settingsUrl: `${deps.publicUrl}/settings/notifications`,
    };
  };
  const lineOf = (n: NotificationRow): NotificationLine => ({
    kind: n.kind,
    payload: (n.payload ?? {}) as Record<string, unknown>,
    url: `${deps.publicUrl}${n.link}`,
  });

  /** Sends and marks; a failed send stays pending and is retried next run (within the window). */
  async function deliver(mail: OutgoingMail, ids: readonly string[]): Promise<boolean> {
    try {
      await deps.mailer.send(mail);
    } catch (error) {
      log.error({ err: error, subject: mail.subject }, 'notification mail failed');
      return false;
    }
    await repo.markEmailed(db, ids, now());
    return true;
  }

  async function sendInstant(): Promise<number> {
    const { from, until } = instantWindow(now());
    const rows = await repo.pendingEmails(db, 'instant', kindsDefaultingTo('instant'), from, until, BATCH);
    let sent = 0;
    for (const row of rows) {
      const n = row.notification;
      // A lively thread mails once until it is read, not once per message; the row counts as handled.
      const thread = (n.payload as { applicationId?: unknown } | null)?.applicationId;
      if (n.kind === 'message' && typeof thread === 'string') {
        if (await repo.threadAlreadyMailed(db, n.userId, thread, n.id)) {
          await repo.markEmailed(db, [n.id], now());
          continue;
        }
      }
      const mail = renderInstantMail(
        row.locale,
        row.email,
        lineOf(n),
        footer(n.userId, row.displayName, n.kind),
      );
      if (await deliver(mail, [n.id])) sent++;
    }
    return sent;
  }

  async function sendDigests(): Promise<number> {
    const { from, until, day } = digestWindow(now());
    let sent = 0;
    // Page until a run finds nothing: each page's rows are marked, so the next page is new rows.
    for (;;) {
      const rows = await repo.pendingEmails(
        db,
        'daily',
        kindsDefaultingTo('daily'),
        from,
        until,
        BATCH,
        'user',
      );
      if (rows.length === 0) return sent;
      const groups = [...groupBy(rows, (r) => r.notification.userId).values()];
      // A full page may have cut the last user's rows short: they lead the next page instead.
      if (rows.length === BATCH && groups.length > 1) groups.pop();
      let progressed = false;
      for (const group of groups) {
        const first = group[0];
        if (!first) continue;
        const mail = renderDigestMail(
          first.locale,
          first.email,
          day,
          group.map((r) => lineOf(r.notification)),
          footer(first.notification.userId, first.displayName, 'all'),
        );
        if (
          await deliver(
            mail,
            group.map((r) => r.notification.id),
          )
        ) {
          sent++;
          progressed = true;
        }
      }
      if (!progressed || rows.length < BATCH) return sent;
    }
  }

  /** One pass under the lock; concurrent calls in one process share it. */
  function runOnce(): Promise<{ instant: number; digests: number }> {
    running ??= database
      .exclusive(DELIVERY_LOCK, async () => ({ instant: await sendInstant(), digests: await sendDigests() }))
      .finally(() => {
        running = null;
      });
    return running;
  }

  return {
    runOnce,
    start(): void {
      const tick = () =>
        void runOnce().then(
          (done) => {
            if (done.instant || done.digests) log.info(done, 'notification mails sent');
          },
          (error: unknown) => log.error({ err: error }, 'notification delivery failed'),
        );
      timer = setInterval(tick, EVERY_MS);
      timer.unref();
      tick();
    },
    async stop(): Promise<void> {
      clearInterval(timer);
      await running?.catch(() => undefined);
    },
  };
}
