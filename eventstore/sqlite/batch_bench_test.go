package sqlite_test

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/uuid"

	"github.com/controlsledger/ledger/eventstore"
	"github.com/controlsledger/ledger/eventstore/sqlite"
)

// importBatches makes the batches of a bulk import for the batch
// benchmarks: 10,000 events of 1 KB (the size of a generated ledger's
// events, metadata included), 2 events per new stream, with time-ordered
// (v7) event IDs or IDs derived from a hash (v5, as idempotency keys
// give), which land all over the index of IDs. With ids "ledger", the
// batches are the events of $LEDGER_BENCH_DATA's ledger in their order
// (as importing its commands writes them), 10,000 at a time.
type importBatches struct {
	ids string
	ns  uuid.UUID
	n   int // events made so far
	src []eventstore.Event
}

// importVariants are the kinds of batches the benchmarks run.
func importVariants() []string {
	if os.Getenv("LEDGER_BENCH_DATA") != "" {
		return []string{"ledger"}
	}
	return []string{"v7", "v5"}
}

func newImportBatches(b *testing.B, ids string) *importBatches {
	g := &importBatches{ids: ids, ns: uuid.New()}
	if ids != "ledger" {
		return g
	}
	path, events := fullReadSet(b)
	s := openStore(b, path, sqlite.Options{SkipQuickCheck: true})
	defer s.Close()
	for after := uint64(0); after < events; {
		page, err := s.ReadAll(context.Background(), after, 4096)
		if err != nil || len(page) == 0 {
			b.Fatalf("read after %d: %d events, %v", after, len(page), err)
		}
		g.src = append(g.src, page...)
		after = page[len(page)-1].Position
	}
	return g
}

const importBatch, importPerStream = 10_000, 2

var importPayload = bytes.Repeat([]byte("x"), 1000)

func (g *importBatches) next(b *testing.B) []eventstore.StreamAppend {
	items := make([]eventstore.StreamAppend, 0, importBatch/importPerStream)
	if g.src != nil {
		if g.n+importBatch > len(g.src) {
			b.Fatalf("the ledger has %d events, fewer than %d batches of %d: lower -benchtime", len(g.src), g.n/importBatch+1, importBatch)
		}
		for _, ev := range g.src[g.n : g.n+importBatch] {
			d := eventstore.EventData{ID: ev.ID, Type: ev.Type, Data: ev.Data, Metadata: ev.Metadata}
			if k := len(items) - 1; k >= 0 && items[k].Stream == ev.Stream {
				items[k].Events = append(items[k].Events, d)
				continue
			}
			items = append(items, eventstore.StreamAppend{Stream: ev.Stream, Expected: ev.Version - 1, Events: []eventstore.EventData{d}})
		}
		g.n += importBatch
		return items
	}
	for range importBatch / importPerStream {
		evs := make([]eventstore.EventData, importPerStream)
		for j := range evs {
			g.n++
			id := uuid.Must(uuid.NewV7())
			if g.ids == "v5" {
				id = uuid.NewSHA1(g.ns, fmt.Appendf(nil, "key-%d", g.n))
			}
			evs[j] = eventstore.EventData{ID: id, Type: "measure_announced.v1", Data: importPayload, Metadata: benchMetadata}
		}
		items = append(items, eventstore.StreamAppend{Stream: fmt.Sprintf("measure-%d", g.n), Events: evs})
	}
	return items
}

// BenchmarkAppendBatch1K measures AppendBatch as a bulk import uses it (see
// importBatches).
//
//	go test -run '^$' -bench AppendBatch1K ./eventstore/sqlite/
//	LEDGER_BENCH_DATA=/tmp/g200k go test -run '^$' -bench 'AppendBatch1K|InsertFloor' -benchtime 20x ./eventstore/sqlite/
func BenchmarkAppendBatch1K(b *testing.B) {
	for _, ids := range importVariants() {
		b.Run("ids="+ids, func(b *testing.B) {
			s, err := sqlite.Open(filepath.Join(b.TempDir(), "ledger.db"), sqlite.Options{})
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			g := newImportBatches(b, ids)
			for b.Loop() {
				if _, err := s.AppendBatch(context.Background(), g.next(b)); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(g.n)/b.Elapsed().Seconds(), "events/s")
		})
	}
}

// BenchmarkInsertFloor writes what BenchmarkAppendBatch1K appends with the
// ledger's schema but none of the store: one prepared single-row INSERT
// per event through database/sql, one transaction per batch, no hashing,
// no checks. It is the floor under AppendBatch on this driver; compare the
// two in one run:
//
//	go test -run '^$' -bench 'InsertFloor|AppendBatch1K' -benchtime 20x ./eventstore/sqlite/
func BenchmarkInsertFloor(b *testing.B) {
	for _, ids := range importVariants() {
		b.Run("ids="+ids, func(b *testing.B) {
			db, err := sql.Open("sqlite", filepath.Join(b.TempDir(), "floor.db")+
				"?_pragma=journal_mode(WAL)&_pragma=synchronous(FULL)&_pragma=cache_size(-65536)")
			if err != nil {
				b.Fatal(err)
			}
			defer db.Close()
			db.SetMaxOpenConns(1)
			if _, err := db.Exec(sqlite.Schema); err != nil {
				b.Fatal(err)
			}
			ctx := context.Background()
			hash := make([]byte, 32)
			g := newImportBatches(b, ids)
			for b.Loop() {
				items := g.next(b)
				tx, err := db.BeginTx(ctx, nil)
				if err != nil {
					b.Fatal(err)
				}
				ins, err := tx.PrepareContext(ctx, "INSERT INTO events (position, id, stream, version, type, recorded_at, data, metadata, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
				if err != nil {
					b.Fatal(err)
				}
				pos := g.n - importBatch
				for _, it := range items {
					for v, ev := range it.Events {
						pos++
						if _, err := ins.ExecContext(ctx, pos, ev.ID[:], it.Stream, it.Expected+1+int64(v), ev.Type, pos, ev.Data, ev.Metadata, hash); err != nil {
							b.Fatal(err)
						}
					}
				}
				if err := tx.Commit(); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(g.n)/b.Elapsed().Seconds(), "events/s")
		})
	}
}
