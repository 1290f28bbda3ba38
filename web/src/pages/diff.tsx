// What changed between two points on the two time axes.
import { useQ } from '../api';
import { DiffQuery } from '../queries';
import { setParams, type Route } from '../route';
import { ErrorBox, Loading, RecordLink, Status, useReportBasis } from '../ui';

function point(route: Route, prefix: 'from' | 'to') {
  const v = route.params.get(`${prefix}Valid`) || undefined;
  const p = route.params.get(`${prefix}Pos`);
  return { validAt: v, position: p && /^\d+$/.test(p) ? Number(p) : undefined };
}

/** DiffPage compares two points: by default the valid date a year ago and today, at everything recorded. */
export function DiffPage({ route }: { route: Route }) {
  const from = point(route, 'from');
  const to = point(route, 'to');
  const ready = route.params.has('fromValid') || route.params.has('fromPos') || route.params.has('toValid') || route.params.has('toPos');
  const [res] = useQ(DiffQuery, { from, to }, !ready);
  const d = res.data?.diff;
  useReportBasis(d?.toBasis);
  const field = (name: string, label: string, type: 'date' | 'number') => (
    <label>
      {label} <input name={name} type={type} min={type === 'number' ? 0 : undefined} defaultValue={route.params.get(name) ?? ''} />
    </label>
  );
  return (
    <>
      <h1>What changed between two points</h1>
      <form
        class="filters"
        aria-label="Points to compare"
        key={route.params.toString()}
        onSubmit={(e) => {
          e.preventDefault();
          const f = new FormData(e.currentTarget as HTMLFormElement);
          const g = (k: string) => String(f.get(k) ?? '').trim() || undefined;
          setParams({ fromValid: g('fromValid'), fromPos: g('fromPos'), toValid: g('toValid'), toPos: g('toPos') });
        }}
      >
        <fieldset>
          <legend>From</legend>
          {field('fromValid', 'Valid on', 'date')}
          {field('fromPos', 'Ledger position (empty: everything)', 'number')}
        </fieldset>
        <fieldset>
          <legend>To</legend>
          {field('toValid', 'Valid on', 'date')}
          {field('toPos', 'Ledger position (empty: everything)', 'number')}
        </fieldset>
        <button type="submit">Compare</button>
      </form>
      {!ready && <p>Choose two points: a valid date, a ledger position, or both for each side (empty: today, everything).</p>}
      <ErrorBox error={res.error} />
      {ready && res.fetching && !d && <Loading />}
      {d && (
        <>
          <p class="basis">
            From valid date <strong>{d.fromBasis.validAt}</strong> at position <strong>{d.fromBasis.position}</strong> to valid date{' '}
            <strong>{d.toBasis.validAt}</strong> at position <strong>{d.toBasis.position}</strong>: {d.changes.length} record
            {d.changes.length === 1 ? '' : 's'} changed.
          </p>
          <table>
            <caption class="sr-only">Changes</caption>
            <thead>
              <tr>
                <th scope="col">Record</th>
                <th scope="col">What changed</th>
                <th scope="col">Before</th>
                <th scope="col">After</th>
              </tr>
            </thead>
            <tbody>
              {d.changes.map((c) => (
                <tr key={`${c.record.ref.kind}/${c.record.ref.id}`}>
                  <td>
                    <span class="kind">{c.record.ref.kind.toLowerCase()}</span>{' '}
                    <RecordLink kind={c.record.ref.kind} id={c.record.ref.id}>
                      {c.record.label || c.record.ref.id}
                    </RecordLink>
                  </td>
                  <td>{c.what.map((w) => w.replace(/_/g, ' ')).join(', ')}</td>
                  <td>
                    <Status value={c.statusBefore} />
                  </td>
                  <td>
                    <Status value={c.statusAfter} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}
