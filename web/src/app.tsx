// The Explorer's shell: navigation, the two time controls, "cite this view",
// the live feed, and the page the URL names.
import { useEffect, useState } from 'preact/hooks';
import { client, run, wsClient } from './api';
import { LiveContext, type LiveEvent } from './live';
import { DesignationsPage, DialoguesPage, EnforcementPage, MeasuresPage, TransactionsPage } from './pages/lists';
import { DiffPage } from './pages/diff';
import { EscalationPage, GraphPage } from './pages/graph';
import { LivePage } from './pages/live';
import { RecordPage } from './pages/record';
import { ListsPage } from './pages/sanctions';
import { ScreenPage } from './pages/screen';
import { SearchPage } from './pages/search';
import { TimelinePage } from './pages/timeline';
import { LedgerHead, LiveEvents } from './queries';
import { href, useRoute, type Route } from './route';
import { BasisContext, Cite, CitedRoot, LinkedBasis, TimeControls, type Basis } from './ui';

const nav: [string, string][] = [
  ['', 'Search'],
  ['measures', 'Measures'],
  ['designations', 'Designations'],
  ['lists', 'Lists'],
  ['screen', 'Screen'],
  ['transactions', 'Transactions'],
  ['dialogues', 'Dialogues'],
  ['enforcement', 'Enforcement'],
  ['timeline', 'Timeline'],
  ['diff', 'Diff'],
  ['graph', 'Graph'],
  ['live', 'Live'],
];

function Page({ route }: { route: Route }) {
  switch (route.path[0] ?? '') {
    case '':
    case 'search':
      return <SearchPage route={route} />;
    case 'measures':
      return <MeasuresPage route={route} />;
    case 'designations':
      return <DesignationsPage route={route} />;
    case 'lists':
      return <ListsPage route={route} />;
    case 'screen':
      return <ScreenPage route={route} />;
    case 'transactions':
      return <TransactionsPage route={route} />;
    case 'dialogues':
      return <DialoguesPage route={route} />;
    case 'enforcement':
      return <EnforcementPage route={route} />;
    case 'record':
      return <RecordPage route={route} />;
    case 'timeline':
      return <TimelinePage route={route} />;
    case 'diff':
      return <DiffPage route={route} />;
    case 'graph':
      return <GraphPage route={route} />;
    case 'escalation':
      return <EscalationPage route={route} />;
    case 'live':
      return <LivePage />;
    default:
      return (
        <>
          <h1>Not found</h1>
          <p role="alert">
            There is no page “{route.path.join('/')}”. <a href={href([])}>Search the ledger</a>.
          </p>
        </>
      );
  }
}

/** useLive subscribes to the ledger's new events once for the whole page. */
function useLive() {
  const [state, setState] = useState<{ head: number | null; events: LiveEvent[]; connected: boolean }>({ head: null, events: [], connected: false });
  useEffect(() => {
    let unsubscribe = () => {};
    let stop = false;
    const offConnected = wsClient.on('connected', () => setState((s) => ({ ...s, connected: true })));
    const offClosed = wsClient.on('closed', () => setState((s) => ({ ...s, connected: false })));
    run(LedgerHead, {})
      .then(({ ledger }) => {
        if (stop) return;
        setState((s) => ({ ...s, head: Math.max(s.head ?? 0, ledger.head) }));
        // Resume after the head we know: nothing recorded in between is missed.
        const sub = client.subscription(LiveEvents.toString(), { after: ledger.head }).subscribe((r) => {
          const ev = r.data?.ledgerEvents as LiveEvent | undefined;
          if (!ev) return;
          setState((s) =>
            s.events.some((e) => e.position === ev.position)
              ? s
              : { ...s, head: Math.max(s.head ?? 0, ev.position), events: [...s.events.slice(-199), ev] },
          );
        });
        unsubscribe = () => sub.unsubscribe();
      })
      .catch(() => {});
    return () => {
      stop = true;
      unsubscribe();
      offConnected();
      offClosed();
    };
  }, []);
  return state;
}

/** App is the Explorer. */
export function App() {
  const route = useRoute();
  const [basis, setBasis] = useState<Basis | null>(null);
  const live = useLive();
  const section = route.path[0] ?? '';
  useEffect(() => {
    const h1 = document.querySelector('main h1');
    document.title = `${h1?.textContent ?? 'Ledger Explorer'} · Ledger Explorer`;
  });
  return (
    <LiveContext.Provider value={live}>
      <BasisContext.Provider value={{ basis, setBasis }}>
        <a class="skip" href="#main" onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}>
          Skip to content
        </a>
        <header>
          <div class="brand">
            <a href={href([])}>Ledger Explorer</a>
            <span class="muted">
              {' '}
              · head <span class="live-head">{live.head ?? '…'}</span>
              {live.connected ? ' · live' : ''} · <a href="/graphiql">GraphiQL</a>
            </span>
          </div>
          <nav aria-label="Sections">
            <ul>
              {nav.map(([p, label]) => (
                <li key={p}>
                  <a href={href(p ? [p] : [])} aria-current={section === p || (p === '' && section === 'search') ? 'page' : undefined}>
                    {label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <div class="controls">
            <TimeControls route={route} />
            <Cite />
          </div>
          <CitedRoot route={route} />
          <LinkedBasis route={route} head={live.head} />
        </header>
        <main id="main" tabIndex={-1}>
          <Page route={route} />
        </main>
      </BasisContext.Provider>
    </LiveContext.Provider>
  );
}
