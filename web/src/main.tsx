// The Ledger Explorer: a web page on the ledger's public GraphQL API.
import { render } from 'preact';
import { Provider } from '@urql/preact';
import { client } from './api';
import { App } from './app';
import './style.css';

// urql aborts the requests of views that went away (a page left before its
// answer came); the aborted fetch surfaces as an unhandled AbortError. That
// is the page cancelling what it no longer needs, not a failure.
addEventListener('unhandledrejection', (e) => {
  if ((e.reason as Error | undefined)?.name === 'AbortError') e.preventDefault();
});

const root = document.getElementById('app');
if (root) {
  render(
    <Provider value={client}>
      <App />
    </Provider>,
    root,
  );
}
