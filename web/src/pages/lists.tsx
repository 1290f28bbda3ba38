// The lists: measures, designations, transactions, dialogues, enforcement
// actions, each with the API's filters and its paging (a page of 25 at a
// time: a list of any size loads only what is shown).
import type { ComponentChildren } from 'preact';
import type { UseQueryResponse } from '@urql/preact';
import { useQ } from '../api';
import { useRefreshOnEvents } from '../live';
import { DesignationsQuery, DialoguesQuery, EnforcementActionsQuery, MeasuresQuery, TransactionsQuery } from '../queries';
import { setParams, type Route } from '../route';
import { BasisLine, ErrorBox, Loading, Pager, pageVars, RecordLink, Status, useReportBasis, type Basis, type PageInfoT } from '../ui';
import type {
  DesignationsQuery as DesignationsData,
  DesignationStatus,
  DialoguesQuery as DialoguesData,
  EnforcementActionsQuery as EnforcementActionsData,
  MeasuresQuery as MeasuresData,
  MeasureStatus,
  MeasureType,
  TransactionsQuery as TransactionsData,
} from '../gql/graphql';

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
function FilterForm({ route, children, label }: { route: Route; children: ComponentChildren; label: string }) {
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

/** A page of a list, as every list query answers it. */
interface Connection<N> {
  basis: Basis;
  nodes: N[];
  pageInfo: PageInfoT;
  totalCount: number;
}

/** A column of a list's table: its header and what each record shows in it. */
type Column<N> = [header: string, cell: (n: N) => ComponentChildren];

/**
 * RecordList is one list page: its title and filters, the answer's basis, a
 * table of the page's records, and the pager. It asks again when new events
 * come in, unless the page is pinned to a basis or a cursor.
 */
function RecordList<R, V extends Record<string, unknown>, N extends { recordId: string }>({
  route,
  title,
  filters,
  query: [res, reexec],
  pick,
  columns,
  empty,
}: {
  route: Route;
  title: string;
  filters?: ComponentChildren;
  query: UseQueryResponse<R, V>;
  pick: (data: R) => Connection<N>;
  columns: Column<N>[];
  empty: string;
}) {
  useRefreshOnEvents(route, () => reexec({ requestPolicy: 'network-only' }));
  const c = res.data ? pick(res.data) : undefined;
  useReportBasis(c?.basis);
  return (
    <>
      <h1>{title}</h1>
      {filters}
      <ErrorBox error={res.error} />
      {res.fetching && !c && <Loading />}
      {c && (
        <>
          <BasisLine basis={c.basis} />
          <table>
            <caption class="sr-only">{title}</caption>
            <thead>
              <tr>
                {columns.map(([header]) => (
                  <th scope="col" key={header}>
                    {header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {c.nodes.map((n) => (
                <tr key={n.recordId}>
                  {columns.map(([header, cell]) => (
                    <td key={header}>{cell(n)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {c.nodes.length === 0 && <p>{empty}</p>}
          <Pager info={c.pageInfo} total={c.totalCount} shown={c.nodes.length} route={route} />
        </>
      )}
    </>
  );
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
  return (
    <RecordList
      route={route}
      title="Measures"
      query={useQ(MeasuresQuery, { ...pageVars(route), filter })}
      pick={(d: MeasuresData) => d.measures}
      empty="No measure matches at this point."
      filters={
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
      }
      columns={[
        [
          'Measure',
          (m) => (
            <>
              <RecordLink kind="MEASURE" id={m.recordId}>
                {m.title}
              </RecordLink>
              <div class="muted">{m.recordId}</div>
            </>
          ),
        ],
        ['Status', (m) => <Status value={m.status} />],
        ['Type', (m) => words(m.measureType)],
        [
          'By',
          (m) => (
            <>
              {m.implementingJurisdiction} · {m.authority.name}
            </>
          ),
        ],
        ['Affects', (m) => m.affected.map((a) => a.jurisdiction).join(', ')],
        ['Announced', (m) => m.announcedOn],
      ]}
    />
  );
}

/** DesignationsPage lists designations with DesignationFilter. */
export function DesignationsPage({ route }: { route: Route }) {
  const g = (k: string) => route.params.get(k) || undefined;
  const filter = { name: g('name'), program: g('program'), partyId: g('party'), list: g('list'), status: listOf<DesignationStatus>(route, 'status') };
  return (
    <RecordList
      route={route}
      title="Designations"
      query={useQ(DesignationsQuery, { ...pageVars(route), filter })}
      pick={(d: DesignationsData) => d.designations}
      empty="No designation matches at this point."
      filters={
        <FilterForm route={route} label="Filter designations">
          <Text route={route} name="name" label="Name or alias" placeholder="part of a name" />
          <Text route={route} name="list" label="List" placeholder="us-ofac-sdn" />
          <Text route={route} name="program" label="Program" placeholder="RUSSIA-EO14024" />
          <Text route={route} name="party" label="Party ID" />
          <Checks route={route} name="status" legend="Status at the valid date" values={designationStatuses} />
        </FilterForm>
      }
      columns={[
        [
          'Party',
          (d) => (
            <>
              <RecordLink kind="DESIGNATION" id={d.recordId}>
                {d.party.name}
              </RecordLink>
              <div class="muted">
                {d.recordId}
                {d.party.schema && ` · ${d.party.schema}`}
                {d.party.jurisdiction && ` · ${d.party.jurisdiction}`}
              </div>
            </>
          ),
        ],
        [
          'List',
          (d) => (
            <>
              {d.list}
              {d.listEntryId && <div class="muted">entry {d.listEntryId}</div>}
            </>
          ),
        ],
        ['Programs', (d) => d.programs.join(', ')],
        ['Status', (d) => <Status value={d.status} />],
        ['From', (d) => (d.effectiveNotBefore ? `${d.effectiveNotBefore} to ${d.effectiveOn}` : d.effectiveOn)],
        ['Delisted', (d) => d.delistedOn ?? ''],
      ]}
    />
  );
}

/** TransactionsPage lists transactions and where each stands. */
export function TransactionsPage({ route }: { route: Route }) {
  return (
    <RecordList
      route={route}
      title="Transactions"
      query={useQ(TransactionsQuery, pageVars(route))}
      pick={(d: TransactionsData) => d.transactions}
      empty="No transaction at this point."
      columns={[
        [
          'Transaction',
          (t) => (
            <RecordLink kind="TRANSACTION" id={t.recordId}>
              {t.title}
            </RecordLink>
          ),
        ],
        ['Status', (t) => <Status value={t.status} />],
        ['Acquirers', (t) => t.acquirers.map((a) => a.name).join(', ')],
        ['Target', (t) => t.target.name],
        ['Announced', (t) => t.announcedOn],
      ]}
    />
  );
}

/** DialoguesPage lists dialogues and their meetings. */
export function DialoguesPage({ route }: { route: Route }) {
  return (
    <RecordList
      route={route}
      title="Dialogues"
      query={useQ(DialoguesQuery, pageVars(route))}
      pick={(d: DialoguesData) => d.dialogues}
      empty="No dialogue at this point."
      columns={[
        [
          'Dialogue',
          (d) => (
            <RecordLink kind="DIALOGUE" id={d.recordId}>
              {d.name}
            </RecordLink>
          ),
        ],
        ['Parties', (d) => d.parties.map((p) => p.name).join(', ')],
        ['Level', (d) => d.level],
        ['Established', (d) => d.establishedOn],
        ['Meetings', (d) => d.meetings.length],
      ]}
    />
  );
}

/** EnforcementPage lists enforcement actions. */
export function EnforcementPage({ route }: { route: Route }) {
  return (
    <RecordList
      route={route}
      title="Enforcement actions"
      query={useQ(EnforcementActionsQuery, pageVars(route))}
      pick={(d: EnforcementActionsData) => d.enforcementActions}
      empty="No enforcement action at this point."
      columns={[
        [
          'Action',
          (a) => (
            <>
              <RecordLink kind="ENFORCEMENT" id={a.recordId}>
                {a.recordId}
              </RecordLink>
              <div class="muted">{a.summary}</div>
            </>
          ),
        ],
        ['Kind', (a) => words(a.actionKind)],
        ['Authority', (a) => a.authority.name],
        ['Opened', (a) => a.openedOn],
        ['Closed', (a) => (a.closed ? 'yes' : 'no')],
      ]}
    />
  );
}
