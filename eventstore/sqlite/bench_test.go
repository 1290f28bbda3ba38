package sqlite_test

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/controlsledger/ledger/eventstore"
	"github.com/controlsledger/ledger/eventstore/sqlite"
)

// The benchmarks measure the store through its contract, on files in the
// temporary directory; cmd/storebench runs the same cases next to the raw
// engine and the disk, in one run, for figures that read as ratios.
//
//	go test -run '^$' -bench . -benchtime 2s ./eventstore/sqlite/

// benchPayload is the size of a typical domain event.
var benchPayload = []byte(`{"measure_id":"0195f3c2-7a1e-7cc0-9a57-3f1c2d4e5b6a","title":"Quarterly access review of the payment system","owner":"risk-office","reason":"scheduled","effective":"2025-03-01"}`)

var benchMetadata = []byte(`{"actor":"bench"}`)

func benchEvents(n int) []eventstore.EventData {
	evs := make([]eventstore.EventData, n)
	for i := range evs {
		evs[i] = eventstore.EventData{ID: uuid.Must(uuid.NewV7()), Type: "measure_announced.v1", Data: benchPayload, Metadata: benchMetadata}
	}
	return evs
}

// reportLatency reports the p50 and p99 of per-call latencies, and the
// events per second.
func reportLatency(b *testing.B, lat []time.Duration, events int) {
	b.Helper()
	slices.Sort(lat)
	p := func(q float64) float64 {
		if len(lat) == 0 {
			return 0
		}
		i := min(max(int(q*float64(len(lat))+0.999999)-1, 0), len(lat)-1)
		return float64(lat[i].Microseconds())
	}
	b.ReportMetric(float64(events)/b.Elapsed().Seconds(), "events/s")
	b.ReportMetric(p(0.50), "p50-µs")
	b.ReportMetric(p(0.99), "p99-µs")
}

// BenchmarkAppend measures acknowledged (durable) appends of one event per
// call, from 1, 8 and 64 concurrent writers, each on its own stream. The
// writers' appends share transactions (group commit), so events/s grows
// with concurrency until the writer goroutine is the limit. ns/op is the
// time per event, not per call; p50 and p99 are per call.
func BenchmarkAppend(b *testing.B) {
	for _, writers := range []int{1, 8, 64} {
		b.Run(fmt.Sprintf("writers=%d", writers), func(b *testing.B) {
			s := openStore(b, filepath.Join(b.TempDir(), "ledger.db"), sqlite.Options{})
			ctx := context.Background()
			var next atomic.Int64
			lats := make([][]time.Duration, writers)
			var wg sync.WaitGroup
			b.ResetTimer()
			for w := range writers {
				wg.Go(func() {
					stream := fmt.Sprintf("bench-%d", w)
					for v := int64(0); next.Add(1) <= int64(b.N); v++ {
						ev := benchEvents(1)
						t0 := time.Now()
						if _, err := s.Append(ctx, stream, v, ev...); err != nil {
							b.Error(err)
							return
						}
						lats[w] = append(lats[w], time.Since(t0))
					}
				})
			}
			wg.Wait()
			b.StopTimer()
			reportLatency(b, slices.Concat(lats...), b.N)
		})
	}
}

// BenchmarkAppendBatch measures appends of 100 and 1,000 events per call
// from one writer. ns/op is per call.
func BenchmarkAppendBatch(b *testing.B) {
	for _, n := range []int{100, 1000} {
		b.Run(fmt.Sprintf("events=%d", n), func(b *testing.B) {
			s := openStore(b, filepath.Join(b.TempDir(), "ledger.db"), sqlite.Options{})
			ctx := context.Background()
			var lat []time.Duration
			var v int64
			for b.Loop() {
				evs := benchEvents(n)
				t0 := time.Now()
				res, err := s.Append(ctx, "bench", v, evs...)
				if err != nil {
					b.Fatal(err)
				}
				lat = append(lat, time.Since(t0))
				v = res.Version
			}
			reportLatency(b, lat, len(lat)*n)
		})
	}
}

// readSet is a ledger of readSetEvents events shared by the read
// benchmarks: streams of 1,000 events, and the stream "target" whose 100
// events are spread evenly over the ledger.
const (
	readSetEvents = 1_000_000
	targetEvents  = 100
)

var readSet struct {
	once sync.Once
	dir  string
	path string
	err  error
}

// openReadSet opens the shared read set, creating it on first use.
func openReadSet(b *testing.B) *sqlite.Store {
	b.Helper()
	readSet.once.Do(func() {
		dir, err := os.MkdirTemp("", "sqlite-bench-")
		if err != nil {
			readSet.err = err
			return
		}
		readSet.dir, readSet.path = dir, filepath.Join(dir, "ledger.db")
		readSet.err = fillReadSet(readSet.path)
	})
	if readSet.err != nil {
		b.Fatalf("read set: %v", readSet.err)
	}
	return openStore(b, readSet.path, sqlite.Options{})
}

