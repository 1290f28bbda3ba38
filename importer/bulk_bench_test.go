package importer_test

import (
	"bytes"
	"context"
	"testing"
	"time"

	"github.com/controlsledger/ledger/importer"
	"github.com/controlsledger/ledger/internal/gen"
	"github.com/controlsledger/ledger/ledger"
)

// BenchmarkBulkImport imports a generated file of 50,000 events into a new
// embedded store per iteration, in batches of 10,000 commands, and reports
// events/s and the CPU time the process spent per event (user and system,
// on every core: on a shared machine it moves less than the rate).
//
//	go test ./importer -run '^$' -bench BulkImport -benchtime 3x
func BenchmarkBulkImport(b *testing.B) {
	const events = 50000
	var file bytes.Buffer
	if _, err := gen.WriteCommands(context.Background(), &file, gen.Options{Events: events, Seed: 1}); err != nil {
		b.Fatal(err)
	}
	var cpu time.Duration
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		store := openStore(b)
		svc := into(store, nil)
		before := cpuTime(b)
		b.StartTimer()
		res, err := svc.bulk(context.Background(), importer.NDJSON(bytes.NewReader(file.Bytes())), ledger.Request{Actor: "bench"}, importer.BulkOptions{BatchSize: 10000})
		if err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		cpu += cpuTime(b) - before
		b.StartTimer()
		if res.Events != events {
			b.Fatalf("%d events imported, want %d", res.Events, events)
		}
	}
	b.ReportMetric(float64(events*b.N)/b.Elapsed().Seconds(), "events/s")
	b.ReportMetric(float64(cpu.Microseconds())/float64(events*b.N), "cpu-µs/event")
}
