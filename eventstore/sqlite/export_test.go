package sqlite

// Schema is the ledger's table, for the benchmarks that measure the
// engine without the store (batch_bench_test.go).
const Schema = schema
