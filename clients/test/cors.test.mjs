// Cross-origin calls. The headers are checked with plain fetch; then a real
// browser (Debian's headless Chromium, driven by playwright-core) loads a
// page from an allowed origin and one from another origin, both on
// 127.0.0.1, and calls the API from each: the allowed page reads the
// answers, the browser blocks the other.
//
// Without /usr/bin/chromium the browser tests are skipped, unless
// CHROMIUM_REQUIRED=1 (as in CI), where they fail.

import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { useLedger } from '../server.mjs';

const chromiumPath = '/usr/bin/chromium';

/** pageServer serves an empty HTML page on 127.0.0.1 and a free port. */
async function pageServer() {
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>client</title><p>client page</p>');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

const allowed = await pageServer();
const other = await pageServer();
after(() => {
  allowed.server.close();
  other.server.close();
});

const ledger = useLedger({ allowedOrigins: ['allowed.test:8000', allowed.origin.replace('http://', '')] });

describe('CORS headers (plain fetch)', { timeout: 30_000 }, () => {
  const preflight = (origin) =>
    fetch(ledger.url, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
    });

  test('a preflight from an allowed origin is answered with its origin, methods and headers', async () => {
    const res = await preflight('http://allowed.test:8000');
    assert.ok(res.status === 204 || res.status === 200, `status ${res.status}`);
    assert.equal(res.headers.get('access-control-allow-origin'), 'http://allowed.test:8000');
    assert.match(res.headers.get('access-control-allow-methods') ?? '', /\bPOST\b/);
    const allowedHeaders = (res.headers.get('access-control-allow-headers') ?? '').toLowerCase();
    assert.match(allowedHeaders, /\bcontent-type\b/);
    assert.match(allowedHeaders, /\bauthorization\b/);
    assert.match(res.headers.get('vary') ?? '', /\borigin\b/i);
  });

  test('a preflight from another origin gets no CORS headers', async () => {
    const res = await preflight('http://elsewhere.test:8000');
    assert.equal(res.headers.get('access-control-allow-origin'), null);
    assert.equal(res.headers.get('access-control-allow-methods'), null);
  });

  test('a POST from an allowed origin is answered with its origin', async () => {
    const res = await fetch(ledger.url, {
      method: 'POST',
      headers: { origin: 'http://allowed.test:8000', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ ledger { head } }' }),
    });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('access-control-allow-origin'), 'http://allowed.test:8000');
    assert.equal(typeof (await res.json()).data.ledger.head, 'number');
  });
});

describe('CORS in a real browser (headless Chromium)', { timeout: 60_000 }, () => {
  const missing = !existsSync(chromiumPath);
  if (missing && process.env.CHROMIUM_REQUIRED !== '1') {
    test('Chromium', { skip: `${chromiumPath} is missing (apt-get install chromium)` }, () => {});
    return;
  }

  let context;
  let userDataDir;
  const pages = new Map(); // origin → its page, loaded once
  before(async () => {
    assert.ok(!missing, `${chromiumPath} is missing and CHROMIUM_REQUIRED=1`);
    const { chromium } = await import('playwright-core');
    userDataDir = mkdtempSync(join(tmpdir(), 'ledger-chromium-'));
    // launchPersistentContext passes --user-data-dir (a new empty one) and --headless.
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumPath,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    for (const origin of [allowed.origin, other.origin]) {
      const page = await context.newPage();
      await page.goto(`${origin}/`);
      pages.set(origin, page);
    }
  });
  after(async () => {
    await context?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  /** inPage runs fn(args) in origin's page and returns its result. */
  const inPage = (origin, fn, args) => pages.get(origin).evaluate(fn, args);

  // Runs in the page: a GraphQL POST (JSON, so preflighted) with an optional token.
  const post = async ({ url, query, token }) => {
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query }),
      });
      return { status: res.status, body: await res.json() };
    } catch (e) {
      return { blocked: `${e.name}: ${e.message}` };
    }
  };

  // Runs in the page: a GET (a simple request, not preflighted).
  const get = async ({ url }) => {
    try {
      const res = await fetch(`${url}?query=${encodeURIComponent('{ ledger { head } }')}`);
      return { status: res.status, body: await res.json() };
    } catch (e) {
      return { blocked: `${e.name}: ${e.message}` };
    }
  };

  // Runs in the page: a graphql-transport-ws handshake.
  const websocket = ({ url }) =>
    new Promise((resolve) => {
      const ws = new WebSocket(url, 'graphql-transport-ws');
      ws.onopen = () => ws.send(JSON.stringify({ type: 'connection_init', payload: {} }));
      ws.onmessage = (m) => {
        resolve({ message: JSON.parse(m.data) });
        ws.close();
      };
      ws.onclose = (e) => resolve({ closed: e.code });
    });

  test('the allowed origin reads a query and records with a token', async () => {
    const q = await inPage(allowed.origin, post, { url: ledger.url, query: '{ ledger { head } }' });
    assert.equal(q.status, 200, JSON.stringify(q));
    assert.equal(typeof q.body.data.ledger.head, 'number');

    const m = await inPage(allowed.origin, post, {
      url: ledger.url,
      token: ledger.token,
      query: 'mutation { registerSource(input: {sourceId: "BROWSER-1", publisher: "P", title: "T", official: true}) { result { position } userErrors { rule } } }',
    });
    assert.equal(m.status, 200, JSON.stringify(m));
    assert.deepEqual(m.body.data.registerSource.userErrors, []);
    assert.ok(m.body.data.registerSource.result.position > 0);

    const g = await inPage(allowed.origin, get, { url: ledger.url });
    assert.equal(g.status, 200, JSON.stringify(g));
  });

  test('the browser blocks another origin from reading', async () => {
    const q = await inPage(other.origin, post, { url: ledger.url, query: '{ ledger { head } }' });
    assert.match(q.blocked ?? '', /TypeError/, JSON.stringify(q));
    const g = await inPage(other.origin, get, { url: ledger.url });
    assert.match(g.blocked ?? '', /TypeError/, JSON.stringify(g));
    const m = await inPage(other.origin, post, {
      url: ledger.url,
      token: ledger.token,
      query: 'mutation { registerSource(input: {sourceId: "BROWSER-2", publisher: "P", title: "T", official: true}) { result { position } } }',
    });
    assert.match(m.blocked ?? '', /TypeError/, JSON.stringify(m));
    // The preflight failed, so the mutation never reached the server.
    const res = await fetch(ledger.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ source(recordId: "BROWSER-2") { recordId } }' }),
    });
    assert.deepEqual((await res.json()).data, { source: null });
  });

  test('websockets: the allowed origin connects, another origin is refused', async () => {
    const ok = await inPage(allowed.origin, websocket, { url: ledger.wsUrl });
    assert.equal(ok.message?.type, 'connection_ack', JSON.stringify(ok));
    const refused = await inPage(other.origin, websocket, { url: ledger.wsUrl });
    assert.equal(refused.closed, 1006, JSON.stringify(refused));
  });
});
