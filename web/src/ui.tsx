// Pieces every page uses: the time controls, "cite this view", the basis
// line, status badges, sources, errors and the pager.
import type { ComponentChildren } from 'preact';
import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { CombinedError } from '@urql/core';
import { run } from './api';
import { TreeHeadQuery } from './queries';
import { asOf, current, href, linkedBasis, recordBasis, setParams, type Route } from './route';

/** Basis is the point an answer was computed at. */
export interface Basis {
  position: number;
  validAt: string;
  publishedBy?: string | null;
}

/** BasisContext lets the page tell the shell which basis its answer came from. */
export const BasisContext = createContext<{ basis: Basis | null; setBasis: (b: Basis | null) => void }>({
  basis: null,
  setBasis: () => {},
});

/** useReportBasis hands the basis of the page's answer to the shell. */
export function useReportBasis(b: Basis | null | undefined): void {
  const { setBasis } = useContext(BasisContext);
  const key = b ? `${b.position}/${b.validAt}` : '';
  useEffect(() => {
    setBasis(b ?? null);
    if (b) recordBasis(b);
  }, [key]);
}

/** today is the UTC date now, as the API's Date. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * TimeControls are the two time axes: the valid date and the knowledge point.
 * The inputs are uncontrolled (keyed by the URL's value): a live update that
 * re-renders the page must not wipe what a person is typing.
 */
export function TimeControls({ route }: { route: Route }) {
  const valid = route.params.get('valid') ?? '';
  const pos = route.params.get('pos') ?? '';
  const known = route.params.get('known') ?? '';
  const pub = route.params.get('pub') ?? '';
  const mode = pos ? 'position' : known ? 'time' : 'all';
  const [draftMode, setDraftMode] = useState(mode);
  useEffect(() => setDraftMode(mode), [mode]);
  return (
    <form
      class="time-controls"
      aria-label="Time controls"
      onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget as HTMLFormElement);
        const m = String(f.get('mode'));
        const knownValue = String(f.get('known') ?? '');
        const pubValue = String(f.get('pub') ?? '');
        setParams({
          valid: String(f.get('valid') ?? ''),
          pub: pubValue ? new Date(pubValue + 'Z').toISOString() : undefined,
          pos: m === 'position' ? String(f.get('pos') ?? '') : undefined,
          known: m === 'time' && knownValue ? new Date(knownValue + 'Z').toISOString() : undefined,
          after: undefined,
          before: undefined,
          root: undefined,
        });
      }}
    >
      <label>
        Valid on <input type="date" name="valid" defaultValue={valid} key={`v-${valid}`} aria-describedby="valid-help" />
      </label>
      <span id="valid-help" class="help">
        {valid ? '' : `today (${today()})`}
      </span>
      <label>
        Knowledge{' '}
        <select name="mode" value={draftMode} onChange={(e) => setDraftMode((e.currentTarget as HTMLSelectElement).value)}>
          <option value="all">everything recorded</option>
          <option value="position">as of ledger position</option>
          <option value="time">as recorded by time (UTC)</option>
        </select>
      </label>
      {draftMode === 'position' && (
        <label>
          Position <input type="number" name="pos" min={0} defaultValue={pos} key={`p-${pos}`} required />
        </label>
      )}
      {draftMode === 'time' && (
        <label>
          Recorded by{' '}
          <input type="datetime-local" name="known" step={1} defaultValue={known ? known.slice(0, 19) : ''} key={`k-${known}`} required />
        </label>
      )}
      <label>
        Published by{' '}
        <input type="datetime-local" name="pub" step={1} defaultValue={pub ? pub.slice(0, 19) : ''} key={`b-${pub}`} aria-describedby="pub-help" />
      </label>
      <span id="pub-help" class="help">
        {pub ? '' : 'any publication date'}
      </span>
      <button type="submit">Apply</button>
      {(valid || pos || known || pub) && (
        <button
          type="button"
          onClick={() => setParams({ valid: undefined, pos: undefined, known: undefined, pub: undefined, after: undefined, before: undefined, root: undefined })}
        >
          Reset to today, everything
        </button>
      )}
    </form>
  );
}

/**
 * Cite copies a link to the view at its basis: the valid date and ledger
 * position the answer came from, and the Merkle root of the ledger at that
 * position, so the same page can be shown, and checked, later.
 */
