package sqlite_test

import (
	"context"
	"fmt"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/google/uuid"

	"github.com/controlsledger/ledger/eventstore"
	"github.com/controlsledger/ledger/eventstore/sqlite"
)

// benchPayload is the size of a typical domain event.
var benchPayload = []byte(`{"measure_id":"0195f3c2-7a1e-7cc0-9a57-3f1c2d4e5b6a","title":"Quarterly access review of the payment system","owner":"risk-office","reason":"scheduled","effective":"2025-03-01"}`)

// BenchmarkAppend measures acknowledged (durable) appends of one event per
// call, from 1, 8 and 64 concurrent writers, each on its own stream. The
// writers' appends share transactions (group commit), so events/s grows
// with concurrency until the writer goroutine is the limit.
func BenchmarkAppend(b *testing.B) {
	for _, writers := range []int{1, 8, 64} {
		b.Run(fmt.Sprintf("writers=%d", writers), func(b *testing.B) {
			s := openStore(b, filepath.Join(b.TempDir(), "ledger.db"), sqlite.Options{})
			ctx := context.Background()
			var next atomic.Int64
			var wg sync.WaitGroup
			b.ResetTimer()
			for w := range writers {
				wg.Go(func() {
					stream := fmt.Sprintf("bench-%d", w)
					for v := int64(0); next.Add(1) <= int64(b.N); v++ {
						ev := eventstore.EventData{ID: uuid.Must(uuid.NewV7()), Type: "measure_announced.v1", Data: benchPayload, Metadata: []byte(`{"actor":"bench"}`)}
						if _, err := s.Append(ctx, stream, v, ev); err != nil {
							b.Error(err)
							return
						}
					}
				})
			}
			wg.Wait()
			b.StopTimer()
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "events/s")
		})
	}
}

// BenchmarkReadAll measures reading the ledger in pages of 1000 events.
func BenchmarkReadAll(b *testing.B) {
	const total, page = 100_000, 1000
	s := openStore(b, filepath.Join(b.TempDir(), "ledger.db"), sqlite.Options{})
	ctx := context.Background()
	for i := range total / page {
		evs := make([]eventstore.EventData, page)
		for j := range evs {
			evs[j] = eventstore.EventData{ID: uuid.Must(uuid.NewV7()), Type: "measure_announced.v1", Data: benchPayload, Metadata: []byte(`{"actor":"bench"}`)}
		}
		if _, err := s.Append(ctx, fmt.Sprintf("bench-%d", i), eventstore.NoStream, evs...); err != nil {
			b.Fatal(err)
		}
	}
	var after uint64
	read := 0
	for b.Loop() {
		evs, err := s.ReadAll(ctx, after, page)
		if err != nil {
			b.Fatal(err)
		}
		read += len(evs)
		after = (after + page) % total
	}
	b.ReportMetric(float64(read)/b.Elapsed().Seconds(), "events/s")
}
