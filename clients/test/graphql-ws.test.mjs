// Subscriptions over websockets with the graphql-ws client (the
// graphql-transport-ws subprotocol).

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { Inbox } from '../inbox.mjs';
import { gql, registerSource, useLedger } from '../server.mjs';

const ledgerEvents = `subscription ($after: Int) {
  ledgerEvents(after: $after) { position type subject { kind id } }
}`;

function connect(ledger, connectionParams, on = {}) {
  return createClient({
    url: ledger.wsUrl,
    webSocketImpl: WebSocket,
    connectionParams,
    retryAttempts: 0,
    lazy: true,
    on,
  });
}

/** subscribe starts ledgerEvents after a position; events and errors go to the returned inbox. */
function subscribe(client, after) {
  const inbox = new Inbox();
  const dispose = client.subscribe(
    { query: ledgerEvents, variables: { after } },
    {
      next: (r) => (r.errors ? inbox.fail(new Error(JSON.stringify(r.errors))) : inbox.push(r.data.ledgerEvents)),
      error: (e) => inbox.fail(e),
      complete: () => inbox.fail(new Error('the subscription completed')),
    },
  );
  return { inbox, dispose };
}

async function head(ledger) {
  return (await gql(ledger, '{ ledger { head } }')).data.ledger.head;
}

describe('graphql-ws (graphql-transport-ws)', { timeout: 30_000 }, () => {
  const ledger = useLedger();

  test('receives the events a mutation appends', async () => {
    const client = connect(ledger, { Authorization: `Bearer ${ledger.token}` });
    try {
      const start = await head(ledger);
      const { inbox } = subscribe(client, start);
      const p1 = await registerSource(ledger, 'WS-LIVE-1');
      const p2 = await registerSource(ledger, 'WS-LIVE-2');
      const events = await inbox.take(2, 'the appended events');
      assert.deepEqual(
        events.map((e) => [e.position, e.type, e.subject.kind, e.subject.id]),
        [
          [p1, 'source_document_registered.v1', 'SOURCE', 'WS-LIVE-1'],
          [p2, 'source_document_registered.v1', 'SOURCE', 'WS-LIVE-2'],
        ],
      );
      assert.equal(p1, start + 1);
    } finally {
      await client.dispose();
    }
  });

  test('resumes after a disconnect from the last position received: no gap, no duplicate', async () => {
    const start = await head(ledger);
    const first = connect(ledger, {});
    const { inbox } = subscribe(first, start);
    for (const id of ['WS-R1', 'WS-R2', 'WS-R3']) await registerSource(ledger, id);
    const before = await inbox.take(3, 'the events before the disconnect');
    await first.dispose();

    // Recorded while no one listens.
    await registerSource(ledger, 'WS-R4');
    await registerSource(ledger, 'WS-R5');

    const second = connect(ledger, {});
    try {
      const last = before.at(-1).position;
      const resumed = subscribe(second, last);
      const p6 = await registerSource(ledger, 'WS-R6');
      const after = await resumed.inbox.take(3, 'the events after the resume');
      assert.deepEqual(
        [...before, ...after].map((e) => [e.position, e.subject.id]),
        [1, 2, 3, 4, 5, 6].map((i) => [start + i, `WS-R${i}`]),
      );
      assert.equal(p6, start + 6);
    } finally {
      await second.dispose();
    }
  });

  test('an unknown token in connection_init closes the socket with 4403', async () => {
    let closed;
    const client = connect(ledger, { Authorization: 'Bearer not-a-configured-token' }, {
      closed: (e) => { closed = e; },
    });
    try {
      const { inbox } = subscribe(client);
      const err = await inbox.next('the subscription to fail').then(
        (v) => assert.fail(`received ${JSON.stringify(v)}`),
        (e) => e,
      );
      assert.equal(err.code, 4403, `closed with ${err.code} ${err.reason}`);
      assert.equal(closed?.code, 4403);
    } finally {
      await client.dispose();
    }
  });
});
