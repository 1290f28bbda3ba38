// Starts the real ledger binary for the Explorer's browser test: built from
// this checkout (so the embedded web/dist is the one under test), served on
// 127.0.0.1 with a free port and a fresh data directory.

import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const webDir = dirname(dirname(fileURLToPath(import.meta.url)));
const repoDir = dirname(webDir);

/** build compiles ./cmd/ledger into web/.build/ledger (go's cache makes a rebuild cheap). */
export function build() {
  const out = join(webDir, '.build', 'ledger');
  mkdirSync(dirname(out), { recursive: true });
  const r = spawnSync('go', ['build', '-o', out, './cmd/ledger'], { cwd: repoDir, stdio: 'inherit' });
  if (r.error) throw new Error(`go build: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`go build ./cmd/ledger exited with ${r.status}`);
  return out;
}

function hashToken(bin, token) {
  const r = spawnSync(bin, ['hash-token'], { input: token, encoding: 'utf8' });
  const hash = r.stdout?.trim().split(/\s+/)[0] ?? '';
  if (r.status !== 0 || !hash.startsWith('sha256:')) throw new Error(`ledger hash-token exited with ${r.status}: ${r.stdout}${r.stderr}`);
  return hash;
}

/**
 * startLedger runs `ledger serve` and resolves once /readyz answers 200.
 * options.demo loads the demo dataset; options.importFile is recorded with
 * `ledger import` into the fresh data directory before serving;
 * options.ingest is a list of `ledger ingest` argument lists (format, files),
 * run in order before serving.
 */
export async function startLedger(bin, options = {}) {
  const token = `recorder-${randomBytes(16).toString('hex')}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-explorer-'));
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('LEDGER_')));
  const env = { ...inherited, LEDGER_TOKENS: `${hashToken(bin, token)} recorder explorer-tests`, LEDGER_ANONYMOUS: 'reader', LEDGER_LOG_FORMAT: 'json' };
  if (options.importFile) {
    const r = spawnSync(bin, ['import', '--data', dataDir, options.importFile], { env, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`ledger import exited with ${r.status}: ${r.stdout}${r.stderr}`);
  }
  for (const ingestArgs of options.ingest ?? []) {
    const r = spawnSync(bin, ['ingest', '--data', dataDir, ...ingestArgs], { env, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`ledger ingest ${ingestArgs.join(' ')} exited with ${r.status}: ${r.stdout}${r.stderr}`);
  }
  const args = ['serve', '--addr', '127.0.0.1:0', '--data', dataDir];
  if (options.demo) args.push('--demo');
  const proc = spawn(bin, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  proc.stdout.setEncoding('utf8').on('data', (s) => (log += s));
  proc.stderr.setEncoding('utf8').on('data', (s) => (log += s));
  const exited = new Promise((resolve) => proc.once('exit', (code, signal) => resolve({ code, signal })));
  const killOnExit = () => proc.kill('SIGKILL');
  process.once('exit', killOnExit);
  const stop = async () => {
    if (proc.exitCode === null && proc.signalCode === null) {
      proc.kill('SIGTERM');
      const timer = setTimeout(() => proc.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    }
    process.off('exit', killOnExit);
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const base = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`ledger did not start in 30 s; its log:\n${log}`)), 30_000);
      const look = () => {
        const m = log.match(/"graphql":"(http:\/\/[^"]+)\/graphql"/);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      };
      proc.stdout.on('data', look);
      proc.stderr.on('data', look);
      exited.then(({ code, signal }) => {
        clearTimeout(timer);
        reject(new Error(`ledger exited (${code ?? signal}) before serving; its log:\n${log}`));
      });
    });
    const deadline = Date.now() + 30_000;
    for (;;) {
      const res = await fetch(`${base}/readyz`).catch(() => null);
      if (res?.ok) break;
      await res?.body?.cancel();
      if (Date.now() > deadline) throw new Error(`ledger not ready in 30 s; its log:\n${log}`);
      await new Promise((r) => setTimeout(r, 50)); // the interval between two polls of the condition
    }
    return { base, token, stop, log: () => log };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** gql posts one GraphQL request with the recorder token and returns the parsed body. */
export async function gql(ledger, query, variables) {
  const res = await fetch(`${ledger.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${ledger.token}` },
    body: JSON.stringify({ query, variables }),
  });
  if (res.status !== 200) throw new Error(`HTTP ${res.status}: ${await res.text()}`);
  return res.json();
}
