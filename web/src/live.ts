// The ledger's live feed: one ledgerEvents subscription for the whole page
// (graphql-ws), which keeps the head up to date and lets views that follow
// the latest state refresh when an event is recorded.
import { createContext } from 'preact';
import { useContext, useEffect, useRef } from 'preact/hooks';
import { pinned, type Route } from './route';

/** LiveEvent is an event as the feed delivers it. */
export interface LiveEvent {
  position: number;
  type: string;
  recordedAt: string;
  actor: string;
  subject: { kind: string; id: string };
}

/** LiveContext holds the newest events seen since the page opened and the ledger head. */
export const LiveContext = createContext<{ head: number | null; events: LiveEvent[]; connected: boolean }>({
  head: null,
  events: [],
  connected: false,
});

/**
 * useRefreshOnEvents calls refresh each time a new event is recorded, unless
 * the route fixes the knowledge point (then nothing recorded later belongs on
 * the page).
 */
export function useRefreshOnEvents(route: Route, refresh: () => void): void {
  const { events } = useContext(LiveContext);
  const newest = events.length ? events[events.length - 1].position : 0;
  const seen = useRef(newest);
  const fixed = pinned(route) || route.params.has('after') || route.params.has('before');
  useEffect(() => {
    if (newest > seen.current && !fixed) refresh();
    seen.current = newest;
  }, [newest, fixed]);
}
