// A record's page: what it is at the page's time point, its status over
// valid time, its provisions and dates, sources, corrections, conflicts,
// amendments, links, and its history event by event with each event's
// inclusion proof checked in the browser.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { run, useQ } from '../api';
import type { RecordFieldsFragment, RecordKind } from '../gql/graphql';
import { useRefreshOnEvents } from '../live';
import { verifyInclusion, type Verdict } from '../merkle';
import {
  DesignationRecord,
  DialogueRecord,
  EnforcementRecord,
  EventProof,
  MeasureRecord,
  SourceRecord,
  StatusAt,
  SummaryAt,
  TransactionRecord,
} from '../queries';
import { asOf, href, type Route } from '../route';
import { BasisLine, ErrorBox, joinNodes, Loading, PartyLink, RecordLink, Section, Sources, Status, useReportBasis, type Basis } from '../ui';

const words = (s: string) => s.replace(/_/g, ' ').toLowerCase();

/** RecordPage picks the query for the record's kind. */
export function RecordPage({ route }: { route: Route }) {
  const [, kind = '', id = ''] = route.path;
  switch (kind) {
    case 'MEASURE':
      return <MeasurePage route={route} id={id} />;
    case 'DESIGNATION':
      return <DesignationPage route={route} id={id} />;
    case 'TRANSACTION':
      return <TransactionPage route={route} id={id} />;
    case 'DIALOGUE':
      return <DialoguePage route={route} id={id} />;
    case 'ENFORCEMENT':
      return <EnforcementPage route={route} id={id} />;
    case 'SOURCE':
      return <SourcePage route={route} id={id} />;
    default:
      return (
        <>
          <h1>Unknown kind of record</h1>
          <p class="error" role="alert">
            “{kind}” is not a kind of record: use MEASURE, DESIGNATION, TRANSACTION, DIALOGUE, ENFORCEMENT or SOURCE.
          </p>
        </>
      );
  }
}

function NotKnown({ kind, id, basisText }: { kind: string; id: string; basisText: string }) {
  return (
    <>
      <h1>
        {words(kind)} {id}
      </h1>
      <p role="alert" class="notice">
        The ledger did not know a {words(kind)} “{id}” {basisText}.
      </p>
    </>
  );
}

function basisText(route: Route) {
  const a = asOf(route);
  if (a?.position !== undefined) return `at ledger position ${a.position}`;
  if (a?.knownAt) return `by ${a.knownAt}`;
  return 'as of now';
}

/** Shell lays out what every kind of record shows, around the kind's own facts. */
function Shell({
  route,
  kind,
  record,
  title,
  status,
  dates = [],
  children,
}: {
  route: Route;
  kind: RecordKind;
  record: RecordFieldsFragment;
  title: string;
  status?: string | null;
  dates?: (string | null | undefined)[];
  children: ComponentChildren;
}) {
  useReportBasis(record.basis);
  return (
    <article>
      <p class="kind">
        {words(kind)} · {record.recordId}
      </p>
      <h1>{title}</h1>
      <p>
        <Status value={status} /> {record.retraction && <span class="status status-retracted">retracted</span>}
      </p>
      <BasisLine basis={record.basis} label="Shown" />
      <p class="muted">
        Version {record.version}, known since ledger position {record.knownSince} ·{' '}
        <a href={href(['timeline'], { subject: `record:${kind}:${record.recordId}` })}>timeline</a> ·{' '}
        <a href={href(['graph'], { root: `${kind}:${record.recordId}` })}>retaliation graph</a>
      </p>
      {record.retraction && (
        <p class="notice" role="note">
          Retracted as entered in error: {record.retraction.reason}
        </p>
      )}
      {children}
      {kind !== 'SOURCE' && kind !== 'DIALOGUE' && <StatusOverTime route={route} kind={kind} id={record.recordId} dates={dates} />}
      <Corrections record={record} />
      <Links record={record} />
      <History route={route} kind={kind} record={record} />
    </article>
  );
}

function Facts({ rows }: { rows: [string, ComponentChildren][] }) {
  return (
    <dl class="facts">
      {rows
        .filter(([, v]) => v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0))
        .map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
    </dl>
  );
}

function useRecord<R, V extends Record<string, unknown>>(doc: Parameters<typeof useQ<R, V>>[0], route: Route, id: string) {
  const [res, reexec] = useQ(doc, { id, asOf: asOf(route) } as unknown as V);
  useRefreshOnEvents(route, () => reexec({ requestPolicy: 'network-only' }));
  return res;
}