export function Cite() {
  const { basis } = useContext(BasisContext);
  const [cited, setCited] = useState<{ url: string; copied: boolean } | null>(null);
  const [err, setErr] = useState('');
  return (
    <div class="cite">
      <button
        type="button"
        disabled={!basis}
        onClick={async () => {
          if (!basis) return;
          setErr('');
          try {
            const { treeHead } = await run(TreeHeadQuery, { size: basis.position });
            const r = current();
            const frag = href(r.path, { ...Object.fromEntries(r.params), valid: basis.validAt, pos: String(basis.position), known: undefined, pub: basis.publishedBy ?? undefined, basis: undefined, root: treeHead.rootHash });
            const url = location.origin + location.pathname + frag;
            let copied = false;
            try {
              await navigator.clipboard.writeText(url);
              copied = true;
            } catch {
              copied = false;
            }
            setCited({ url, copied });
          } catch (e) {
            setErr((e as Error).message);
          }
        }}
      >
        Cite this view
      </button>
      {cited && (
        <div class="cited" role="status">
          <label>
            {cited.copied ? 'Copied: ' : 'Copy this link: '}
            <input class="cite-url" readOnly value={cited.url} size={60} onFocus={(e) => (e.currentTarget as HTMLInputElement).select()} />
          </label>
        </div>
      )}
      {err && <p class="error" role="alert">Could not cite: {err}</p>}
    </div>
  );
}

