// The retaliation graph around a record and the escalation chain between two
// jurisdictions, drawn with Cytoscape.js (loaded only on these pages): drag
// to pan, scroll to zoom, click a record to open it. The same nodes and
// links are listed below the drawing for keyboards and screen readers.
import { useEffect, useRef } from 'preact/hooks';
import { useQ } from '../api';
import type { RecordKind } from '../gql/graphql';
import { useRefreshOnEvents } from '../live';
import { EscalationQuery, GraphQuery } from '../queries';
import { asOf, href, navigate, setParams, type Route } from '../route';
import { BasisLine, ErrorBox, Loading, RecordLink, Status, useReportBasis } from '../ui';

const words = (s: string) => s.replace(/_/g, ' ').toLowerCase();

interface GNode {
  key: string;
  kind: string;
  id: string;
  label: string;
  status: string;
  jurisdiction: string;
  date?: string | null;
  root?: boolean;
}
interface GEdge {
  id: string;
  from: string;
  to: string;
  relation: string;
  assertedBy: string;
}

const palette: Record<string, string> = { US: '#1f4e99', CN: '#b3261e', JP: '#6b4fa0', NL: '#c25e00', GB: '#2e7d32' };

/** Drawing renders nodes and edges with Cytoscape.js; a click on a node opens the record. */
function Drawing({ nodes, edges, label }: { nodes: GNode[]; edges: GEdge[]; label: string }) {
  const el = useRef<HTMLDivElement>(null);
  const key = JSON.stringify([nodes.map((n) => n.key), edges.map((e) => e.id)]);
  useEffect(() => {
    let cy: { destroy(): void } | null = null;
    let stop = false;
    import('cytoscape').then(({ default: cytoscape }) => {
      if (stop || !el.current) return;
      const c = cytoscape({
        container: el.current,
        elements: [
          ...nodes.map((n) => ({
            data: { id: n.key, label: `${n.id}${n.date ? `\n${n.date}` : ''}`, kind: n.kind, rid: n.id, color: palette[n.jurisdiction] ?? '#455a64' },
            classes: n.root ? 'root' : '',
          })),
          ...edges.map((e) => ({ data: { id: `e-${e.id}`, source: e.from, target: e.to, label: words(e.relation) } })),
        ],
        style: [
          {
            selector: 'node',
            style: {
              'background-color': 'data(color)',
              label: 'data(label)',
              color: '#111',
              'font-size': 11,
              'text-wrap': 'wrap',
              'text-valign': 'bottom',
              'text-margin-y': 4,
              width: 26,
              height: 26,
            },
          },
          { selector: 'node.root', style: { 'border-width': 4, 'border-color': '#111', width: 34, height: 34 } },
          {
            selector: 'edge',
            style: {
              width: 2,
              'line-color': '#888',
              'target-arrow-color': '#888',
              'target-arrow-shape': 'triangle',
              'curve-style': 'bezier',
              label: 'data(label)',
              'font-size': 9,
              color: '#333',
              'text-rotation': 'autorotate',
              'text-background-color': '#fff',
              'text-background-opacity': 1,
            },
          },
        ],
        layout: { name: 'breadthfirst', directed: true, spacingFactor: 1.3, padding: 20 },
      });
      c.on('tap', 'node', (ev) => navigate(href(['record', ev.target.data('kind'), ev.target.data('rid')])));
      c.on('mouseover', 'node', () => el.current && (el.current.style.cursor = 'pointer'));
      c.on('mouseout', 'node', () => el.current && (el.current.style.cursor = ''));
      cy = c;
      // The browser test reads node positions from here to click a node.
      Object.assign(el.current, { cy: c });
    });
    return () => {
      stop = true;
      cy?.destroy();
    };
  }, [key]);
  return <div class="graph" ref={el} role="img" aria-label={label} data-nodes={nodes.length} data-edges={edges.length} />;
}

function EdgeList({ edges, nodes }: { edges: GEdge[]; nodes: GNode[] }) {
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  return (
    <ul class="edges">
      {edges.map((e) => {
        const f = byKey.get(e.from);
        const t = byKey.get(e.to);
        return (
          <li key={e.id}>
            <RecordLink kind={f?.kind ?? ''} id={f?.id ?? e.from} /> {words(e.relation)} <RecordLink kind={t?.kind ?? ''} id={t?.id ?? e.to} />{' '}
            <span class="muted">(asserted by {words(e.assertedBy)})</span>
          </li>
        );
      })}
    </ul>
  );
}

