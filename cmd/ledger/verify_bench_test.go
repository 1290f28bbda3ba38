package main

import (
	"context"
	"io"
	"os"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
)

// BenchmarkVerifyLedger runs ledger verify over the embedded ledger in the
// directory named by LEDGER_VERIFY_BENCH_DATA (made with ledger generate),
// next to a plain read of the same ledger through the same store with the
// same parallelism and nothing checked: the floor verify stands on. Each
// reports events per second. Without the variable it is skipped.
//
//	LEDGER_VERIFY_BENCH_DATA=/tmp/v1m go test ./cmd/ledger -run '^$' -bench VerifyLedger -benchtime 3x
func BenchmarkVerifyLedger(b *testing.B) {
	dir := os.Getenv("LEDGER_VERIFY_BENCH_DATA")
	if dir == "" {
		b.Skip("LEDGER_VERIFY_BENCH_DATA names no ledger directory")
	}
	ctx := context.Background()
	s, err := openForIntegrity(ctx, dir, "", true)
	if err != nil {
		b.Fatal(err)
	}
	head, err := s.Head(ctx)
	s.Close()
	if err != nil {
		b.Fatal(err)
	}
	b.Run("read", func(b *testing.B) {
		for range b.N {
			s, err := openForIntegrity(ctx, dir, "", true)
			if err != nil {
				b.Fatal(err)
			}
			var next atomic.Uint64
			var wg sync.WaitGroup
			for range max(runtime.GOMAXPROCS(0), 2) {
				wg.Go(func() {
					for {
						evs, err := s.ReadAll(ctx, (next.Add(1)-1)*verifyPage, verifyPage)
						if err != nil {
							b.Error(err)
						}
						if len(evs) == 0 {
							return
						}
					}
				})
			}
			wg.Wait()
			s.Close()
		}
		b.ReportMetric(float64(head)*float64(b.N)/b.Elapsed().Seconds(), "events/s")
	})
	b.Run("verify", func(b *testing.B) {
		for range b.N {
			if err := runLedger(ctx, []string{"verify", "--data", dir}, io.Discard, io.Discard); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(head)*float64(b.N)/b.Elapsed().Seconds(), "events/s")
	})
}
