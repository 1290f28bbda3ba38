// Subscriptions over the legacy graphql-ws subprotocol, with the old Apollo
// client subscriptions-transport-ws.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import pkg from 'subscriptions-transport-ws';
import WebSocket from 'ws';
import { Inbox } from '../inbox.mjs';
import { gql, registerSource, useLedger } from '../server.mjs';

const { SubscriptionClient } = pkg;

describe('subscriptions-transport-ws (legacy graphql-ws subprotocol)', { timeout: 30_000 }, () => {
  const ledger = useLedger();

  test('receives an event a mutation appends', async () => {
    const start = (await gql(ledger, '{ ledger { head } }')).data.ledger.head;
    let protocol;
    class RecordingWebSocket extends WebSocket {
      constructor(url, protocols) {
        super(url, protocols);
        this.once('open', () => { protocol = this.protocol; });
      }
    }
    const client = new SubscriptionClient(
      ledger.wsUrl,
      { reconnect: false, connectionParams: { Authorization: `Bearer ${ledger.token}` } },
      RecordingWebSocket,
    );
    const inbox = new Inbox();
    const sub = client
      .request({
        query: 'subscription ($after: Int) { ledgerEvents(after: $after) { position type subject { kind id } } }',
        variables: { after: start },
      })
      .subscribe({
        next: (r) => (r.errors ? inbox.fail(new Error(JSON.stringify(r.errors))) : inbox.push(r.data.ledgerEvents)),
        error: (e) => inbox.fail(e instanceof Error ? e : new Error(JSON.stringify(e))),
        complete: () => inbox.fail(new Error('the subscription completed')),
      });
    try {
      const position = await registerSource(ledger, 'LEGACY-1');
      const event = await inbox.next('the appended event');
      assert.deepEqual(event, {
        position,
        type: 'source_document_registered.v1',
        subject: { kind: 'SOURCE', id: 'LEGACY-1' },
      });
      assert.equal(protocol, 'graphql-ws', 'the negotiated subprotocol');
    } finally {
      sub.unsubscribe();
      client.close();
    }
  });
});
