// urql (@urql/core): queries, mutations with a bearer token, userErrors and
// the errors of a missing or unknown token.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Client, fetchExchange } from '@urql/core';
import { useLedger } from '../server.mjs';

function urql(ledger, token) {
  return new Client({
    url: ledger.url,
    exchanges: [fetchExchange],
    requestPolicy: 'network-only',
    fetchOptions: () => ({ headers: token ? { authorization: `Bearer ${token}` } : {} }),
  });
}

const registerSource = `mutation ($input: RegisterSourceInput!, $key: String) {
  registerSource(input: $input, idempotencyKey: $key) {
    result { version position }
    source { recordId title official }
    userErrors { field rule code message }
  }
}`;

const source = (sourceId, extra = {}) => ({
  input: { sourceId, publisher: 'Client tests', title: `Source ${sourceId}`, official: true, ...extra },
});

describe('urql', { timeout: 30_000 }, () => {
  const ledger = useLedger();

  test('a query succeeds', async () => {
    const r = await urql(ledger).query('{ ledger { head } }', {}).toPromise();
    assert.equal(r.error, undefined);
    assert.equal(typeof r.data.ledger.head, 'number');
  });

  test('a mutation with the recorder token succeeds and can be read back', async () => {
    const client = urql(ledger, ledger.token);
    const r = await client.mutation(registerSource, source('URQL-1')).toPromise();
    assert.equal(r.error, undefined);
    const p = r.data.registerSource;
    assert.deepEqual(p.userErrors, []);
    assert.equal(p.result.version, 1);
    assert.deepEqual(p.source, { recordId: 'URQL-1', title: 'Source URQL-1', official: true });

    const read = await client
      .query('query ($id: ID!, $at: Int) { source(recordId: $id, asOf: {position: $at}) { recordId knownSince } }', { id: 'URQL-1', at: p.result.position })
      .toPromise();
    assert.deepEqual(read.data.source, { recordId: 'URQL-1', knownSince: p.result.position });
  });

  test('a frontend reads the latest state with at least its own write (asOf: {afterPosition})', async () => {
    const client = urql(ledger, ledger.token);
    const w = await client.mutation(registerSource, source('URQL-RYW')).toPromise();
    assert.deepEqual(w.data.registerSource.userErrors, []);
    const at = w.data.registerSource.result.position;

    // Not pinned to the write's position, as asOf: {position} would be: the
    // latest state, which includes the write (the server waits, briefly,
    // for its read models to reach it).
    const read = await client
      .query('query ($id: ID!, $at: Int) { source(recordId: $id, asOf: {afterPosition: $at}) { recordId knownSince } }', { id: 'URQL-RYW', at })
      .toPromise();
    assert.equal(read.error, undefined);
    assert.deepEqual(read.data.source, { recordId: 'URQL-RYW', knownSince: at });

    // A position the ledger has not reached is refused at once, as a user error.
    const beyond = await client
      .query('query ($at: Int) { measures(asOf: {afterPosition: $at}) { totalCount } }', { at: at + 1_000_000 })
      .toPromise();
    assert.equal(beyond.error?.graphQLErrors?.[0]?.extensions?.rule, 'position.beyond_head', JSON.stringify(beyond.error));
    assert.equal(beyond.error?.graphQLErrors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  });

  test('a retried mutation with the same idempotency key writes nothing more', async () => {
    const client = urql(ledger, ledger.token);
    const first = await client.mutation(registerSource, { ...source('URQL-IDEM'), key: 'urql-idem-1' }).toPromise();
    const again = await client.mutation(registerSource, { ...source('URQL-IDEM'), key: 'urql-idem-1' }).toPromise();
    assert.deepEqual(first.data.registerSource.userErrors, []);
    assert.deepEqual(again.data.registerSource.userErrors, []);
    assert.deepEqual(again.data.registerSource.result, first.data.registerSource.result);
  });

  test('a broken rule shows in userErrors, naming the field and the rule', async () => {
    const client = urql(ledger, ledger.token);
    const bad = await client.mutation(registerSource, source('URQL-2', { sha256: 'not-hex' })).toPromise();
    assert.equal(bad.error, undefined);
    assert.equal(bad.data.registerSource.result, null);
    const [e, ...more] = bad.data.registerSource.userErrors;
    assert.deepEqual(more, []);
    assert.deepEqual(e.field, ['sha256']);
    assert.equal(e.code, 'BAD_USER_INPUT');
    assert.ok(e.rule && e.message, JSON.stringify(e));

    await client.mutation(registerSource, source('URQL-3')).toPromise();
    const dup = await client.mutation(registerSource, source('URQL-3')).toPromise();
    assert.deepEqual(dup.data.registerSource.userErrors.map((e) => [e.field, e.rule, e.code]), [
      [['sourceId'], 'source.already_exists', 'CONFLICT'],
    ]);
  });

  test('a mutation without a token, or with a reader token, is FORBIDDEN', async () => {
    const anonymous = await urql(ledger).mutation(registerSource, source('URQL-ANON')).toPromise();
    assert.equal(anonymous.error?.graphQLErrors?.[0]?.extensions?.code, 'FORBIDDEN', anonymous.error?.message);
    const reader = await urql(ledger, ledger.readerToken).mutation(registerSource, source('URQL-READER')).toPromise();
    assert.equal(reader.error?.graphQLErrors?.[0]?.extensions?.code, 'FORBIDDEN', reader.error?.message);
  });

  test('an unknown token is UNAUTHENTICATED (HTTP 401)', async () => {
    const r = await urql(ledger, 'not-a-configured-token').query('{ ledger { head } }', {}).toPromise();
    assert.equal(r.error?.response?.status, 401);
    assert.equal(r.error?.graphQLErrors?.[0]?.extensions?.code, 'UNAUTHENTICATED', r.error?.message);
  });
});
