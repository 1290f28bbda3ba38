// Package web holds the Ledger Explorer and GraphiQL: TypeScript sources
// (src/), built by Vite into dist/, which is committed and embedded here so
// that the ledger binary serves both pages with no Node.js and no third-party
// host. `npm ci && npm run build` in this folder rebuilds dist/; CI fails when
// the committed build differs from a fresh one.
package web
