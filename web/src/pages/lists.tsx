// The lists: measures, designations, transactions, dialogues, enforcement
// actions, each with the API's filters and its paging (a page of 25 at a
// time: a list of any size loads only what is shown).
import { useQ } from '../api';
import { useRefreshOnEvents } from '../live';
import { DesignationsQuery, DialoguesQuery, EnforcementActionsQuery, MeasuresQuery, TransactionsQuery } from '../queries';
import { setParams, type Route } from '../route';
import { BasisLine, ErrorBox, Loading, Pager, pageVars, RecordLink, Status, useReportBasis } from '../ui';
import type { DesignationStatus, MeasureStatus, MeasureType } from '../gql/graphql';

const measureStatuses: MeasureStatus[] = ['NOT_YET_ANNOUNCED', 'ANNOUNCED', 'IN_FORCE', 'PARTLY_SUSPENDED', 'SUSPENDED', 'REVOKED', 'EXPIRED'];
const measureTypes: MeasureType[] = [
  'EXPORT_CONTROL',
  'EXPORT_BAN',
  'ENTITY_LISTING',
  'END_USE_CONTROL',
  'FOREIGN_DIRECT_PRODUCT_RULE',
  'IMPORT_BAN',
  'PROCUREMENT_RESTRICTION',
  'INVESTMENT_RESTRICTION',
];
const designationStatuses: DesignationStatus[] = ['NOT_YET_DESIGNATED', 'DESIGNATED', 'DELISTED'];

const words = (s: string) => s.replace(/_/g, ' ').toLowerCase();

/** FilterForm puts its fields into the URL on submit (and starts again from the first page). */
function FilterForm({ route, children, label }: { route: Route; children: preact.ComponentChildren; label: string }) {
  return (
    <form
      class="filters"
      aria-label={label}
      key={route.params.toString()}
      onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget as HTMLFormElement);
        const changes: Record<string, string | undefined> = { after: undefined, before: undefined };
        const multi: Record<string, string[]> = {};
        for (const [k, v] of f.entries()) {
          if (k.endsWith('[]')) (multi[k.slice(0, -2)] ??= []).push(String(v));
          else changes[k] = String(v).trim() || undefined;
        }
        for (const el of (e.currentTarget as HTMLFormElement).querySelectorAll('fieldset[data-multi]')) {
          const name = (el as HTMLElement).dataset.multi!;
          changes[name] = multi[name]?.join(',') || undefined;
        }
        setParams(changes);
      }}
    >
      {children}
      <button type="submit">Filter</button>
    </form>
  );
}

function Text({ route, name, label, placeholder }: { route: Route; name: string; label: string; placeholder?: string }) {
  return (
    <label>
      {label} <input name={name} defaultValue={route.params.get(name) ?? ''} placeholder={placeholder} />
    </label>
  );
}

function Checks({ route, name, legend, values }: { route: Route; name: string; legend: string; values: string[] }) {
  const chosen = new Set((route.params.get(name) ?? '').split(',').filter(Boolean));
  return (
    <fieldset data-multi={name}>
      <legend>{legend}</legend>
      {values.map((v) => (
        <label key={v} class="check">
          <input type="checkbox" name={`${name}[]`} value={v} defaultChecked={chosen.has(v)} /> {words(v)}
        </label>
      ))}
    </fieldset>
  );
}

function listOf<T extends string>(route: Route, name: string): T[] | undefined {
  const v = route.params.get(name);
  return v ? (v.split(',').filter(Boolean) as T[]) : undefined;
}

