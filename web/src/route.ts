// The page's whole state lives in the URL's fragment: #/path?params. A link
// to a view reproduces it: the two time controls (valid, pos or known), the
// page's filters and cursor, and for a cited view the basis and its root.
import { useEffect, useState } from 'preact/hooks';

/** Route is the parsed fragment. */
export interface Route {
  path: string[];
  params: URLSearchParams;
}

/** The parameters that keep their value from page to page: the time controls. */
export const globalParams = ['valid', 'pos', 'known', 'pub'] as const;

/** parse reads a fragment such as #/record/MEASURE/US-2022-ACS?valid=2023-01-01. */
export function parse(hash: string): Route {
  const h = hash.replace(/^#/, '');
  const q = h.indexOf('?');
  const pathPart = q < 0 ? h : h.slice(0, q);
  const params = new URLSearchParams(q < 0 ? '' : h.slice(q + 1));
  const path = pathPart.split('/').filter(Boolean).map(decodeURIComponent);
  return { path, params };
}

/** format writes a route back into a fragment. Empty parameters are left out. */
export function format(path: string[], params: URLSearchParams | Record<string, string | undefined>): string {
  const p = params instanceof URLSearchParams ? new URLSearchParams(params) : new URLSearchParams();
  if (!(params instanceof URLSearchParams)) {
    for (const [k, v] of Object.entries(params)) if (v) p.set(k, v);
  }
  for (const [k, v] of [...p.entries()]) if (!v) p.delete(k);
  const qs = p.toString();
  return '#/' + path.map(encodeURIComponent).join('/') + (qs ? '?' + qs : '');
}

/** useRoute follows the fragment. */
export function useRoute(): Route {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const on = () => setHash(location.hash);
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  return parse(hash);
}

/** current reads the route of the page now. */
export function current(): Route {
  return parse(location.hash);
}

/**
 * href builds a link to path that keeps the time controls of the page now,
 * plus the given parameters.
 */
export function href(path: string[], extra: Record<string, string | undefined> = {}, from: Route = current()): string {
  const p = new URLSearchParams();
  for (const k of globalParams) {
    const v = from.params.get(k);
    if (v) p.set(k, v);
  }
  for (const [k, v] of Object.entries(extra)) {
    if (v) p.set(k, v);
    else p.delete(k);
  }
  return format(path, p);
}

/** navigate goes to a fragment, as a new entry of the browser's history. */
export function navigate(fragment: string): void {
  if (location.hash !== fragment) location.hash = fragment;
}

/**
 * setParams changes parameters of the page now; undefined or '' removes one.
 * A change made on the page drops the basis a link carried: the page shows
 * the latest state again (unless pos or known fix the knowledge point).
 */
export function setParams(changes: Record<string, string | undefined>, replace = false): void {
  const r = current();
  const p = new URLSearchParams(r.params);
  p.delete('basis');
  for (const [k, v] of Object.entries(changes)) {
    if (v) p.set(k, v);
    else p.delete(k);
  }
  const f = format(r.path, p);
  if (replace) {
    history.replaceState(null, '', f);
    dispatchEvent(new HashChangeEvent('hashchange'));
  } else navigate(f);
}

/** AsOfVars is the asOf argument the time controls of a route ask for. */
export interface AsOfVars {
  validAt?: string;
  position?: number;
  knownAt?: string;
  publishedBy?: string;
}

// The basis of each answer goes into the URL (basis=POSITION,VALIDDATE) as
// soon as it arrives, so the address bar always names the point the page
// shows. While the page is open it keeps following the ledger (the URL it
// wrote itself is not a request to stay there); a URL that arrives with a
// basis (a link, a reload, a bookmark) shows the page at that basis.
const written = new Set<string>();

/** recordBasis writes the basis of the page's answer into the URL, without a new history entry. */
export function recordBasis(b: { position: number; validAt: string }): void {
  const r = current();
  if (r.params.has('pos') || r.params.has('known')) return;
  const v = `${b.position},${b.validAt}`;
  if (r.params.get('basis') === v) return;
  const p = new URLSearchParams(r.params);
  p.set('basis', v);
  const f = format(r.path, p);
  written.add(f);
  history.replaceState(history.state, '', f);
}

/** linkedBasis is the basis a URL came with from outside the page (null when none, or when the page wrote it). */
export function linkedBasis(r: Route): { position: number; validAt: string } | null {
  const b = r.params.get('basis');
  if (!b || written.has(format(r.path, r.params))) return null;
  const m = /^(\d+),(\d{4}-\d{2}-\d{2})$/.exec(b);
  return m ? { position: Number(m[1]), validAt: m[2] } : null;
}

/** asOf turns the route's time controls into the API's asOf (undefined fields: the API's defaults). */
export function asOf(r: Route): AsOfVars | undefined {
  const a: AsOfVars = {};
  const valid = r.params.get('valid');
  const pos = r.params.get('pos');
  const known = r.params.get('known');
  const linked = linkedBasis(r);
  const pub = r.params.get('pub');
  if (valid) a.validAt = valid;
  if (pub) a.publishedBy = pub;
  if (pos && /^\d+$/.test(pos)) a.position = Number(pos);
  else if (known) a.knownAt = known;
  else if (linked) {
    a.position = linked.position;
    a.validAt ??= linked.validAt;
  }
  return Object.keys(a).length ? a : undefined;
}

/** pinned reports whether the knowledge point is fixed (then live events change nothing on the page). */
export function pinned(r: Route): boolean {
  return r.params.has('pos') || r.params.has('known') || linkedBasis(r) !== null;
}
