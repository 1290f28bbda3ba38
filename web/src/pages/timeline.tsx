// The timeline of a subject (a record, a party or a jurisdiction), in
// recorded or valid-time order, a page at a time.
import { useQ } from '../api';
import type { RecordKind, TimelineOrder } from '../gql/graphql';
import { useRefreshOnEvents } from '../live';
import { TimelineQuery } from '../queries';
import { asOf, href, setParams, type Route } from '../route';
import { BasisLine, ErrorBox, Loading, RecordLink, useReportBasis } from '../ui';

/** subjectOf reads subject=record:KIND:ID, party:ID or jurisdiction:CC. */
function subjectOf(s: string) {
  const [what, a = '', ...rest] = s.split(':');
  if (what === 'record' && rest.length) return { record: { kind: a as RecordKind, id: rest.join(':') } };
  if (what === 'party' && a) return { partyId: [a, ...rest].join(':') };
  if (what === 'jurisdiction' && a) return { jurisdiction: a.toUpperCase() };
  return null;
}

/** TimelinePage shows a subject's events. */
export function TimelinePage({ route }: { route: Route }) {
  const raw = route.params.get('subject') ?? 'jurisdiction:CN';
  const subject = subjectOf(raw);
  const order = (route.params.get('order') === 'VALID' ? 'VALID' : 'RECORDED') as TimelineOrder;
  const after = route.params.get('after') ?? undefined;
  const [res, reexec] = useQ(TimelineQuery, { subject: subject ?? {}, order, asOf: asOf(route), first: 25, after }, !subject);
  useRefreshOnEvents(route, () => reexec({ requestPolicy: 'network-only' }));
  const c = res.data?.timeline;
  useReportBasis(c?.basis);
  return (
    <>
      <h1>Timeline</h1>
      <form
        class="filters"
        aria-label="Timeline subject"
        key={route.params.toString()}
        onSubmit={(e) => {
          e.preventDefault();
          const f = new FormData(e.currentTarget as HTMLFormElement);
          const what = String(f.get('what'));
          const value = String(f.get('value') ?? '').trim();
          setParams({ subject: value ? `${what}:${value}` : undefined, order: String(f.get('order')), after: undefined });
        }}
      >
        <label>
          Subject{' '}
          <select name="what" defaultValue={raw.split(':')[0]}>
            <option value="jurisdiction">jurisdiction (two letters)</option>
            <option value="party">party ID</option>
            <option value="record">record (KIND:ID)</option>
          </select>
        </label>
        <label>
          Which <input name="value" defaultValue={raw.split(':').slice(1).join(':')} placeholder="CN, micron, MEASURE:US-2022-ACS" />
        </label>
        <label>
          Order{' '}
          <select name="order" defaultValue={order}>
            <option value="RECORDED">as recorded</option>
            <option value="VALID">by valid date</option>
          </select>
        </label>
        <button type="submit">Show</button>
      </form>
      {!subject && (
        <p class="error" role="alert">
          The subject “{raw}” is not of the form jurisdiction:CC, party:ID or record:KIND:ID.
        </p>
      )}
      <ErrorBox error={res.error} />
      {res.fetching && !c && <Loading />}
      {c && (
        <>
          <BasisLine basis={c.basis} />
          <p>{c.totalCount} events.</p>
          <ol class="timeline">
            {c.nodes.map((n) => (
              <li key={n.event.position} class={n.retractedAt ? 'retracted' : ''}>
                <span class="when">{n.validFrom ?? '—'}</span>
                {n.validUntil && <span class="muted"> to {n.validUntil}</span>} <strong>{n.event.type.replace(/\.v\d+$/, '').replace(/_/g, ' ')}</strong>{' '}
                <RecordLink kind={n.record.kind} id={n.record.id} />{' '}
                <span class="muted">
                  position {n.event.position}, recorded {n.event.recordedAt.slice(0, 19).replace('T', ' ')} by {n.event.actor}
                  {n.correctedAt.length > 0 && `, corrected at ${n.correctedAt.join(', ')}`}
                  {n.retractedAt && `, retracted at ${n.retractedAt}`}
                </span>
              </li>
            ))}
          </ol>
          <nav class="pager" aria-label="Pages">
            {after && (
              <button type="button" onClick={() => setParams({ after: undefined })}>
                First page
              </button>
            )}
            <button type="button" disabled={!c.pageInfo.hasNextPage} onClick={() => setParams({ after: c.pageInfo.endCursor ?? undefined })}>
              Next page
            </button>
          </nav>
        </>
      )}
      <p class="muted">
        Other subjects: <a href={href(['timeline'], { subject: 'jurisdiction:US' })}>US</a>,{' '}
        <a href={href(['timeline'], { subject: 'jurisdiction:CN' })}>CN</a>,{' '}
        <a href={href(['timeline'], { subject: 'record:MEASURE:US-2022-ACS', order: 'VALID' })}>US-2022-ACS by valid date</a>.
      </p>
    </>
  );
}
