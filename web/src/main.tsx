// The Ledger Explorer: a web page on the ledger's public GraphQL API.
import { render } from 'preact';
import { Provider } from '@urql/preact';
import { client } from './api';
import { App } from './app';
import './style.css';

const root = document.getElementById('app');
if (root) {
  render(
    <Provider value={client}>
      <App />
    </Provider>,
    root,
  );
}
