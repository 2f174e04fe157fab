// Live updates for open pages by server-sent events. Every server process tails the live_events
// feed (NOTIFY live_events wakes it at once on PostgreSQL; a poll covers missed notifications and
// PGlite) and writes each row to the open streams of that row's user in this process. A write in
// any process thus reaches a page connected to any other. Rows are kept an hour, for Last-Event-ID.
import type { ServerResponse } from 'node:http';
import type { Database } from '../../db/client.js';
import * as repo from './live.repository.js';

const POLL_MS = 1000;
// Ids are handed out before commit, so a slow transaction can land below the newest id already
// read; re-reading this many ids back (skipping rows already pushed) catches it.
const LOOK_BACK = 1000;
const BATCH = 1000;
const HEARTBEAT_MS = 25_000;
// A stream outlives neither its session's revocation nor its expiry by more than this.
const SESSION_CHECK_MS = 60_000;
const KEEP_SECONDS = 60 * 60;
const PRUNE_EVERY_POLLS = 60;
const REPLAY_LIMIT = 500;
const STREAMS_PER_USER = 10;
// A client this far behind is not reading; it reconnects with Last-Event-ID.
const MAX_BUFFERED_BYTES = 1024 * 1024;

interface Stream {
  userId: string;
  response: ServerResponse;
  /** Rows up to this id were before the stream opened (or were replayed). */
  since: number;
  sent: Set<number>;
  /** Whether the session that opened the stream is still signed in. */
  stillSignedIn: () => Promise<boolean>;
}

export type LiveHub = ReturnType<typeof createLiveHub>;

/** One SSE frame: the id resumes, the event name is the kind, the data is the payload as JSON. */
export function frame(row: repo.LiveEventRow): string {
  return `id: ${row.id}\nevent: ${row.kind}\ndata: ${JSON.stringify(row.payload)}\n\n`;
}

