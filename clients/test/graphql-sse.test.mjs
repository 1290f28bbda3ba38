// Subscriptions over server-sent events with the graphql-sse client. gqlgen's
// SSE transport speaks graphql-sse's "distinct connections mode" (one POST
// with Accept: text/event-stream per subscription; the events are "next" and
// "complete"); it has no "single connection mode" (no PUT reservation).

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createClient } from 'graphql-sse';
import { Inbox } from '../inbox.mjs';
import { gql, registerSource, useLedger } from '../server.mjs';

const ledgerEvents = `subscription ($after: Int) {
  ledgerEvents(after: $after) { position type subject { kind id } }
}`;

function connect(ledger) {
  return createClient({
    url: ledger.url,
    singleConnection: false, // distinct connections mode, the default
    retryAttempts: 0,
    headers: { authorization: `Bearer ${ledger.token}` },
  });
}

function subscribe(client, after) {
  const inbox = new Inbox();
  const dispose = client.subscribe(
    { query: ledgerEvents, variables: { after } },
    {
      next: (r) => (r.errors ? inbox.fail(new Error(JSON.stringify(r.errors))) : inbox.push(r.data.ledgerEvents)),
      error: (e) => inbox.fail(e instanceof Error ? e : new Error(JSON.stringify(e))),
      complete: () => inbox.fail(new Error('the subscription completed')),
    },
  );
  return { inbox, dispose };
}

describe('graphql-sse (distinct connections mode)', { timeout: 30_000 }, () => {
  const ledger = useLedger();

  test('receives the events a mutation appends', async () => {
    const client = connect(ledger);
    const start = (await gql(ledger, '{ ledger { head } }')).data.ledger.head;
    const { inbox, dispose } = subscribe(client, start);
    try {
      const p1 = await registerSource(ledger, 'SSE-1');
      const p2 = await registerSource(ledger, 'SSE-2');
      const events = await inbox.take(2, 'the appended events');
      assert.deepEqual(
        events.map((e) => [e.position, e.type, e.subject.id]),
        [
          [p1, 'source_document_registered.v1', 'SSE-1'],
          [p2, 'source_document_registered.v1', 'SSE-2'],
        ],
      );
    } finally {
      dispose();
      client.dispose();
    }
  });

  test('resumes from a position: no gap, no duplicate', async () => {
    const client = connect(ledger);
    try {
      const start = (await gql(ledger, '{ ledger { head } }')).data.ledger.head;
      const first = subscribe(client, start);
      await registerSource(ledger, 'SSE-R1');
      await registerSource(ledger, 'SSE-R2');
      const before = await first.inbox.take(2, 'the events before the drop');
      first.dispose();

      await registerSource(ledger, 'SSE-R3'); // while no one listens

      const resumed = subscribe(client, before.at(-1).position);
      try {
        await registerSource(ledger, 'SSE-R4');
        const after = await resumed.inbox.take(2, 'the events after the resume');
        assert.deepEqual(
          [...before, ...after].map((e) => [e.position, e.subject.id]),
          [1, 2, 3, 4].map((i) => [start + i, `SSE-R${i}`]),
        );
      } finally {
        resumed.dispose();
      }
    } finally {
      client.dispose();
    }
  });
});
