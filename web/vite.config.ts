import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// Two pages: the Explorer (index.html, Preact) and GraphiQL (graphiql.html,
// React, as graphiql needs). Preact's react aliases are off so that GraphiQL
// gets the real React; the Explorer never imports react.
export default defineConfig({
  plugins: [preact({ reactAliasesEnabled: false, prerender: { enabled: false } })],
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No source maps and no inlined assets: the build is the same bytes on
    // every machine, so CI can compare it with the committed one.
    sourcemap: false,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      input: {
        index: resolve(import.meta.dirname, 'index.html'),
        graphiql: resolve(import.meta.dirname, 'graphiql.html'),
      },
    },
  },
  server: {
    // `npm run dev` talks to a ledger on :8080 (go run ./cmd/ledger serve --demo).
    proxy: { '/graphql': { target: 'http://127.0.0.1:8080', ws: true } },
  },
});
