// Official lists: their freshness (last snapshot, when it was published or
// observed, its hash, entries) and how a list changed between two points
// (added, delisted, amended with each field's old and new values), like
// OpenSanctions' delta files.
import { useQ } from '../api';
import type { ListChangeOp } from '../gql/graphql';
import { useRefreshOnEvents } from '../live';
import { ListDeltaQuery, ListsQuery } from '../queries';
import { asOf, href, setParams, type Route } from '../route';
import { BasisLine, ErrorBox, Loading, RecordLink, useReportBasis } from '../ui';

function age(seconds: number): string {
  const d = Math.floor(seconds / 86400);
  if (d >= 1) return `${d} day${d === 1 ? '' : 's'}`;
  const h = Math.floor(seconds / 3600);
  return h >= 1 ? `${h} hour${h === 1 ? '' : 's'}` : `${Math.max(0, Math.floor(seconds / 60))} minutes`;
}

const opWords: Record<ListChangeOp, string> = { ADD: 'added', MOD: 'amended', DEL: 'delisted' };

function point(route: Route, prefix: 'from' | 'to') {
  const g = (k: string) => route.params.get(prefix + k) || undefined;
  const pos = g('Pos');
  return { validAt: g('Valid'), position: pos && /^\d+$/.test(pos) ? Number(pos) : undefined, publishedBy: g('Pub') };
}

