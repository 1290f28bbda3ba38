// Search across records: measures by text and by item, designations by list
// and by party ID, any record by its own ID, and transactions, dialogues and
// enforcement actions by their titles and parties. Every part is a filter
// the API offers (or a record read by ID), asked in one request at the
// page's time point.
import { useQ } from '../api';
import { SearchQuery } from '../queries';
import { asOf, href, setParams, type Route } from '../route';
import { BasisLine, ErrorBox, Loading, RecordLink, Status, useReportBasis } from '../ui';
import { Candidates } from './screen';

interface Hit {
  kind: string;
  id: string;
  label: string;
  status?: string | null;
  why: string;
}

/** SearchPage is the Explorer's front page: a search box and what it found. */
export function SearchPage({ route }: { route: Route }) {
  const q = (route.params.get('q') ?? '').trim();
  const [res] = useQ(SearchQuery, { asOf: asOf(route), text: q, id: q || '-' }, !q);
  const d = res.data;
  useReportBasis(d?.byText.basis);
  const hits: Hit[] = [];
  const seen = new Set<string>();
  const add = (h: Hit) => {
    const k = `${h.kind}/${h.id}`;
    if (!seen.has(k)) {
      seen.add(k);
      hits.push(h);
    }
  };
  const needle = q.toLowerCase();
  const has = (...s: (string | null | undefined)[]) => s.some((x) => x && x.toLowerCase().includes(needle));
  if (d) {
    if (d.measure) add({ kind: 'MEASURE', id: d.measure.recordId, label: d.measure.title, status: d.measure.status, why: 'record ID' });
    if (d.designation)
      add({ kind: 'DESIGNATION', id: d.designation.recordId, label: `${d.designation.party.name} on ${d.designation.list}`, status: d.designation.status, why: 'record ID' });
    if (d.transaction) add({ kind: 'TRANSACTION', id: d.transaction.recordId, label: d.transaction.title, status: d.transaction.status, why: 'record ID' });
    if (d.dialogue) add({ kind: 'DIALOGUE', id: d.dialogue.recordId, label: d.dialogue.name, why: 'record ID' });
    if (d.enforcementAction) add({ kind: 'ENFORCEMENT', id: d.enforcementAction.recordId, label: d.enforcementAction.summary, why: 'record ID' });
    if (d.source) add({ kind: 'SOURCE', id: d.source.recordId, label: `${d.source.title} (${d.source.publisher})`, why: 'record ID' });
    for (const m of d.byText.nodes) add({ kind: 'MEASURE', id: m.recordId, label: m.title, status: m.status, why: 'title, summary or instrument' });
    for (const m of d.byItem.nodes) add({ kind: 'MEASURE', id: m.recordId, label: m.title, status: m.status, why: 'item covered' });
    for (const x of d.byParty.nodes) add({ kind: 'DESIGNATION', id: x.recordId, label: `${x.party.name} on ${x.list}`, status: x.status, why: 'party ID' });
    for (const x of d.byName.nodes) add({ kind: 'DESIGNATION', id: x.recordId, label: `${x.party.name} on ${x.list}`, status: x.status, why: 'name or alias' });
    for (const x of d.byList.nodes) add({ kind: 'DESIGNATION', id: x.recordId, label: `${x.party.name} on ${x.list}`, status: x.status, why: 'list name' });
    for (const t of d.transactions.nodes)
      if (has(t.recordId, t.title, t.target.name, t.target.id, ...t.acquirers.flatMap((a) => [a.name, a.id])))
        add({ kind: 'TRANSACTION', id: t.recordId, label: t.title, status: t.status, why: 'title or parties' });
    for (const x of d.dialogues.nodes)
      if (has(x.recordId, x.name, ...x.parties.flatMap((p) => [p.name, p.id]))) add({ kind: 'DIALOGUE', id: x.recordId, label: x.name, why: 'name or parties' });
    for (const x of d.enforcementActions.nodes)
      if (has(x.recordId, x.summary, ...x.targets.flatMap((p) => [p.name, p.id])))
        add({ kind: 'ENFORCEMENT', id: x.recordId, label: x.summary, why: 'summary or targets' });
  }
  return (
    <>
      <h1>Search the ledger</h1>
      <form
        role="search"
        class="search"
        onSubmit={(e) => {
          e.preventDefault();
          const v = String(new FormData(e.currentTarget as HTMLFormElement).get('q') ?? '').trim();
          setParams({ q: v || undefined });
        }}
      >
        <label for="q">Search records and parties</label>
        <input id="q" name="q" type="search" defaultValue={q} key={q} placeholder="gallium, Micron, US-2022-ACS, Entity List" />
        <button type="submit">Search</button>
      </form>
      {!q && (
        <p>
          Look up measures, designations, transactions, dialogues and enforcement actions, or start from the lists:{' '}
          <a href={href(['measures'])}>measures</a>, <a href={href(['designations'])}>designations</a>,{' '}
          <a href={href(['transactions'])}>transactions</a>, <a href={href(['dialogues'])}>dialogues</a>. Every page answers at the
          valid date and knowledge point above.
        </p>
      )}
      <ErrorBox error={res.error} />
      {q && res.fetching && !d && <Loading />}
      {q && d && (
        <>
          <BasisLine basis={d.byText.basis} />
          <h2>
            {hits.length} result{hits.length === 1 ? '' : 's'} for “{q}”
          </h2>
          <h3>Screening against the lists</h3>
          <Candidates route={route} name={q} />
          <p>
            <a href={href(['screen'], { name: q })}>Screen “{q}” with a birth date, country, identifier or threshold</a>
          </p>
          <h3>Records</h3>
          <ul class="results">
            {hits.map((h) => (
              <li key={`${h.kind}/${h.id}`}>
                <span class="kind">{h.kind.toLowerCase()}</span> <RecordLink kind={h.kind} id={h.id}>{h.label}</RecordLink>{' '}
                <Status value={h.status} /> <span class="muted">matched by {h.why} · {h.id}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
