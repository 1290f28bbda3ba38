package eventstore_test

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/controlsledger/ledger/eventstore"
	"github.com/controlsledger/ledger/eventstore/sqlite"
)

// BenchmarkHashShareOfAppend measures, in the same iterations, the embedded
// store's batched append (1,000 events per call, durable, with the hash
// chain it computes) and the chain hashes of the same 1,000 events alone,
// for payloads of 200 bytes (a typical command) and 880 bytes (the average
// of a generated ledger). It reports both per event, and hash-% is the
// share of the append's time the hashing takes:
//
//	go test -run '^$' -bench HashShareOfAppend -benchtime 100x ./eventstore/
func BenchmarkHashShareOfAppend(b *testing.B) {
	const perCall = 1000
	for _, size := range []int{200, 880} {
		b.Run(fmt.Sprintf("payload=%d", size), func(b *testing.B) {
			s, err := sqlite.Open(filepath.Join(b.TempDir(), "ledger.db"), sqlite.Options{})
			if err != nil {
				b.Fatal(err)
			}
			b.Cleanup(func() { s.Close() })
			ctx := context.Background()
			data := append([]byte(`{"text":"`), bytes.Repeat([]byte("x"), size-11)...)
			data = append(data, `"}`...)
			meta := []byte(`{"actor":"bench","command":"AnnounceMeasure"}`)
			var appendTime, hashTime time.Duration
			var version int64
			var prev [32]byte
			for b.Loop() {
				evs := make([]eventstore.EventData, perCall)
				for i := range evs {
					evs[i] = eventstore.EventData{ID: uuid.Must(uuid.NewV7()), Type: "measure_announced.v1", Data: data, Metadata: meta}
				}
				t0 := time.Now()
				res, err := s.Append(ctx, "bench", version, evs...)
				if err != nil {
					b.Fatal(err)
				}
				t1 := time.Now()
				for i, e := range evs {
					prev = eventstore.ChainHash(prev, eventstore.Event{ID: e.ID, Type: e.Type, Stream: "bench", Version: version + int64(i) + 1,
						Position: res.Position - perCall + uint64(i) + 1, RecordedAt: t1, Data: e.Data, Metadata: e.Metadata})
				}
				hashTime += time.Since(t1)
				appendTime += t1.Sub(t0)
				version = res.Version
			}
			events := float64(b.N * perCall)
			b.ReportMetric(float64(appendTime.Nanoseconds())/events, "append-ns/event")
			b.ReportMetric(float64(hashTime.Nanoseconds())/events, "hash-ns/event")
			b.ReportMetric(100*hashTime.Seconds()/appendTime.Seconds(), "hash-%")
		})
	}
}