/** GraphPage shows the retaliation graph around root=KIND:ID. */
export function GraphPage({ route }: { route: Route }) {
  const root = route.params.get('root') ?? 'MEASURE:US-2022-ACS';
  const [kind, ...rest] = root.split(':');
  const id = rest.join(':');
  const depth = Math.min(10, Math.max(0, Number(route.params.get('depth') ?? 2) || 0));
  const [res, reexec] = useQ(GraphQuery, { record: { kind: kind as RecordKind, id }, depth, asOf: asOf(route) }, !id);
  useRefreshOnEvents(route, () => reexec({ requestPolicy: 'network-only' }));
  const g = res.data?.retaliationGraph;
  useReportBasis(g?.basis);
  const nodes: GNode[] =
    g?.nodes.map((n) => ({
      key: `${n.record.ref.kind}:${n.record.ref.id}`,
      kind: n.record.ref.kind,
      id: n.record.ref.id,
      label: n.record.label,
      status: n.record.status,
      jurisdiction: n.record.jurisdiction,
      date: n.record.date,
      root: n.depth === 0,
    })) ?? [];
  const edges: GEdge[] =
    g?.edges.map((e) => ({ id: e.id, from: `${e.fromRef.kind}:${e.fromRef.id}`, to: `${e.toRef.kind}:${e.toRef.id}`, relation: e.relation, assertedBy: e.assertedBy })) ?? [];
  return (
    <>
      <h1>Retaliation graph</h1>
      <form
        class="filters"
        aria-label="Graph root"
        key={route.params.toString()}
        onSubmit={(e) => {
          e.preventDefault();
          const f = new FormData(e.currentTarget as HTMLFormElement);
          setParams({ root: `${f.get('kind')}:${String(f.get('id') ?? '').trim()}`, depth: String(f.get('depth')) });
        }}
      >
        <label>
          Kind{' '}
          <select name="kind" defaultValue={kind}>
            {['MEASURE', 'DESIGNATION', 'TRANSACTION', 'ENFORCEMENT', 'DIALOGUE'].map((k) => (
              <option key={k} value={k}>
                {k.toLowerCase()}
              </option>
            ))}
          </select>
        </label>
        <label>
          Record ID <input name="id" defaultValue={id} required />
        </label>
        <label>
          Depth <input name="depth" type="number" min={0} max={10} defaultValue={String(depth)} />
        </label>
        <button type="submit">Draw</button>
      </form>
      <p>
        <a href={href(['escalation'], { a: 'US', b: 'CN' })}>Escalation chain between two jurisdictions</a>
      </p>
      <ErrorBox error={res.error} />
      {res.fetching && !g && <Loading />}
      {g && (
        <>
          <BasisLine basis={g.basis} />
          <p>
            {nodes.length} records and {edges.length} links within {depth} links of <RecordLink kind={kind} id={id} />
            {g.truncated && ' (cut at the size limit)'}. Drag to pan, scroll to zoom, click a record to open it.
          </p>
          <Drawing nodes={nodes} edges={edges} label={`Retaliation graph around ${id}: ${nodes.length} records, ${edges.length} links`} />
          <h2>Records</h2>
          <ul>
            {nodes.map((n) => (
              <li key={n.key}>
                <RecordLink kind={n.kind} id={n.id}>
                  {n.label || n.id}
                </RecordLink>{' '}
                <span class="muted">
                  {n.id} · {n.jurisdiction} {n.date}
                </span>{' '}
                <Status value={n.status} />
              </li>
            ))}
          </ul>
          <h2>Links</h2>
          <EdgeList edges={edges} nodes={nodes} />
        </>
      )}
    </>
  );
}

/** EscalationPage shows the measures two jurisdictions took against each other, linked. */
export function EscalationPage({ route }: { route: Route }) {
  const a = (route.params.get('a') ?? 'US').toUpperCase();
  const b = (route.params.get('b') ?? 'CN').toUpperCase();
  const from = route.params.get('from') || undefined;
  const to = route.params.get('to') || undefined;
  const [res, reexec] = useQ(EscalationQuery, { a, b, from, to, asOf: asOf(route) });
  useRefreshOnEvents(route, () => reexec({ requestPolicy: 'network-only' }));
  const c = res.data?.escalationChain;
  useReportBasis(c?.basis);
  const nodes: GNode[] =
    c?.steps.map((s) => ({
      key: `${s.measure.ref.kind}:${s.measure.ref.id}`,
      kind: s.measure.ref.kind,
      id: s.measure.ref.id,
      label: s.measure.label,
      status: s.measure.status,
      jurisdiction: s.by,
      date: s.measure.date,
    })) ?? [];
  const keys = new Set(nodes.map((n) => n.key));
  const edges: GEdge[] =
    c?.links
      .map((e) => ({ id: e.id, from: `${e.fromRef.kind}:${e.fromRef.id}`, to: `${e.toRef.kind}:${e.toRef.id}`, relation: e.relation, assertedBy: e.assertedBy }))
      .filter((e) => keys.has(e.from) && keys.has(e.to)) ?? [];
  return (
    <>
      <h1>
        Escalation chain: {a} and {b}
      </h1>
      <form
        class="filters"
        aria-label="Jurisdictions and dates"
        key={route.params.toString()}
        onSubmit={(e) => {
          e.preventDefault();
          const f = new FormData(e.currentTarget as HTMLFormElement);
          const g = (k: string) => String(f.get(k) ?? '').trim() || undefined;
          setParams({ a: g('a'), b: g('b'), from: g('from'), to: g('to') });
        }}
      >
        <label>
          Between <input name="a" defaultValue={a} size={3} maxLength={2} />
        </label>
        <label>
          and <input name="b" defaultValue={b} size={3} maxLength={2} />
        </label>
        <label>
          Announced from <input name="from" type="date" defaultValue={from ?? ''} />
        </label>
        <label>
          to <input name="to" type="date" defaultValue={to ?? ''} />
        </label>
        <button type="submit">Draw</button>
      </form>
      <ErrorBox error={res.error} />
      {res.fetching && !c && <Loading />}
      {c && (
        <>
          <BasisLine basis={c.basis} />
          <p>
            {nodes.length} measures, {edges.length} links between them.
          </p>
          <Drawing nodes={nodes} edges={edges} label={`Escalation chain between ${a} and ${b}: ${nodes.length} measures, ${edges.length} links`} />
          <ol>
            {c.steps.map((s) => (
              <li key={s.measure.ref.id}>
                <strong>{s.measure.date}</strong> {s.by} against {s.against}:{' '}
                <RecordLink kind={s.measure.ref.kind} id={s.measure.ref.id}>
                  {s.measure.label}
                </RecordLink>{' '}
                <Status value={s.measure.status} />
                {s.answers.length > 0 && <span class="muted"> · answers {s.answers.map((l) => l.toRef.id).join(', ')}</span>}
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}
