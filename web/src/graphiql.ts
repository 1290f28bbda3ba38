// GraphiQL, served by the ledger at /graphiql from its own files: no
// third-party host is contacted, so it works on a machine without internet.
// Queries go over HTTP to /graphql and subscriptions over graphql-ws on the
// same path.
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { createClient } from 'graphql-ws';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

const url = new URL('/graphql', location.href).toString();
const wsUrl = url.replace(/^http/, 'ws');

const fetcher = createGraphiQLFetcher({
  url,
  wsClient: createClient({ url: wsUrl, lazy: true }),
});

const defaultQuery = `# The ledger's GraphQL API. Every read takes asOf: {validAt, knownAt | position}
# and reports its basis. The Explorer is at / ; the README has a tour.
{
  ledger { head }
  measures(first: 5) {
    totalCount
    basis { position validAt }
    nodes { recordId title status }
  }
}
`;

const el = document.getElementById('graphiql');
if (el) {
  el.textContent = '';
  createRoot(el).render(createElement(GraphiQL, { fetcher, defaultQuery }));
}