/** ListsPage shows every list's freshness, and the delta of one list between two points. */
export function ListsPage({ route }: { route: Route }) {
  const [res, reexec] = useQ(ListsQuery, { asOf: asOf(route) });
  useRefreshOnEvents(route, () => reexec({ requestPolicy: 'network-only' }));
  const lists = res.data?.lists;
  const list = route.params.get('list') ?? '';
  const ready = !!list && ['fromValid', 'fromPos', 'fromPub', 'toValid', 'toPos', 'toPub'].some((k) => route.params.has(k));
  const [delta] = useQ(
    ListDeltaQuery,
    { list, from: point(route, 'from'), to: point(route, 'to'), first: 50, after: route.params.get('after') ?? undefined },
    !ready,
  );
  const d = delta.data?.listDelta;
  useReportBasis(d?.to ?? lists?.[0]?.basis);
  const field = (name: string, label: string, type: 'date' | 'number' | 'datetime-local') => (
    <label>
      {label}{' '}
      <input
        name={name}
        type={type}
        step={type === 'datetime-local' ? 1 : undefined}
        min={type === 'number' ? 0 : undefined}
        defaultValue={type === 'datetime-local' ? (route.params.get(name) ?? '').slice(0, 19) : (route.params.get(name) ?? '')}
      />
    </label>
  );
  return (
    <>
      <h1>Official lists</h1>
      <ErrorBox error={res.error} />
      {res.fetching && !lists && <Loading />}
      {lists && (
        <>
          <BasisLine basis={lists[0]?.basis} />
          {lists.length === 0 ? (
            <p>The ledger holds no snapshot of an official list at this point.</p>
          ) : (
            <table>
              <caption class="sr-only">Lists and their freshness</caption>
              <thead>
                <tr>
                  <th scope="col">List</th>
                  <th scope="col">Snapshots</th>
                  <th scope="col">Last published or observed</th>
                  <th scope="col">Age</th>
                  <th scope="col">Listed</th>
                  <th scope="col">Last snapshot</th>
                </tr>
              </thead>
              <tbody>
                {lists.map((l) => (
                  <tr key={l.list}>
                    <td>
                      <a href={href(['lists'], { list: l.list })}>{l.list}</a>
                    </td>
                    <td>{l.snapshots}</td>
                    <td>{l.publishedAt}</td>
                    <td>{age(l.ageSeconds)}</td>
                    <td>
                      <a href={href(['designations'], { list: l.list, status: 'DESIGNATED' })}>{l.listed.toLocaleString('en')}</a>
                    </td>
                    <td>
                      <RecordLink kind="SOURCE" id={l.lastSnapshot.recordId}>
                        {l.lastSnapshot.title}
                      </RecordLink>
                      <div class="hash">{l.lastSnapshot.sha256}</div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
      <h2>What changed on a list between two points</h2>
      <form
        class="filters"
        aria-label="List and points to compare"
        key={route.params.toString()}
        onSubmit={(e) => {
          e.preventDefault();
          const f = new FormData(e.currentTarget as HTMLFormElement);
          const g = (k: string) => String(f.get(k) ?? '').trim() || undefined;
          const iso = (k: string) => (g(k) ? new Date(g(k) + 'Z').toISOString() : undefined);
          setParams({
            list: g('list'),
            fromValid: g('fromValid'),
            fromPos: g('fromPos'),
            fromPub: iso('fromPub'),
            toValid: g('toValid'),
            toPos: g('toPos'),
            toPub: iso('toPub'),
            after: undefined,
          });
        }}
      >
        <label>
          List <input name="list" defaultValue={list} list="known-lists" required placeholder="us-ofac-sdn" />
        </label>
        <datalist id="known-lists">
          {lists?.map((l) => (
            <option key={l.list} value={l.list} />
          ))}
        </datalist>
        <fieldset>
          <legend>From</legend>
          {field('fromValid', 'Valid on', 'date')}
          {field('fromPub', 'Published by', 'datetime-local')}
          {field('fromPos', 'Ledger position', 'number')}
        </fieldset>
        <fieldset>
          <legend>To</legend>
          {field('toValid', 'Valid on', 'date')}
          {field('toPub', 'Published by', 'datetime-local')}
          {field('toPos', 'Ledger position', 'number')}
        </fieldset>
        <button type="submit">Compare</button>
      </form>
      <p class="muted">
        To compare two snapshots, give each side the time it was published by; empty fields mean today and everything recorded.
      </p>
      <ErrorBox error={delta.error} />
      {ready && delta.fetching && !d && <Loading />}
      {d && (
        <>
          <p class="basis">
            {list}: from position <strong>{d.from.position}</strong> (valid {d.from.validAt}
            {d.from.publishedBy && `, published by ${d.from.publishedBy}`}) to position <strong>{d.to.position}</strong> (valid {d.to.validAt}
            {d.to.publishedBy && `, published by ${d.to.publishedBy}`}): {d.totalCount} change{d.totalCount === 1 ? '' : 's'}.
          </p>
          <table class="delta">
            <caption class="sr-only">Changes of the list</caption>
            <thead>
              <tr>
                <th scope="col">Change</th>
                <th scope="col">Entry</th>
                <th scope="col">Fields</th>
              </tr>
            </thead>
            <tbody>
              {d.nodes.map((c) => (
                <tr key={`${c.op}/${c.designation.recordId}`}>
                  <td>
                    <span class={`status status-${c.op === 'ADD' ? 'designated' : c.op === 'DEL' ? 'delisted' : 'announced'}`}>{opWords[c.op]}</span>
                  </td>
                  <td>
                    <RecordLink kind="DESIGNATION" id={c.designation.recordId}>
                      {c.designation.party.name}
                    </RecordLink>
                    <div class="muted">
                      {c.designation.recordId}
                      {c.designation.listEntryId && ` · entry ${c.designation.listEntryId}`}
                    </div>
                  </td>
                  <td>
                    {c.changes.length > 0 && (
                      <ul>
                        {c.changes.map((f, i) => (
                          <li key={i}>
                            <strong>{f.field}</strong>: <del>{f.old.join('; ') || '—'}</del> → <ins>{f.new.join('; ') || '—'}</ins>
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <nav class="pager" aria-label="Pages">
            <span>
              {d.nodes.length} shown of {d.totalCount}
            </span>
            {route.params.get('after') && (
              <button type="button" onClick={() => setParams({ after: undefined })}>
                First page
              </button>
            )}
            <button type="button" disabled={!d.pageInfo.hasNextPage} onClick={() => setParams({ after: d.pageInfo.endCursor ?? undefined })}>
              Next page
            </button>
          </nav>
        </>
      )}
    </>
  );
}