/** CitedRoot checks a cited root (the URL's root) against the server's tree head at the cited position. */
export function CitedRoot({ route }: { route: Route }) {
  const root = route.params.get('root');
  const pos = route.params.get('pos');
  const [state, setState] = useState<'checking' | 'match' | 'differs' | 'error'>('checking');
  const [served, setServed] = useState('');
  useEffect(() => {
    if (!root || !pos) return;
    setState('checking');
    run(TreeHeadQuery, { size: Number(pos) })
      .then(({ treeHead }) => {
        setServed(treeHead.rootHash);
        setState(treeHead.rootHash.toLowerCase() === root.toLowerCase() ? 'match' : 'differs');
      })
      .catch(() => setState('error'));
  }, [root, pos]);
  if (!root || !pos) return null;
  return (
    <p class={`cited-root ${state}`} role="status">
      Cited view: the ledger's first {pos} events had Merkle root <code class="hash">{root.slice(0, 16)}…</code>{' '}
      {state === 'checking' && '(checking…)'}
      {state === 'match' && <strong>✓ this server's tree head at {pos} is the same</strong>}
      {state === 'differs' && (
        <strong>
          ✗ this server's tree head at {pos} differs: <code class="hash">{served.slice(0, 16)}…</code>
        </strong>
      )}
      {state === 'error' && <strong>the server could not give a tree head at {pos}</strong>}
    </p>
  );
}

/** LinkedBasis tells that the page shows the basis its link carried, and offers the latest state. */
export function LinkedBasis({ route, head }: { route: Route; head: number | null }) {
  const b = linkedBasis(route);
  if (!b || route.params.has('pos') || route.params.has('known')) return null;
  const p = new URLSearchParams(route.params);
  p.delete('basis');
  return (
    <p class="notice linked-basis" role="status">
      This link shows the answer at ledger position <strong>{b.position}</strong>, valid date <strong>{b.validAt}</strong>, as
      when the link was made{head !== null && head > b.position ? `; the ledger has recorded up to position ${head} since` : ''}.{' '}
      <a href={'#/' + route.path.map(encodeURIComponent).join('/') + (p.toString() ? '?' + p.toString() : '')}>Show the latest</a>
    </p>
  );
}

/** BasisLine says which point an answer was computed at. */
export function BasisLine({ basis, label = 'Answer' }: { basis?: Basis | null; label?: string }) {
  if (!basis) return null;
  return (
    <p class="basis">
      {label} as of valid date <strong>{basis.validAt}</strong>, ledger position <strong>{basis.position}</strong>
      {basis.publishedBy && (
        <>
          , published by <strong>{basis.publishedBy}</strong>
        </>
      )}
    </p>
  );
}

/** Status shows a status in enum spelling as a badge. */
export function Status({ value }: { value?: string | null }) {
  if (!value) return null;
  return <span class={`status status-${value.toLowerCase()}`}>{value.replace(/_/g, ' ').toLowerCase()}</span>;
}

/** SourceT is a cited document. */
export interface SourceT {
  sourceId?: string | null;
  citation: string;
  title: string;
  publisher: string;
  url?: string | null;
  official: boolean;
  publishedOn?: string | null;
}

/** Sources lists documents with their links. */
export function Sources({ sources }: { sources: SourceT[] }) {
  if (!sources.length) return <p class="muted">No sources.</p>;
  return (
    <ul class="sources">
      {sources.map((s, i) => (
        <li key={i}>
          {s.url ? (
            <a href={s.url} rel="noopener noreferrer" target="_blank">
              {s.title}
            </a>
          ) : (
            s.title
          )}
          {s.citation && <> · <cite>{s.citation}</cite></>}
          {' · '}
          {s.publisher}
          {s.publishedOn && <> · {s.publishedOn}</>}
          {s.official ? ' · official' : ' · unofficial'}
          {s.sourceId && (
            <>
              {' · '}
              <a href={href(['record', 'SOURCE', s.sourceId])}>source record {s.sourceId}</a>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/** ErrorBox shows a failed request in words, with the API's error code when it gave one. */
export function ErrorBox({ error }: { error?: CombinedError | Error | null }) {
  if (!error) return null;
  const ce = error as CombinedError;
  const msgs = ce.graphQLErrors?.length
    ? ce.graphQLErrors.map((g) => `${g.message}${g.extensions?.code ? ` (${g.extensions.code})` : ''}`)
    : [ce.networkError ? `the server could not be reached: ${ce.networkError.message}` : error.message];
  return (
    <div class="error" role="alert">
      {msgs.map((m, i) => (
        <p key={i}>{m}</p>
      ))}
    </div>
  );
}

/** Loading says a request is under way. */
export function Loading() {
  return (
    <p class="loading" role="status">
      Loading…
    </p>
  );
}

/** PageInfoT is a connection's pageInfo. */
export interface PageInfoT {
  hasNextPage: boolean;
  hasPreviousPage?: boolean;
  startCursor?: string | null;
  endCursor?: string | null;
}

/**
 * Pager moves through a connection a page at a time. The cursor goes into the
 * URL; the API's cursor carries the basis, so every page is cut from the same
 * state of the ledger.
 */
export function Pager({ info, total, shown, route }: { info: PageInfoT; total: number; shown: number; route: Route }) {
  const atStart = !route.params.get('after') && !route.params.get('before');
  return (
    <nav class="pager" aria-label="Pages">
      <span>
        {shown} shown of {total}
      </span>
      <button type="button" disabled={atStart} onClick={() => setParams({ after: undefined, before: undefined })}>
        First page
      </button>
      <button
        type="button"
        disabled={atStart || !info.hasPreviousPage || !info.startCursor}
        onClick={() => setParams({ before: info.startCursor ?? undefined, after: undefined })}
      >
        Previous page
      </button>
      <button
        type="button"
        disabled={!info.hasNextPage || !info.endCursor}
        onClick={() => setParams({ after: info.endCursor ?? undefined, before: undefined })}
      >
        Next page
      </button>
    </nav>
  );
}

/** pageVars turns the route's cursor into first/after or last/before. */
export function pageVars(route: Route, size = 25) {
  const after = route.params.get('after');
  const before = route.params.get('before');
  if (before) return { last: size, before, asOf: asOf(route) };
  return { first: size, after: after ?? undefined, asOf: asOf(route) };
}

/** Section is a titled part of a page. */
export function Section({ title, children, id }: { title: string; children: ComponentChildren; id?: string }) {
  return (
    <section aria-labelledby={id ?? slug(title)}>
      <h2 id={id ?? slug(title)}>{title}</h2>
      {children}
    </section>
  );
}

function slug(s: string) {
  return 'h-' + s.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

const recordPages = new Set(['MEASURE', 'DESIGNATION', 'TRANSACTION', 'DIALOGUE', 'ENFORCEMENT', 'SOURCE']);

/** RecordLink links to a record's page; links and checkpoints have none, so they are named without a link. */
export function RecordLink({ kind, id, children }: { kind: string; id: string; children?: ComponentChildren }) {
  if (!recordPages.has(kind)) return <span>{children ?? `${kind.toLowerCase()} ${id}`}</span>;
  return <a href={href(['record', kind, id])}>{children ?? id}</a>;
}

/** PartyLink links to the timeline of a party. */
export function PartyLink({ party }: { party: { id: string; name: string } }) {
  return <a href={href(['timeline'], { subject: `party:${party.id}` })}>{party.name}</a>;
}

/** joinNodes puts separators between nodes. */
export function joinNodes(nodes: ComponentChildren[], sep = ', '): ComponentChildren[] {
  return nodes.flatMap((n, i) => (i ? [sep, n] : [n]));
}