function MeasurePage({ route, id }: { route: Route; id: string }) {
  const res = useRecord(MeasureRecord, route, id);
  const m = res.data?.record;
  if (res.error) return <ErrorBox error={res.error} />;
  if (!res.data) return <Loading />;
  if (!m) return <NotKnown kind="MEASURE" id={id} basisText={basisText(route)} />;
  return (
    <Shell
      route={route}
      kind="MEASURE"
      record={m}
      title={m.title}
      status={m.status}
      dates={[
        m.announcedOn,
        ...m.provisions.flatMap((p) => [p.effectiveOn, p.endsOn]),
        ...m.dates.map((d) => d.date),
        ...m.amendments.flatMap((a) => [a.effectiveOn, ...a.addProvisions.map((p) => p.effectiveOn)]),
        ...m.suspensions.flatMap((x) => [x.from, x.until, x.end?.endedOn]),
        m.revocation?.effectiveOn,
        m.expiry?.expiredOn,
      ]}
    >
      {m.summary && <p class="summary">{m.summary}</p>}
      <Facts
        rows={[
          ['Type', words(m.measureType)],
          ['Authority', `${m.authority.name} (${m.authority.jurisdiction})`],
          ['Implementing jurisdiction', m.implementingJurisdiction],
          ['Affected', m.countryNeutral ? 'country-neutral text' : m.affected.map((a) => `${a.jurisdiction} (${words(a.how)})`).join(', ')],
          ['Instrument', `${m.instrument.title}${m.instrument.citation ? ` · ${m.instrument.citation}` : ''}`],
          ['Legal basis', m.instrument.legalBasis.join('; ')],
          ['Announced', m.announcedOn],
        ]}
      />
      <Section title="Provisions">
        <table>
          <thead>
            <tr>
              <th scope="col">Provision</th>
              <th scope="col">Effective</th>
              <th scope="col">Ends</th>
              <th scope="col">Status at {m.basis.validAt}</th>
            </tr>
          </thead>
          <tbody>
            {m.provisions.map((p) => (
              <tr key={p.id}>
                <td>
                  {p.title} <span class="muted">({p.id})</span>
                </td>
                <td>{p.effectiveOn ?? 'not set'}</td>
                <td>{p.endsOn ?? ''}</td>
                <td>
                  <Status value={p.status} />
                  {p.suspension && (
                    <span class="muted">
                      {' '}
                      suspended {p.suspension.from}
                      {p.suspension.until ? ` until ${p.suspension.until}` : ''}
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <Section title="Dates">
        <ul>
          {m.dates.map((d, i) => (
            <li key={i}>
              {words(d.kind)}: {d.date}
              {d.precision && d.precision !== 'day' && ` (${d.precision})`}
              {d.note && <span class="muted"> · {d.note}</span>}
            </li>
          ))}
        </ul>
      </Section>
      {m.items.length > 0 && (
        <Section title="Items">
          <ul>
            {m.items.map((it, i) => (
              <li key={i}>
                {it.scheme} {it.code} {it.description}
              </li>
            ))}
          </ul>
        </Section>
      )}
      <Section title="Amendments">
        {m.amendments.length === 0 ? (
          <p class="muted">None recorded.</p>
        ) : (
          <ul>
            {m.amendments.map((a) => (
              <li key={a.id}>
                <strong>{a.effectiveOn}</strong> {a.summary} <span class="muted">({a.instrument.title})</span>
                {a.addProvisions.length > 0 && <> · adds {a.addProvisions.map((p) => `${p.title} from ${p.effectiveOn ?? 'a date not set'}`).join(', ')}</>}
                {a.endProvisions.length > 0 && <> · ends {a.endProvisions.join(', ')}</>}
              </li>
            ))}
          </ul>
        )}
      </Section>
      {(m.suspensions.length > 0 || m.revocation || m.expiry) && (
        <Section title="Suspensions and end">
          <ul>
            {m.suspensions.map((s) => (
              <li key={s.id}>
                Suspended {s.provisionIds.length ? s.provisionIds.join(', ') : 'whole measure'} from {s.from}
                {s.until ? ` until ${s.until}` : ''}
                {s.reason && `: ${s.reason}`}
                {s.end && ` · ended ${s.end.endedOn} (${words(s.end.how)})`}
              </li>
            ))}
            {m.revocation && (
              <li>
                Revoked from {m.revocation.effectiveOn}
                {m.revocation.reason && `: ${m.revocation.reason}`}
              </li>
            )}
            {m.expiry && (
              <li>
                Expired {m.expiry.expiredOn}
                {m.expiry.reason && `: ${m.expiry.reason}`}
              </li>
            )}
          </ul>
        </Section>
      )}
      <Section title="Sources">
        <Sources sources={m.sources} />
      </Section>
    </Shell>
  );
}

function DesignationPage({ route, id }: { route: Route; id: string }) {
  const res = useRecord(DesignationRecord, route, id);
  const d = res.data?.record;
  if (res.error) return <ErrorBox error={res.error} />;
  if (!res.data) return <Loading />;
  if (!d) return <NotKnown kind="DESIGNATION" id={id} basisText={basisText(route)} />;
  return (
    <Shell
      route={route}
      kind="DESIGNATION"
      record={d}
      title={`${d.party.name} on ${d.list}`}
      status={d.status}
      dates={[d.effectiveNotBefore, d.effectiveOn, d.delistedOn, d.savingsClauseUntil, ...d.amendments.map((a) => a.effectiveOn)]}
    >
      <Facts
        rows={[
          ['Party', <><PartyLink party={d.party} /> ({d.party.id})</>],
          ['Party jurisdiction', d.party.jurisdiction],
          ['FollowTheMoney schema', d.party.schema],
          ['List', `${d.list}, kept by ${d.listAuthority.name}`],
          ['List entry', d.listEntryId],
          ['Programs', d.programs.join(', ')],
          ['On the list from', d.effectiveNotBefore ? `a day from ${d.effectiveNotBefore} to ${d.effectiveOn} (the list does not say which)` : d.effectiveOn],
          ['Delisted', d.delistedOn],
          ['Licence requirement', d.licenceRequirement],
          ['Review policy', d.reviewPolicy],
          ['Footnotes', d.footnotes.join('; ')],
          ['Savings clause until', d.savingsClauseUntil],
          ['Measure', d.measureId ? <RecordLink kind="MEASURE" id={d.measureId} /> : null],
          ['Instrument', `${d.instrument.title}${d.instrument.citation ? ` · ${d.instrument.citation}` : ''}`],
          ['Remarks', d.remarks],
        ]}
      />
      {d.party.properties.length > 0 && (
        <Section title="What the list publishes of the party">
          <dl class="facts">
            {d.party.properties.map((p) => (
              <div key={p.name}>
                <dt>{p.name}</dt>
                <dd>{p.values.join('; ')}</dd>
              </div>
            ))}
          </dl>
        </Section>
      )}
      <Section title="Amendments">
        {d.amendments.length === 0 ? (
          <p class="muted">None recorded.</p>
        ) : (
          <ul>
            {d.amendments.map((a) => (
              <li key={a.amendmentId}>
                <strong>{a.effectiveNotBefore ? `${a.effectiveNotBefore} to ${a.effectiveOn}` : a.effectiveOn}</strong> {a.summary}
                {!a.inEffect && <span class="muted"> (not in effect at {d.basis.validAt})</span>}
                {a.changes.length > 0 && (
                  <ul>
                    {a.changes.map((c, i) => (
                      <li key={i}>
                        {c.field}: <del>{c.old.join('; ') || '—'}</del> → <ins>{c.new.join('; ') || '—'}</ins>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title="Sources">
        <Sources sources={d.sources} />
      </Section>
    </Shell>
  );
}

function TransactionPage({ route, id }: { route: Route; id: string }) {
  const res = useRecord(TransactionRecord, route, id);
  const t = res.data?.record;
  if (res.error) return <ErrorBox error={res.error} />;
  if (!res.data) return <Loading />;
  if (!t) return <NotKnown kind="TRANSACTION" id={id} basisText={basisText(route)} />;
  return (
    <Shell
      route={route}
      kind="TRANSACTION"
      record={t}
      title={t.title}
      status={t.status}
      dates={[
        t.announcedOn,
        t.outsideDate,
        t.termination?.terminatedOn,
        t.completion?.completedOn,
        ...t.reviews.flatMap((r) => [r.openedOn, r.concludedOn]),
      ]}
    >
      <Facts
        rows={[
          ['Acquirers', joinNodes(t.acquirers.map((a) => <PartyLink key={a.id} party={a} />))],
          ['Target', <PartyLink party={t.target} />],
          ['Value', t.value ? `${t.value.amount.toLocaleString('en')} ${t.value.currency}` : null],
          ['Announced', t.announcedOn],
          ['Outside date', t.outsideDate],
          ['Terminated', t.termination ? `${t.termination.terminatedOn}: ${t.termination.reason}` : null],
          ['Completed', t.completion?.completedOn],
        ]}
      />
      <Section title="Reviews">
        {t.reviews.length === 0 ? (
          <p class="muted">No review by {t.basis.validAt}.</p>
        ) : (
          <ul>
            {t.reviews.map((r) => (
              <li key={r.id}>
                <strong>{r.authority.name}</strong> under {r.regime}
                {r.openedOn && `, opened ${r.openedOn}`}
                {r.trigger && ` (${words(r.trigger)})`}: {r.outcome ? <Status value={r.outcome} /> : 'open'}
                {r.concludedOn && ` on ${r.concludedOn}`}
                {r.summary && <div class="muted">{r.summary}</div>}
                {r.conditions.length > 0 && <div>Conditions: {r.conditions.join('; ')}</div>}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title="Sources">
        <Sources sources={t.sources} />
      </Section>
    </Shell>
  );
}

function DialoguePage({ route, id }: { route: Route; id: string }) {
  const res = useRecord(DialogueRecord, route, id);
  const d = res.data?.record;
  if (res.error) return <ErrorBox error={res.error} />;
  if (!res.data) return <Loading />;
  if (!d) return <NotKnown kind="DIALOGUE" id={id} basisText={basisText(route)} />;
  return (
    <Shell route={route} kind="DIALOGUE" record={d} title={d.name}>
      <Facts
        rows={[
          ['Parties', joinNodes(d.parties.map((p) => <PartyLink key={p.id} party={p} />))],
          ['Level', d.level],
          ['Cadence', d.cadence],
          ['Purpose', d.purpose],
          ['Established', d.establishedOn],
        ]}
      />
      <Section title="Meetings">
        {d.meetings.length === 0 ? (
          <p class="muted">No meeting by {d.basis.validAt}.</p>
        ) : (
          <ol>
            {d.meetings.map((m) => (
              <li key={m.id}>
                <strong>{m.heldOn}</strong> {m.title}, {m.place}
                {m.level && ` (${m.level})`}
                <div class="muted">{m.participants.map((p) => `${p.name}${p.role ? `, ${p.role}` : ''}`).join('; ')}</div>
                {m.outcomes.length > 0 && (
                  <ul>
                    {m.outcomes.map((o, i) => (
                      <li key={i}>{o}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        )}
      </Section>
      <Section title="Sources">
        <Sources sources={d.sources} />
      </Section>
    </Shell>
  );
}

function EnforcementPage({ route, id }: { route: Route; id: string }) {
  const res = useRecord(EnforcementRecord, route, id);
  const a = res.data?.record;
  if (res.error) return <ErrorBox error={res.error} />;
  if (!res.data) return <Loading />;
  if (!a) return <NotKnown kind="ENFORCEMENT" id={id} basisText={basisText(route)} />;
  return (
    <Shell
      route={route}
      kind="ENFORCEMENT"
      record={a}
      title={a.summary}
      status={a.closed ? 'CLOSED' : 'OPEN'}
      dates={[a.openedOn, ...a.findings.map((f) => f.issuedOn)]}
    >
      <Facts
        rows={[
          ['Kind', words(a.actionKind)],
          ['Authority', `${a.authority.name} (${a.authority.jurisdiction})`],
          ['Targets', joinNodes(a.targets.map((t) => <PartyLink key={t.id} party={t} />))],
          ['Legal basis', a.legalBasis.join('; ')],
          ['Opened', a.openedOn],
        ]}
      />
      <Section title="Findings">
        {a.findings.length === 0 ? (
          <p class="muted">No finding by {a.basis.validAt}.</p>
        ) : (
          <ul>
            {a.findings.map((f) => (
              <li key={f.id}>
                <strong>{f.issuedOn}</strong> <Status value={f.outcome} /> {f.final && '(final)'} {f.summary}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title="Sources">
        <Sources sources={a.sources} />
      </Section>
    </Shell>
  );
}

function SourcePage({ route, id }: { route: Route; id: string }) {
  const res = useRecord(SourceRecord, route, id);
  const s = res.data?.record;
  if (res.error) return <ErrorBox error={res.error} />;
  if (!res.data) return <Loading />;
  if (!s) return <NotKnown kind="SOURCE" id={id} basisText={basisText(route)} />;
  return (
    <Shell route={route} kind="SOURCE" record={s} title={s.title}>
      <Facts
        rows={[
          ['Publisher', s.publisher],
          ['Citation', s.citation],
          [
            'Address',
            s.url ? (
              <a href={s.url} rel="noopener noreferrer" target="_blank">
                {s.url}
              </a>
            ) : null,
          ],
          ['Official', s.official ? 'yes' : 'no'],
          ['Language', s.language],
          ['Published', s.publishedOn],
          ['SHA-256 of the captured text', s.sha256 ? <code class="hash">{s.sha256}</code> : null],
        ]}
      />
    </Shell>
  );
}

/**
 * StatusOverTime asks the API for the record's status on each date where it
 * can change (the dates the record carries and those its timeline names), at
 * the page's knowledge point, and lists the dates where it does change.
 */
function StatusOverTime({ route, kind, id, dates: known }: { route: Route; kind: RecordKind; id: string; dates: (string | null | undefined)[] }) {
  const a = asOf(route);
  const knowledge = a ? { position: a.position, knownAt: a.knownAt } : {};
  const [rows, setRows] = useState<{ date: string; status: string }[] | null>(null);
  const [err, setErr] = useState<Error | null>(null);
  const candidates = [...new Set(known.filter((d): d is string => !!d))].sort();
  const key = `${kind}/${id}/${knowledge.position ?? ''}/${knowledge.knownAt ?? ''}/${candidates.join(',')}`;
  useEffect(() => {
    let stop = false;
    setRows(null);
    (async () => {
      const tl = await run(StatusAt, { kind, id, asOf: knowledge });
      const dates = new Set<string>(candidates);
      for (const n of tl.timeline.nodes) {
        if (n.validFrom) dates.add(n.validFrom);
        if (n.validUntil) dates.add(n.validUntil);
      }
      const sorted = [...dates].sort().slice(-40);
      const out = await Promise.all(
        sorted.map(async (date) => {
          const r = await run(SummaryAt, { id, asOf: { ...knowledge, validAt: date } });
          const st =
            kind === 'MEASURE'
              ? r.measure?.status
              : kind === 'DESIGNATION'
                ? r.designation?.status
                : kind === 'TRANSACTION'
                  ? r.transaction?.status
                  : r.enforcementAction
                    ? r.enforcementAction.closed
                      ? 'CLOSED'
                      : 'OPEN'
                    : undefined;
          return { date, status: st ?? '' };
        }),
      );
      // Keep only the dates where the status changes.
      const changes = out.filter((r, i) => i === 0 || r.status !== out[i - 1].status);
      if (!stop) setRows(changes);
    })().catch((e) => !stop && setErr(e));
    return () => {
      stop = true;
    };
  }, [key]);
  return (
    <Section title="Status over time">
      <ErrorBox error={err} />
      {!rows && !err && <Loading />}
      {rows && (
        <ol class="status-over-time">
          {rows.map((r) => (
            <li key={r.date}>
              from <a href={href(['record', kind, id], { valid: r.date })}>{r.date}</a>: <Status value={r.status || 'NONE'} />
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}

function Corrections({ record }: { record: RecordFieldsFragment }) {
  const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));
  return (
    <Section title="Corrections and source conflicts">
      {record.corrections.length === 0 && record.sourceConflicts.length === 0 && <p class="muted">None known at this point.</p>}
      {record.corrections.length > 0 && (
        <ul>
          {record.corrections.map((c) => (
            <li key={c.id}>
              <strong>{c.field}</strong>: <del>{show(c.oldValue)}</del> → <ins>{show(c.newValue)}</ins>. {c.reason}
              {c.evidence && <span class="muted"> Evidence: {c.evidence}</span>}
            </li>
          ))}
        </ul>
      )}
      {record.sourceConflicts.length > 0 && (
        <ul>
          {record.sourceConflicts.map((sc) => (
            <li key={sc.id}>
              Sources disagree on <strong>{sc.field}</strong>:
              <ul>
                {sc.claims.map((cl, i) => (
                  <li key={i}>
                    {cl.source.title}: “{cl.value}” {i === sc.followed && <strong>(followed)</strong>}
                  </li>
                ))}
              </ul>
              {sc.note && <span class="muted">{sc.note}</span>}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function Links({ record }: { record: RecordFieldsFragment }) {
  if (!record.outgoingLinks.length && !record.incomingLinks.length) return null;
  return (
    <Section title="Links">
      <ul>
        {record.outgoingLinks.map((l) => (
          <li key={l.id}>
            {words(l.relation)} <RecordLink kind={l.toRef.kind} id={l.toRef.id} />{' '}
            <span class="muted">
              asserted by {words(l.assertedBy)}: {l.evidence}
            </span>
          </li>
        ))}
        {record.incomingLinks.map((l) => (
          <li key={l.id}>
            <RecordLink kind={l.fromRef.kind} id={l.fromRef.id} /> {words(l.relation)} this{' '}
            <span class="muted">
              asserted by {words(l.assertedBy)}: {l.evidence}
            </span>
          </li>
        ))}
      </ul>
    </Section>
  );
}

/**
 * History lists the record's events. "Check inclusion" asks the server for
 * each event's inclusion proof in the ledger at the page's basis and checks
 * it here with WebCrypto against the tree head at that size (and against the
 * cited root when the URL carries one).
 */
function History({ route, kind, record }: { route: Route; kind: RecordKind; record: RecordFieldsFragment }) {
  const [verdicts, setVerdicts] = useState<Record<number, Verdict | { error: string }>>({});
  const [checking, setChecking] = useState(false);
  const basis: Basis = record.basis;
  const cited = route.params.get('root');
  const check = async () => {
    setChecking(true);
    try {
      const r = await run(EventProof, { kind, id: record.recordId, position: basis.position, treeSize: basis.position });
      const trusted = cited && Number(route.params.get('pos')) === basis.position ? cited : r.treeHead.rootHash;
      const out: Record<number, Verdict | { error: string }> = {};
      for (const ev of record.history) {
        const entry = r.auditTrail.entries.find((e) => e.event.position === ev.position);
        if (!entry) out[ev.position] = { error: 'the server gave no proof for this event' };
        else if (entry.event.hash !== ev.hash) out[ev.position] = { error: 'the proof is for another hash than the history shows' };
        else out[ev.position] = await verifyInclusion(ev.hash, entry.event.inclusionProof, trusted);
      }
      setVerdicts(out);
    } catch (e) {
      setVerdicts({ [-1]: { error: (e as Error).message } });
    } finally {
      setChecking(false);
    }
  };
  const verdictText = (v?: Verdict | { error: string }) => {
    if (!v) return '';
    if ('error' in v) return `✗ ${v.error}`;
    if (v.ok) return `✓ included: root ${v.computedRoot.slice(0, 12)}…`;
    if (!v.leafMatches) return '✗ the leaf hash does not match the event hash';
    return `✗ the path leads to ${v.computedRoot.slice(0, 12) || 'nothing'}…, not the trusted root${v.problem ? ` (${v.problem})` : ''}`;
  };
  const all = Object.values(verdicts);
  const okCount = all.filter((v) => !('error' in v) && v.ok).length;
  return (
    <Section title="History, event by event">
      <p>
        <button type="button" onClick={check} disabled={checking}>
          {checking ? 'Checking…' : `Check inclusion proofs in the ledger of ${basis.position} events`}
        </button>{' '}
        {all.length > 0 && (
          <span role="status" class={okCount === record.history.length ? 'ok' : 'bad'}>
            {okCount} of {record.history.length} events proven included (SHA-256 in this browser, RFC 6962)
            {cited ? ' against the cited root' : ' against the tree head'}
          </span>
        )}
      </p>
      {verdicts[-1] && <p class="error">{verdictText(verdicts[-1])}</p>}
      <table class="history">
        <thead>
          <tr>
            <th scope="col">Position</th>
            <th scope="col">Event</th>
            <th scope="col">Recorded</th>
            <th scope="col">By</th>
            <th scope="col">Inclusion</th>
          </tr>
        </thead>
        <tbody>
          {record.history.map((ev) => (
            <tr key={ev.position}>
              <td>{ev.position}</td>
              <td>
                <details>
                  <summary>
                    {ev.type} <span class="muted">({ev.command})</span>
                  </summary>
                  <p class="muted">
                    Event {ev.eventId} · hash <code class="hash">{ev.hash}</code>
                  </p>
                  <pre>{pretty(ev.data)}</pre>
                </details>
              </td>
              <td>{ev.recordedAt.replace('T', ' ').replace(/\.\d+/, '')}</td>
              <td>{ev.actor}</td>
              <td class="verdict">{verdictText(verdicts[ev.position])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}

function pretty(json: string): string {
  try {
    return JSON.stringify(JSON.parse(json), null, 2);
  } catch {
    return json;
  }
}
