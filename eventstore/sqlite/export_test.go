package sqlite

// Schema is the ledger's table, for the benchmarks that measure the
// engine without the store (batch_bench_test.go).
const Schema = schema

// Poll makes the watch for other Stores' commits check the file now. It
// waits for the watch to run, which it does while a subscription waits.
func (s *Store) Poll() { s.pollNow <- struct{}{} }
