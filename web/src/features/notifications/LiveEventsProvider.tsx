import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { liveEventSchema } from '../../../../src/contracts/notifications.js';
import { useAuth } from '../../app/auth-context';
import { LiveContext, type LiveEvent, type LiveStatus } from './liveContext';

const KINDS = ['notification', 'message', 'unread'] as const;
/** Attempts after the browser's own retries stop (the server refused, or the stream kept failing). */
const MAX_ATTEMPTS = 5;

/**
 * One EventSource on /api/events per signed-in tab, shared by the bell, the notification list and
 * threads. The browser reconnects by itself (resuming after Last-Event-ID); when it gives up (the stream
 * closed with an error), we retry with a growing delay, then report "failed" so pages offer a refresh.
 */
export function LiveEventsProvider({ children }: { children: ReactNode }) {
  const { user } = useAuth();
  const userId = user?.id ?? null;
  const listeners = useRef(new Set<(event: LiveEvent) => void>());
  const [status, setStatus] = useState<LiveStatus>('idle');
  const [generation, setGeneration] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `generation` is the explicit restart trigger.
  useEffect(() => {
    if (!userId || typeof EventSource === 'undefined') {
      setStatus('idle');
      return;
    }
    let source: EventSource | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let attempts = 0;
    let stopped = false;

    const deliver = (kind: (typeof KINDS)[number]) => (message: MessageEvent<string>) => {
      let payload: unknown;
      try {
        payload = JSON.parse(message.data);
      } catch {
        return;
      }
      const parsed = liveEventSchema.safeParse({ kind, payload });
      if (!parsed.success) return;
      for (const listener of listeners.current) listener(parsed.data);
    };

    const connect = () => {
      if (stopped) return;
      setStatus('connecting');
      source = new EventSource('/api/events', { withCredentials: true });
      source.onopen = () => {
        attempts = 0;
        setStatus('open');
      };
      source.onerror = () => {
        if (!source || source.readyState !== EventSource.CLOSED) {
          setStatus('connecting');
          return;
        }
        source.close();
        attempts += 1;
        if (attempts >= MAX_ATTEMPTS) {
          setStatus('failed');
          return;
        }
        timer = setTimeout(connect, 1000 * 2 ** attempts);
      };
      for (const kind of KINDS) source.addEventListener(kind, deliver(kind));
    };
    connect();
    return () => {
      stopped = true;
      clearTimeout(timer);
      source?.close();
    };
  }, [userId, generation]);

  const subscribe = useCallback((listener: (event: LiveEvent) => void) => {
    listeners.current.add(listener);
    return () => {
      listeners.current.delete(listener);
    };
  }, []);
  const reconnect = useCallback(() => setGeneration((n) => n + 1), []);
  const value = useMemo(() => ({ status, subscribe, reconnect }), [status, subscribe, reconnect]);
  return <LiveContext.Provider value={value}>{children}</LiveContext.Provider>;
}
