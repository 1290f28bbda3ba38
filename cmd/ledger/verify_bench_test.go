package main

import (
	"context"
	"io"
	"os"
	"testing"
)

// BenchmarkVerifyLedger runs ledger verify over the embedded ledger in the
// directory named by LEDGER_VERIFY_BENCH_DATA (made with ledger generate);
// it reports events per second. Without the variable it is skipped.
//
//	LEDGER_VERIFY_BENCH_DATA=/tmp/v1m go test ./cmd/ledger -run '^$' -bench VerifyLedger -benchtime 1x
func BenchmarkVerifyLedger(b *testing.B) {
	dir := os.Getenv("LEDGER_VERIFY_BENCH_DATA")
	if dir == "" {
		b.Skip("LEDGER_VERIFY_BENCH_DATA names no ledger directory")
	}
	s, err := openForIntegrity(context.Background(), dir, "", true)
	if err != nil {
		b.Fatal(err)
	}
	head, err := s.Head(context.Background())
	s.Close()
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for range b.N {
		if err := runIntegrity(context.Background(), []string{"verify", "--data", dir}, func(string) string { return "" }, io.Discard, io.Discard); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(head)*float64(b.N)/b.Elapsed().Seconds(), "events/s")
}