/** MeasuresPage lists measures with every filter of MeasureFilter. */
export function MeasuresPage({ route }: { route: Route }) {
  const g = (k: string) => route.params.get(k) || undefined;
  const filter = {
    jurisdiction: g('jurisdiction'),
    implementingJurisdiction: g('implementing'),
    affectedJurisdiction: g('affected'),
    authorityId: g('authority'),
    measureType: g('type') as MeasureType | undefined,
    item: g('item'),
    text: g('text'),
    status: listOf<MeasureStatus>(route, 'status'),
  };
  const [res, reexec] = useQ(MeasuresQuery, { ...pageVars(route), filter });
  useRefreshOnEvents(route, () => reexec({ requestPolicy: 'network-only' }));
  const c = res.data?.measures;
  useReportBasis(c?.basis);
  return (
    <>
      <h1>Measures</h1>
      <FilterForm route={route} label="Filter measures">
        <Text route={route} name="text" label="Text" placeholder="title, summary, instrument" />
        <Text route={route} name="item" label="Item" placeholder="gallium, 3A090" />
        <Text route={route} name="jurisdiction" label="Jurisdiction" placeholder="CN" />
        <Text route={route} name="implementing" label="Implementing" placeholder="US" />
        <Text route={route} name="affected" label="Affected" placeholder="CN" />
        <Text route={route} name="authority" label="Authority ID" placeholder="US-BIS" />
        <label>
          Type{' '}
          <select name="type" defaultValue={route.params.get('type') ?? ''}>
            <option value="">any</option>
            {measureTypes.map((t) => (
              <option key={t} value={t}>
                {words(t)}
              </option>
            ))}
          </select>
        </label>
        <Checks route={route} name="status" legend="Status at the valid date" values={measureStatuses} />
      </FilterForm>
      <ErrorBox error={res.error} />
      {res.fetching && !c && <Loading />}
      {c && (
        <>
          <BasisLine basis={c.basis} />
          <table>
            <caption class="sr-only">Measures</caption>
            <thead>
              <tr>
                <th scope="col">Measure</th>
                <th scope="col">Status</th>
                <th scope="col">Type</th>
                <th scope="col">By</th>
                <th scope="col">Affects</th>
                <th scope="col">Announced</th>
              </tr>
            </thead>
            <tbody>
              {c.nodes.map((m) => (
                <tr key={m.recordId}>
                  <td>
                    <RecordLink kind="MEASURE" id={m.recordId}>
                      {m.title}
                    </RecordLink>
                    <div class="muted">{m.recordId}</div>
                  </td>
                  <td>
                    <Status value={m.status} />
                  </td>
                  <td>{words(m.measureType)}</td>
                  <td>
                    {m.implementingJurisdiction} · {m.authority.name}
                  </td>
                  <td>{m.affected.map((a) => a.jurisdiction).join(', ')}</td>
                  <td>{m.announcedOn}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {c.nodes.length === 0 && <p>No measure matches at this point.</p>}
          <Pager info={c.pageInfo} total={c.totalCount} shown={c.nodes.length} route={route} />
        </>
      )}
    </>
  );
}

/** DesignationsPage lists designations with DesignationFilter. */
export function DesignationsPage({ route }: { route: Route }) {
  const g = (k: string) => route.params.get(k) || undefined;
  const filter = { name: g('name'), program: g('program'), partyId: g('party'), list: g('list'), status: listOf<DesignationStatus>(route, 'status') };
  const [res, reexec] = useQ(DesignationsQuery, { ...pageVars(route), filter });
  useRefreshOnEvents(route, () => reexec({ requestPolicy: 'network-only' }));
  const c = res.data?.designations;
  useReportBasis(c?.basis);
  return (
    <>
      <h1>Designations</h1>
      <FilterForm route={route} label="Filter designations">
        <Text route={route} name="name" label="Name or alias" placeholder="part of a name" />
        <Text route={route} name="list" label="List" placeholder="us-ofac-sdn" />
        <Text route={route} name="program" label="Program" placeholder="RUSSIA-EO14024" />
        <Text route={route} name="party" label="Party ID" />
        <Checks route={route} name="status" legend="Status at the valid date" values={designationStatuses} />
      </FilterForm>
      <ErrorBox error={res.error} />
      {res.fetching && !c && <Loading />}
      {c && (
        <>
          <BasisLine basis={c.basis} />
          <table>
            <caption class="sr-only">Designations</caption>
            <thead>
              <tr>
                <th scope="col">Party</th>
                <th scope="col">List</th>
                <th scope="col">Programs</th>
                <th scope="col">Status</th>
                <th scope="col">From</th>
                <th scope="col">Delisted</th>
              </tr>
            </thead>
            <tbody>
              {c.nodes.map((d) => (
                <tr key={d.recordId}>
                  <td>
                    <RecordLink kind="DESIGNATION" id={d.recordId}>
                      {d.party.name}
                    </RecordLink>
                    <div class="muted">
                      {d.recordId}
                      {d.party.schema && ` · ${d.party.schema}`}
                      {d.party.jurisdiction && ` · ${d.party.jurisdiction}`}
                    </div>
                  </td>
                  <td>
                    {d.list}
                    {d.listEntryId && <div class="muted">entry {d.listEntryId}</div>}
                  </td>
                  <td>{d.programs.join(', ')}</td>
                  <td>
                    <Status value={d.status} />
                  </td>
                  <td>
                    {d.effectiveNotBefore ? `${d.effectiveNotBefore} to ${d.effectiveOn}` : d.effectiveOn}
                  </td>
                  <td>{d.delistedOn ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {c.nodes.length === 0 && <p>No designation matches at this point.</p>}
          <Pager info={c.pageInfo} total={c.totalCount} shown={c.nodes.length} route={route} />
        </>
      )}
    </>
  );
}

/** TransactionsPage lists transactions and where each stands. */
export function TransactionsPage({ route }: { route: Route }) {
  const [res, reexec] = useQ(TransactionsQuery, pageVars(route));
  useRefreshOnEvents(route, () => reexec({ requestPolicy: 'network-only' }));
  const c = res.data?.transactions;
  useReportBasis(c?.basis);
  return (
    <>
      <h1>Transactions</h1>
      <ErrorBox error={res.error} />
      {res.fetching && !c && <Loading />}
      {c && (
        <>
          <BasisLine basis={c.basis} />
          <table>
            <caption class="sr-only">Transactions</caption>
            <thead>
              <tr>
                <th scope="col">Transaction</th>
                <th scope="col">Status</th>
                <th scope="col">Acquirers</th>
                <th scope="col">Target</th>
                <th scope="col">Announced</th>
              </tr>
            </thead>
            <tbody>
              {c.nodes.map((t) => (
                <tr key={t.recordId}>
                  <td>
                    <RecordLink kind="TRANSACTION" id={t.recordId}>
                      {t.title}
                    </RecordLink>
                  </td>
                  <td>
                    <Status value={t.status} />
                  </td>
                  <td>{t.acquirers.map((a) => a.name).join(', ')}</td>
                  <td>{t.target.name}</td>
                  <td>{t.announcedOn}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager info={c.pageInfo} total={c.totalCount} shown={c.nodes.length} route={route} />
        </>
      )}
    </>
  );
}

/** DialoguesPage lists dialogues and their meetings. */
export function DialoguesPage({ route }: { route: Route }) {
  const [res, reexec] = useQ(DialoguesQuery, pageVars(route));
  useRefreshOnEvents(route, () => reexec({ requestPolicy: 'network-only' }));
  const c = res.data?.dialogues;
  useReportBasis(c?.basis);
  return (
    <>
      <h1>Dialogues</h1>
      <ErrorBox error={res.error} />
      {res.fetching && !c && <Loading />}
      {c && (
        <>
          <BasisLine basis={c.basis} />
          <table>
            <caption class="sr-only">Dialogues</caption>
            <thead>
              <tr>
                <th scope="col">Dialogue</th>
                <th scope="col">Parties</th>
                <th scope="col">Level</th>
                <th scope="col">Established</th>
                <th scope="col">Meetings</th>
              </tr>
            </thead>
            <tbody>
              {c.nodes.map((d) => (
                <tr key={d.recordId}>
                  <td>
                    <RecordLink kind="DIALOGUE" id={d.recordId}>
                      {d.name}
                    </RecordLink>
                  </td>
                  <td>{d.parties.map((p) => p.name).join(', ')}</td>
                  <td>{d.level}</td>
                  <td>{d.establishedOn}</td>
                  <td>{d.meetings.length}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager info={c.pageInfo} total={c.totalCount} shown={c.nodes.length} route={route} />
        </>
      )}
    </>
  );
}

/** EnforcementPage lists enforcement actions. */
export function EnforcementPage({ route }: { route: Route }) {
  const [res, reexec] = useQ(EnforcementActionsQuery, pageVars(route));
  useRefreshOnEvents(route, () => reexec({ requestPolicy: 'network-only' }));
  const c = res.data?.enforcementActions;
  useReportBasis(c?.basis);
  return (
    <>
      <h1>Enforcement actions</h1>
      <ErrorBox error={res.error} />
      {res.fetching && !c && <Loading />}
      {c && (
        <>
          <BasisLine basis={c.basis} />
          <table>
            <caption class="sr-only">Enforcement actions</caption>
            <thead>
              <tr>
                <th scope="col">Action</th>
                <th scope="col">Kind</th>
                <th scope="col">Authority</th>
                <th scope="col">Opened</th>
                <th scope="col">Closed</th>
              </tr>
            </thead>
            <tbody>
              {c.nodes.map((a) => (
                <tr key={a.recordId}>
                  <td>
                    <RecordLink kind="ENFORCEMENT" id={a.recordId}>
                      {a.recordId}
                    </RecordLink>
                    <div class="muted">{a.summary}</div>
                  </td>
                  <td>{words(a.actionKind)}</td>
                  <td>{a.authority.name}</td>
                  <td>{a.openedOn}</td>
                  <td>{a.closed ? 'yes' : 'no'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager info={c.pageInfo} total={c.totalCount} shown={c.nodes.length} route={route} />
        </>
      )}
    </>
  );
}
