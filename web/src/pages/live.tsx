// New ledger events as they are recorded, pushed over graphql-ws.
import { useContext } from 'preact/hooks';
import { LiveContext } from '../live';
import { RecordLink } from '../ui';

/** LivePage lists the events recorded since the page was opened, newest first. */
export function LivePage() {
  const { events, head, connected } = useContext(LiveContext);
  return (
    <>
      <h1>Live</h1>
      <p>
        {connected ? 'Connected: ' : 'Connecting… '}new events appear here as the ledger records them, without reloading. Ledger head:{' '}
        <strong class="head">{head ?? '…'}</strong>.
      </p>
      {events.length === 0 ? (
        <p class="muted">No event recorded since this page was opened.</p>
      ) : (
        <ol class="live-events" reversed aria-live="polite">
          {[...events].reverse().map((e) => (
            <li key={e.position}>
              <span class="muted">{e.position}</span> <strong>{e.type}</strong> <RecordLink kind={e.subject.kind} id={e.subject.id} />{' '}
              <span class="muted">
                recorded {e.recordedAt.slice(0, 19).replace('T', ' ')} by {e.actor}
              </span>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
