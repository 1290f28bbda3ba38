// Apollo Client (core, no React) with automatic persisted queries: the first
// request carries only the query's SHA-256, the server answers
// PersistedQueryNotFound, the link sends the query with its hash, and the
// server keeps it so that the next request needs only the hash.

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, test } from 'node:test';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { createPersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { useLedger } from '../server.mjs';

const sha256 = (text) => createHash('sha256').update(text).digest('hex');

/** recordingFetch is fetch that keeps each request body and response body. */
function recordingFetch() {
  const exchanges = [];
  const fetchFn = async (url, init) => {
    const res = await fetch(url, init);
    const text = await res.clone().text();
    exchanges.push({ method: init?.method ?? 'GET', url: String(url), request: init?.body ? JSON.parse(init.body) : null, status: res.status, response: JSON.parse(text) });
    return res;
  };
  return { fetchFn, exchanges };
}

function apollo(ledger, fetchFn) {
  return new ApolloClient({
    link: createPersistedQueryLink({ sha256 }).concat(new HttpLink({ uri: ledger.url, fetch: fetchFn })),
    cache: new InMemoryCache(),
    defaultOptions: { query: { fetchPolicy: 'no-cache' } },
  });
}

describe('Apollo Client with automatic persisted queries', { timeout: 30_000 }, () => {
  const ledger = useLedger();

  test('a query succeeds after the persisted-query round trip', async () => {
    const query = gql`
      query LedgerHead {
        ledger {
          head
        }
      }
    `;
    const { fetchFn, exchanges } = recordingFetch();

    const { data, error } = await apollo(ledger, fetchFn).query({ query });
    assert.equal(error, undefined);
    assert.equal(data.ledger.head, 0);

    const show = JSON.stringify(exchanges, null, 2);
    assert.equal(exchanges.length, 2, show);
    const [miss, register] = exchanges;
    // Apollo sends the query with __typename added; the hash is of what it sends.
    assert.match(register.request.query ?? '', /LedgerHead[\s\S]*head/, show);
    const hash = sha256(register.request.query);
    assert.equal(miss.request.query, undefined, `the first request carries no query:\n${show}`);
    assert.equal(miss.request.extensions?.persistedQuery?.sha256Hash, hash, show);
    assert.equal(miss.response.errors?.[0]?.message, 'PersistedQueryNotFound', show);
    assert.equal(miss.response.errors?.[0]?.extensions?.code, 'PERSISTED_QUERY_NOT_FOUND', show);
    assert.equal(register.request.extensions?.persistedQuery?.sha256Hash, hash, show);
    assert.deepEqual(register.response, { data: { ledger: { head: 0, __typename: 'LedgerInfo' } } }, show);

    // A new client (nothing cached on its side) needs only the hash now.
    const second = recordingFetch();
    const again = await apollo(ledger, second.fetchFn).query({ query });
    assert.equal(again.data.ledger.head, 0);
    assert.equal(second.exchanges.length, 1, JSON.stringify(second.exchanges, null, 2));
    assert.equal(second.exchanges[0].request.query, undefined);
    assert.equal(second.exchanges[0].request.extensions?.persistedQuery?.sha256Hash, hash);
  });
});