export function createLiveHub(deps: {
  database: Database;
  log: { error(obj: unknown, msg: string): void };
  /** Tests shorten the timers. */
  timing?: { heartbeatMs?: number; sessionCheckMs?: number };
}) {
  const { database, log } = deps;
  const heartbeatMs = deps.timing?.heartbeatMs ?? HEARTBEAT_MS;
  const sessionCheckMs = deps.timing?.sessionCheckMs ?? SESSION_CHECK_MS;
  const db = database.db;
  const streams = new Map<string, Set<Stream>>();
  const applied = new Set<number>();
  let watermark = 0;
  let started: Promise<void> | null = null;
  let stopped = false;
  let syncing: Promise<void> | null = null;
  let pollTimer: NodeJS.Timeout | undefined;
  let heartbeatTimer: NodeJS.Timeout | undefined;
  let sessionTimer: NodeJS.Timeout | undefined;
  let stopListening: (() => Promise<void>) | undefined;
  let polls = 0;

  function write(stream: Stream, text: string): void {
    if (stream.response.writableLength > MAX_BUFFERED_BYTES) {
      stream.response.end();
      return;
    }
    stream.response.write(text);
  }

  function push(stream: Stream, row: repo.LiveEventRow): void {
    if (row.id <= stream.since || stream.sent.has(row.id)) return;
    stream.sent.add(row.id);
    if (stream.sent.size > 2 * LOOK_BACK) {
      for (const id of stream.sent) if (id < row.id - LOOK_BACK) stream.sent.delete(id);
    }
    write(stream, frame(row));
  }

  /** Reads the feed since the last sync and pushes rows to this process's streams; calls share a run. */
  function sync(): Promise<void> {
    syncing ??= (async () => {
      try {
        const latest = await repo.latestId(db);
        const users = [...streams.keys()];
        const rows = await repo.eventsFor(db, Math.max(0, watermark - LOOK_BACK), latest, users, BATCH);
        for (const row of rows) {
          if (applied.has(row.id)) continue;
          applied.add(row.id);
          for (const stream of streams.get(row.userId) ?? []) push(stream, row);
        }
        // A full batch may stop short of the newest id: continue from its end next time.
        watermark = Math.max(watermark, rows.length === BATCH ? (rows.at(-1)?.id ?? latest) : latest);
        for (const id of applied) if (id < watermark - LOOK_BACK) applied.delete(id);
      } catch (error) {
        log.error({ err: error }, 'live events sync failed');
      } finally {
        syncing = null;
      }
    })();
    return syncing;
  }

  async function begin(): Promise<void> {
    watermark = await repo.latestId(db);
    stopListening = await database.listen('live_events', () => void sync());
    pollTimer = setInterval(() => {
      void sync();
      if (++polls % PRUNE_EVERY_POLLS === 0) {
        void repo
          .pruneOlderThan(db, KEEP_SECONDS)
          .catch((error) => log.error({ err: error }, 'live prune failed'));
      }
    }, POLL_MS);
    pollTimer.unref();
    // Comments keep proxies and load balancers from closing a quiet stream.
    heartbeatTimer = setInterval(() => {
      for (const set of streams.values()) for (const stream of set) write(stream, ': ping\n\n');
    }, heartbeatMs);
    heartbeatTimer.unref();
    sessionTimer = setInterval(() => void checkSessions(), sessionCheckMs);
    sessionTimer.unref();
  }

  /** Ends the streams of sessions signed out, revoked or expired since they opened. */
  async function checkSessions(): Promise<void> {
    const all = [...streams.values()].flatMap((set) => [...set]);
    await Promise.all(
      all.map(async (stream) => {
        const signedIn = await stream.stillSignedIn().catch(() => true);
        if (!signedIn) stream.response.end();
      }),
    );
  }

  function remove(stream: Stream): void {
    const set = streams.get(stream.userId);
    set?.delete(stream);
    if (set?.size === 0) streams.delete(stream.userId);
  }

  return {
    /** Starts tailing the feed (once); open() calls it too. */
    start(): Promise<void> {
      // A failed start (the database away) is tried again by the next stream.
      started ??= begin().catch((error: unknown) => {
        started = null;
        throw error;
      });
      return started;
    },

    /**
     * Serves one stream until the client goes away. The response must be the raw one of a hijacked
     * reply; headers already set on the reply (request id, security headers) are passed in.
     */
    async open(
      userId: string,
      response: ServerResponse,
      headers: Record<string, string | string[] | number | undefined>,
      lastEventId: number | undefined,
      stillSignedIn: () => Promise<boolean>,
    ): Promise<void> {
      await this.start();
      if (stopped) {
        response.writeHead(503).end();
        return;
      }
      response.writeHead(200, {
        ...headers,
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        // nginx buffers responses unless told not to.
        'x-accel-buffering': 'no',
      });
      const stream: Stream = {
        userId,
        response,
        since: lastEventId ?? watermark,
        sent: new Set(),
        stillSignedIn,
      };
      const set = streams.get(userId) ?? new Set<Stream>();
      // A user with too many open tabs loses the oldest stream, which reconnects if still wanted.
      if (set.size >= STREAMS_PER_USER) set.values().next().value?.response.end();
      set.add(stream);
      streams.set(userId, set);
      response.on('close', () => remove(stream));
      response.write('retry: 3000\n: connected\n\n');
      if (lastEventId !== undefined) {
        for (const row of await repo.eventsOfUserAfter(db, userId, lastEventId, REPLAY_LIMIT))
          push(stream, row);
      }
    },

    /** How many streams this process holds (tests, health). */
    streamCount(): number {
      let count = 0;
      for (const set of streams.values()) count += set.size;
      return count;
    },

    /** Pushes whatever is new now (tests; the poll does it otherwise). */
    sync,
    checkSessions,

    /** Ends every stream (so the server can close) and stops tailing. */
    async stop(): Promise<void> {
      if (stopped) return;
      stopped = true;
      for (const set of streams.values()) for (const stream of set) stream.response.end();
      streams.clear();
      clearInterval(pollTimer);
      clearInterval(heartbeatTimer);
      clearInterval(sessionTimer);
      await started?.catch(() => undefined);
      await stopListening?.();
      await syncing;
    },
  };
}
