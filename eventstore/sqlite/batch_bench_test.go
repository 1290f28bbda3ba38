package sqlite_test

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/google/uuid"

	"github.com/controlsledger/ledger/eventstore"
	"github.com/controlsledger/ledger/eventstore/sqlite"
)

// BenchmarkAppendBatch1K measures AppendBatch as a bulk import uses it: a
// batch of 10,000 events of 1 KB (the size of a generated ledger's events,
// metadata included), 2 events per new stream, with time-ordered (v7) event
// IDs or IDs derived from a hash (v5, as idempotency keys give), which
// land all over the index of IDs.
//
//	go test -run '^$' -bench AppendBatch1K ./eventstore/sqlite/
func BenchmarkAppendBatch1K(b *testing.B) {
	payload := bytes.Repeat([]byte("x"), 1000)
	for _, ids := range []string{"v7", "v5"} {
		b.Run("ids="+ids, func(b *testing.B) {
			s, err := sqlite.Open(filepath.Join(b.TempDir(), "ledger.db"), sqlite.Options{})
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			ns := uuid.New()
			const batch, perStream = 10_000, 2
			n := 0
			for b.Loop() {
				items := make([]eventstore.StreamAppend, 0, batch/perStream)
				for range batch / perStream {
					evs := make([]eventstore.EventData, perStream)
					for j := range evs {
						n++
						id := uuid.Must(uuid.NewV7())
						if ids == "v5" {
							id = uuid.NewSHA1(ns, fmt.Appendf(nil, "key-%d", n))
						}
						evs[j] = eventstore.EventData{ID: id, Type: "measure_announced.v1", Data: payload, Metadata: benchMetadata}
					}
					items = append(items, eventstore.StreamAppend{Stream: fmt.Sprintf("measure-%d", n), Events: evs})
				}
				if _, err := s.AppendBatch(context.Background(), items); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "events/s")
		})
	}
}