// fullReadSet returns the ledger the full-read benchmarks read and its
// number of events: the ledger.db of $LEDGER_BENCH_DATA (a data directory
// made by "ledger generate", whose events have the domain's sizes) if set,
// else the read set.
func fullReadSet(b *testing.B) (path string, events uint64) {
	b.Helper()
	dir := os.Getenv("LEDGER_BENCH_DATA")
	if dir == "" {
		openReadSet(b).Close()
		return readSet.path, readSetEvents
	}
	path = filepath.Join(dir, "ledger.db")
	s := openStore(b, path, sqlite.Options{SkipQuickCheck: true})
	defer s.Close()
	head, err := s.Head(context.Background())
	if err != nil || head == 0 {
		b.Fatalf("%s: head %d: %v", path, head, err)
	}
	return path, head
}

func fillReadSet(path string) error {
	s, err := sqlite.Open(path, sqlite.Options{})
	if err != nil {
		return err
	}
	defer s.Close()
	ctx := context.Background()
	filler, stream := readSetEvents-targetEvents, 0
	for i := range targetEvents {
		for todo := filler*(i+1)/targetEvents - filler*i/targetEvents; todo > 0; stream++ {
			k := min(todo, 1000)
			if _, err := s.Append(ctx, fmt.Sprintf("fill-%d", stream), eventstore.NoStream, benchEvents(k)...); err != nil {
				return err
			}
			todo -= k
		}
		if _, err := s.Append(ctx, "target", int64(i), benchEvents(1)...); err != nil {
			return err
		}
	}
	return s.Close()
}

// TestMain removes the shared read set after the benchmarks.
func TestMain(m *testing.M) {
	code := m.Run()
	if readSet.dir != "" {
		os.RemoveAll(readSet.dir)
	}
	os.Exit(code)
}

// BenchmarkReadAll measures reading a ledger (see fullReadSet) in pages of
// 1,000 (ns/op is per page), cycling through it.
func BenchmarkReadAll(b *testing.B) {
	const page = 1000
	path, events := fullReadSet(b)
	s := openStore(b, path, sqlite.Options{SkipQuickCheck: true})
	ctx := context.Background()
	var after uint64
	read := 0
	for b.Loop() {
		evs, err := s.ReadAll(ctx, after, page)
		if err != nil {
			b.Fatal(err)
		}
		read += len(evs)
		after = (after + page) % events
	}
	b.ReportMetric(float64(read)/b.Elapsed().Seconds(), "events/s")
}

// BenchmarkReadFloor reads the pages BenchmarkReadAll reads, every column
// of each event, with a plain query through database/sql on a connection
// of its own: none of the store's work (no hash check, no copying into
// events). It is the floor under ReadAll on this driver; compare the two
// in one run:
//
//	go test -run '^$' -bench 'ReadAll|ReadFloor' ./eventstore/sqlite/
//	LEDGER_BENCH_DATA=/tmp/g1m go test -run '^$' -bench 'ReadAll|ReadFloor' ./eventstore/sqlite/
func BenchmarkReadFloor(b *testing.B) {
	const page = 1000
	path, events := fullReadSet(b)
	db, err := sql.Open("sqlite", path+"?_pragma=mmap_size(2147483648)&_query_only=1")
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	q, err := db.Prepare("SELECT position, id, stream, version, type, recorded_at, data, metadata, hash " +
		"FROM events WHERE position > ? ORDER BY position LIMIT ?")
	if err != nil {
		b.Fatal(err)
	}
	defer q.Close()
	var after uint64
	read := 0
	var pos, version, recorded int64
	var id, stream, typ, data, meta, hash sql.RawBytes
	for b.Loop() {
		rows, err := q.Query(after, page)
		if err != nil {
			b.Fatal(err)
		}
		for rows.Next() {
			if err := rows.Scan(&pos, &id, &stream, &version, &typ, &recorded, &data, &meta, &hash); err != nil {
				b.Fatal(err)
			}
			read++
		}
		if err := rows.Err(); err != nil {
			b.Fatal(err)
		}
		rows.Close()
		after = (after + page) % events
	}
	b.ReportMetric(float64(read)/b.Elapsed().Seconds(), "events/s")
}

// BenchmarkReadStream measures reading the 100 events of one stream spread
// over a ledger of 1,000,000 events (ns/op is per read).
func BenchmarkReadStream(b *testing.B) {
	s := openReadSet(b)
	ctx := context.Background()
	read := 0
	for b.Loop() {
		evs, err := s.ReadStream(ctx, "target", 0)
		if err != nil {
			b.Fatal(err)
		}
		if len(evs) != targetEvents {
			b.Fatalf("read %d events, want %d", len(evs), targetEvents)
		}
		read += len(evs)
	}
	b.ReportMetric(float64(read)/b.Elapsed().Seconds(), "events/s")
}

// BenchmarkReadShortStream measures reading a stream of 3 events of ~600
// bytes, as a command does before deciding (ns/op and B/op are per read).
func BenchmarkReadShortStream(b *testing.B) {
	s, err := sqlite.Open(filepath.Join(b.TempDir(), "ledger.db"), sqlite.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	for i := range 3 {
		if _, err := s.Append(ctx, "short", int64(i), eventstore.EventData{ID: uuid.New(), Type: "s.v1",
			Data: []byte(`{"text":"` + strings.Repeat("x", 600) + `"}`), Metadata: []byte(`{"actor":"bench"}`)}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		evs, err := s.ReadStream(ctx, "short", 0)
		if err != nil || len(evs) != 3 {
			b.Fatalf("read %d events: %v", len(evs), err)
		}
	}
}
