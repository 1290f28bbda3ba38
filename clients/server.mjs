// The ledger binary for the client tests: built once per `npm test` (by
// `node server.mjs build`, the pretest script), then started by each test
// file on a free port with its own temporary data directory and stopped after
// that file's tests.
//
//   import { useLedger } from '../server.mjs';
//   const ledger = useLedger({ allowedOrigins: ['allowed.test:8000'] }); // in a file or a describe
//   ledger.url        // http://127.0.0.1:PORT/graphql, once the before hook ran
//   ledger.token      // a bearer token with the recorder role
//
// LEDGER_BIN=/path/to/ledger uses that binary instead of building one.

import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';

const clientsDir = dirname(fileURLToPath(import.meta.url));
const repoDir = dirname(clientsDir);
const builtBinary = join(clientsDir, '.build', 'ledger');

/** build compiles ./cmd/ledger into clients/.build/ledger and returns its path. */
export function build() {
  mkdirSync(dirname(builtBinary), { recursive: true });
  // Build beside the target and rename, so that test files started in
  // parallel never run a half-written binary.
  const tmp = `${builtBinary}.${process.pid}.tmp`;
  const r = spawnSync('go', ['build', '-o', tmp, './cmd/ledger'], { cwd: repoDir, stdio: 'inherit' });
  if (r.error) throw new Error(`go build: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`go build ./cmd/ledger exited with ${r.status}`);
  renameSync(tmp, builtBinary);
  return builtBinary;
}

/** binary returns the ledger binary to run: LEDGER_BIN, the one built by the pretest script, or a new build. */
export function binary() {
  if (process.env.LEDGER_BIN) return process.env.LEDGER_BIN;
  return existsSync(builtBinary) ? builtBinary : build();
}

/** hashToken returns the sha256:HEX that configures token, from `ledger hash-token`. */
function hashToken(bin, token) {
  const r = spawnSync(bin, ['hash-token'], { input: token, encoding: 'utf8' });
  const hash = r.stdout?.trim().split(/\s+/)[0] ?? '';
  if (r.status !== 0 || !hash.startsWith('sha256:')) {
    throw new Error(`ledger hash-token exited with ${r.status}: ${r.stdout}${r.stderr}`);
  }
  return hash;
}

/**
 * useLedger starts a ledger before the tests of the current file or suite
 * and stops it after them. The returned object gets startLedger's fields once
 * the before hook has run.
 */
export function useLedger(options) {
  const ledger = {};
  before(async () => {
    Object.assign(ledger, await startLedger(options));
  });
  after(() => ledger.stop?.());
  return ledger;
}

/**
 * startLedger starts `ledger serve` on 127.0.0.1 with a fresh data
 * directory and waits until /readyz answers 200. The caller must await
 * stop(); a ledger left running is killed when the test process exits.
 *
 * options.allowedOrigins: origin host patterns for LEDGER_ALLOWED_ORIGINS.
 * options.anonymous: LEDGER_ANONYMOUS (default reader).
 * options.demo: load the demo dataset.
 */
export async function startLedger(options = {}) {
  const bin = binary();
  const token = `recorder-${randomBytes(16).toString('hex')}`;
  const readerToken = `reader-${randomBytes(16).toString('hex')}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-clients-'));
  // Only the settings given here: a LEDGER_STORE or LEDGER_TOKENS_FILE of the
  // caller's environment must not leak into the test server.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('LEDGER_')));
  const env = {
    ...inherited,
    LEDGER_TOKENS: [
      `${hashToken(bin, token)} recorder client-tests`,
      `${hashToken(bin, readerToken)} reader client-reader`,
    ].join('\n'),
    LEDGER_ANONYMOUS: options.anonymous ?? 'reader',
    LEDGER_ALLOWED_ORIGINS: (options.allowedOrigins ?? []).join(','),
    LEDGER_LOG_FORMAT: 'json',
  };
  const args = ['serve', '--addr', '127.0.0.1:0', '--data', dataDir];
  if (options.demo) args.push('--demo');
  const proc = spawn(bin, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  proc.stdout.setEncoding('utf8').on('data', (s) => { log += s; });
  proc.stderr.setEncoding('utf8').on('data', (s) => { log += s; });
  const exited = new Promise((resolve) => proc.once('exit', (code, signal) => resolve({ code, signal })));
  // A test process that ends without stop() must not keep, nor leave, a server.
  const killOnExit = () => proc.kill('SIGKILL');
  process.once('exit', killOnExit);
  proc.unref();
  proc.stdout.unref?.();
  proc.stderr.unref?.();

  const stop = async () => {
    if (proc.exitCode === null && proc.signalCode === null) {
      proc.kill('SIGTERM');
      const timer = setTimeout(() => proc.kill('SIGKILL'), 15_000);
      const { code, signal } = await exited;
      clearTimeout(timer);
      if (code !== 0) console.error(`ledger exited with ${code ?? signal} when stopped; its log:\n${log}`);
    }
    process.off('exit', killOnExit);
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    const base = await serving(proc, exited, () => log);
    await ready(base, () => log);
    return {
      base,
      url: `${base}/graphql`,
      wsUrl: `${base.replace(/^http/, 'ws')}/graphql`,
      token,
      readerToken,
      log: () => log,
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}

/**
 * serving resolves with the base URL the ledger listens on, read from its
 * "serving" log line: the port is the kernel's choice, so two test files
 * never race for one.
 */
function serving(proc, exited, log) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`ledger did not start in 30 s; its log:\n${log()}`)), 30_000);
    const look = () => {
      const m = log().match(/"graphql":"(http:\/\/[^"]+)\/graphql"/);
      if (m) {
        clearTimeout(timer);
        proc.stdout.off('data', look);
        proc.stderr.off('data', look);
        resolve(m[1]);
      }
    };
    proc.stdout.on('data', look);
    proc.stderr.on('data', look);
    exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`ledger exited (${code ?? signal}) before serving; its log:\n${log()}`));
    });
  });
}

/** ready resolves once /readyz answers 200: the read models have caught up with the store. */
async function ready(base, log) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const res = await fetch(`${base}/readyz`).catch(() => null);
    if (res?.ok) break;
    await res?.body?.cancel();
    if (Date.now() > deadline) throw new Error(`ledger not ready in 30 s; its log:\n${log()}`);
    await new Promise((resolve) => setTimeout(resolve, 50)); // the interval between two polls of the condition
  }
}

/** gql posts one GraphQL request and returns the parsed body; it fails on a non-200 status. */
export async function gql(ledger, query, variables, { token = ledger.token } = {}) {
  const res = await fetch(ledger.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (res.status !== 200) throw new Error(`HTTP ${res.status}: ${JSON.stringify(body)}`);
  return body;
}

/** registerSource records a source document (one event) and returns its ledger position. */
export async function registerSource(ledger, sourceId) {
  const body = await gql(
    ledger,
    `mutation ($input: RegisterSourceInput!) {
      registerSource(input: $input) { result { version position } userErrors { field rule code message } }
    }`,
    { input: { sourceId, publisher: 'Client tests', title: `Source ${sourceId}`, official: true } },
  );
  const payload = body.data?.registerSource;
  if (!payload?.result) throw new Error(`registerSource ${sourceId}: ${JSON.stringify(body)}`);
  return payload.result.position;
}

if (process.argv[2] === 'build' && !process.env.LEDGER_BIN) {
  build();
}
