import { createContext, useContext, useEffect, useRef } from 'react';
import type { LiveEvent } from '../../../../src/contracts/notifications.js';

export type { LiveEvent };

/** Where the event stream stands: live, (re)connecting, or given up (pages then offer a refresh). */
export type LiveStatus = 'idle' | 'connecting' | 'open' | 'failed';

export interface LiveValue {
  status: LiveStatus;
  /** Adds a listener for every event; returns the function that removes it. */
  subscribe: (listener: (event: LiveEvent) => void) => () => void;
  /** Starts over after the stream gave up. */
  reconnect: () => void;
}

export const LiveContext = createContext<LiveValue>({
  status: 'idle',
  subscribe: () => () => undefined,
  reconnect: () => undefined,
});

export function useLive(): LiveValue {
  return useContext(LiveContext);
}

/** Calls `listener` for each live event while the component is mounted (the latest listener is used). */
export function useLiveEvents(listener: (event: LiveEvent) => void): LiveStatus {
  const live = useLive();
  const latest = useRef(listener);
  latest.current = listener;
  const { subscribe } = live;
  useEffect(() => subscribe((event) => latest.current(event)), [subscribe]);
  return live.status;
}
