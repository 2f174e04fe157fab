// The hub's own duties on one process, with a stand-in response: heartbeats, ending streams whose
// session is gone or whose reader stopped reading, and ending everything on stop.

import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { setupTestApp } from '../../../test/support/context.js';
import { insertLiveEvent } from '../notifications/notifications.repository.js';
import { createLiveHub, frame } from './live.hub.js';

const ctx = setupTestApp();

class StandInResponse extends EventEmitter {
  text = '';
  ended = false;
  writableLength = 0;
  writeHead() {
    return this;
  }
  write(chunk: string) {
    this.text += chunk;
    return true;
  }
  end() {
    if (this.ended) return;
    this.ended = true;
    this.emit('close');
  }
}

const asResponse = (r: StandInResponse) => r as unknown as ServerResponse;
const hubFor = () =>
  createLiveHub({
    database: ctx.database,
    log: { error: () => undefined },
    timing: { heartbeatMs: 20, sessionCheckMs: 20 },
  });

describe('live hub', () => {
  it('frames an event with its id, kind and JSON data', () => {
    expect(frame({ id: 7, userId: 'u', kind: 'unread', payload: { total: 2 } })).toBe(
      'id: 7\nevent: unread\ndata: {"total":2}\n\n',
    );
  });

  it('sends heartbeats, pushes its user’s rows, and ends streams whose session is gone', async () => {
    const hub = hubFor();
    const userId = randomUUID();
    let signedIn = true;
    const response = new StandInResponse();
    await hub.open(userId, asResponse(response), {}, undefined, async () => signedIn);
    await expect.poll(() => response.text, { timeout: 2000, interval: 10 }).toContain(': ping');
    await insertLiveEvent(ctx.database.db, { userId, kind: 'notification', payload: { id: 'x' } });
    await insertLiveEvent(ctx.database.db, {
      userId: randomUUID(),
      kind: 'notification',
      payload: { id: 'y' },
    });
    // The poll (1 s) picks the rows up; an in-flight sync may have started before the inserts.
    await expect.poll(() => response.text, { timeout: 3000, interval: 10 }).toContain('data: {"id":"x"}');
    expect(response.text).not.toContain('"y"');
    signedIn = false;
    await expect.poll(() => response.ended, { timeout: 2000, interval: 10 }).toBe(true);
    expect(hub.streamCount()).toBe(0);
    await hub.stop();
  });

  it('drops a reader that stopped reading, and ends every stream on stop', async () => {
    const hub = hubFor();
    const stalled = new StandInResponse();
    const idle = new StandInResponse();
    const userId = randomUUID();
    await hub.open(userId, asResponse(stalled), {}, undefined, async () => true);
    await hub.open(randomUUID(), asResponse(idle), {}, undefined, async () => true);
    stalled.writableLength = 2 * 1024 * 1024;
    await insertLiveEvent(ctx.database.db, { userId, kind: 'notification', payload: {} });
    await expect.poll(() => stalled.ended, { timeout: 3000, interval: 10 }).toBe(true);
    expect(hub.streamCount()).toBe(1);
    await hub.stop();
    expect(idle.ended).toBe(true);
  });
});
