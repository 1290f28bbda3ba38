// Screening: is this party on a list, and was it on the day asked, as
// published by then? The API ranks candidates with a score from 0 to 1 and
// says which name matched, how, and which features agreed or conflicted.
import { useQ } from '../api';
import { ScreenDoc } from '../queries';
import { asOf, href, setParams, type Route } from '../route';
import { BasisLine, ErrorBox, Loading, RecordLink, Status, useReportBasis } from '../ui';

type Features = { name: string; query: string; record: string }[];

function features(list: Features) {
  return list.map((f) => `${f.name} (${f.query} / ${f.record})`).join('; ');
}

/** Candidates lists a screening's candidates with their scores and reasons. */
export function Candidates({ route, name, full = false }: { route: Route; name: string; full?: boolean }) {
  const g = (k: string) => (full ? route.params.get(k) || undefined : undefined);
  const split = (k: string) => g(k)?.split(',').map((x) => x.trim()).filter(Boolean);
  const thr = route.params.get('threshold');
  const threshold = thr && !Number.isNaN(Number(thr)) ? Number(thr) : undefined;
  const query = { name, schema: g('schema'), birthDate: g('birthDate'), country: g('country'), identifier: g('identifier'), lists: split('lists'), programs: split('programs') };
  const [res] = useQ(ScreenDoc, { query, asOf: asOf(route), threshold, first: full ? 25 : 5 }, !name);
  const r = res.data?.screen;
  if (full) useReportBasis(r?.basis);
  if (!name) return null;
  return (
    <>
      <ErrorBox error={res.error} />
      {res.fetching && !r && <Loading />}
      {r && (
        <>
          {full && <BasisLine basis={r.basis} label="Screened" />}
          <p>
            {r.candidates.length === 0
              ? `No designation scores ${r.threshold} or more for “${r.name}”.`
              : `${r.candidates.length} candidate${r.candidates.length === 1 ? '' : 's'} at or above ${r.threshold} for “${r.name}”.`}
          </p>
          {r.candidates.length > 0 && (
            <table class="candidates">
              <caption class="sr-only">Screening candidates</caption>
              <thead>
                <tr>
                  <th scope="col">Score</th>
                  <th scope="col">Party and designation</th>
                  <th scope="col">Matched name</th>
                  <th scope="col">Status then</th>
                  <th scope="col">Features</th>
                </tr>
              </thead>
              <tbody>
                {r.candidates.map((c) => (
                  <tr key={c.designation.recordId}>
                    <td>
                      <strong>{c.score.toFixed(3)}</strong>
                      {c.nameScore !== c.score && <div class="muted">name {c.nameScore.toFixed(3)}</div>}
                    </td>
                    <td>
                      <RecordLink kind="DESIGNATION" id={c.designation.recordId}>
                        {c.designation.party.name}
                      </RecordLink>
                      <div class="muted">
                        {c.designation.list}
                        {c.designation.programs.length > 0 && ` · ${c.designation.programs.join(', ')}`}
                        {c.designation.party.schema && ` · ${c.designation.party.schema}`}
                      </div>
                    </td>
                    <td>
                      {c.matchedName}
                      <div class="muted">
                        {c.nameKind}, {c.how}
                      </div>
                    </td>
                    <td>
                      <Status value={c.designation.status} />
                      {c.designation.delistedOn && <div class="muted">delisted {c.designation.delistedOn}</div>}
                    </td>
                    <td>
                      {c.agreed.length > 0 && <div>agreed: {features(c.agreed)}</div>}
                      {c.conflicted.length > 0 && <div class="bad">conflicted: {features(c.conflicted)}</div>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </>
  );
}

/** ScreenPage screens one party with every field the API takes. */
export function ScreenPage({ route }: { route: Route }) {
  const name = (route.params.get('name') ?? '').trim();
  const text = (k: string, label: string, placeholder = '') => (
    <label>
      {label} <input name={k} defaultValue={route.params.get(k) ?? ''} placeholder={placeholder} />
    </label>
  );
  return (
    <>
      <h1>Screen a party</h1>
      <form
        class="filters"
        aria-label="Party to screen"
        key={route.params.toString()}
        onSubmit={(e) => {
          e.preventDefault();
          const f = new FormData(e.currentTarget as HTMLFormElement);
          const g = (k: string) => String(f.get(k) ?? '').trim() || undefined;
          setParams({
            name: g('name'),
            schema: g('schema'),
            birthDate: g('birthDate'),
            country: g('country'),
            identifier: g('identifier'),
            lists: g('lists'),
            programs: g('programs'),
            threshold: g('threshold'),
          });
        }}
      >
        {text('name', 'Name', 'as you have it')}
        {text('schema', 'Schema', 'Person, Organization, Vessel')}
        {text('birthDate', 'Born or registered', 'YYYY, YYYY-MM or YYYY-MM-DD')}
        {text('country', 'Country')}
        {text('identifier', 'Identifier', 'passport, IMO number')}
        {text('lists', 'Lists', 'us-ofac-sdn, un-sc-consolidated')}
        {text('programs', 'Programs')}
        <label>
          Threshold <input name="threshold" type="number" min={0} max={1} step={0.01} defaultValue={route.params.get('threshold') ?? ''} placeholder="0.8" />
        </label>
        <button type="submit">Screen</button>
      </form>
      <p class="muted">
        The answer is at the valid date, knowledge point and publication limit above: “would this name have matched then, against the lists as
        published by then?”. Every candidate's score is shown; lower the threshold for recall, raise it for precision.
      </p>
      {name ? <Candidates route={route} name={name} full /> : <p>Give a name to screen.</p>}
      <p>
        <a href={href(['lists'])}>The lists screened and their freshness</a>
      </p>
    </>
  );
}
