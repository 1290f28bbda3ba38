package sqlite

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/google/uuid"
)

// BenchmarkInsertFloor writes what BenchmarkAppendBatch1K appends (batches
// of 10,000 events of 1 KB, 2 per stream), with the ledger's schema but
// none of the store: one prepared single-row INSERT per event through
// database/sql, in one transaction per batch, no hashing, no checks. It is
// the floor under AppendBatch on this driver; compare the two in one run:
//
//	go test -run '^$' -bench 'InsertFloor|AppendBatch1K' -benchtime 20x ./eventstore/sqlite/
func BenchmarkInsertFloor(b *testing.B) {
	payload := bytes.Repeat([]byte("x"), 1000)
	meta := []byte(`{"actor":"bench"}`)
	for _, ids := range []string{"v7", "v5"} {
		b.Run("ids="+ids, func(b *testing.B) {
			db, err := sql.Open("sqlite", filepath.Join(b.TempDir(), "floor.db")+
				"?_pragma=journal_mode(WAL)&_pragma=synchronous(FULL)&_pragma=cache_size(-65536)")
			if err != nil {
				b.Fatal(err)
			}
			defer db.Close()
			db.SetMaxOpenConns(1)
			if _, err := db.Exec(schema); err != nil {
				b.Fatal(err)
			}
			ctx := context.Background()
			ns := uuid.New()
			hash := make([]byte, 32)
			const batch, perStream = 10_000, 2
			n := 0
			for b.Loop() {
				tx, err := db.BeginTx(ctx, nil)
				if err != nil {
					b.Fatal(err)
				}
				ins, err := tx.PrepareContext(ctx, "INSERT INTO events (position, id, stream, version, type, recorded_at, data, metadata, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
				if err != nil {
					b.Fatal(err)
				}
				for range batch {
					n++
					id := uuid.Must(uuid.NewV7())
					if ids == "v5" {
						id = uuid.NewSHA1(ns, fmt.Appendf(nil, "key-%d", n))
					}
					stream := fmt.Sprintf("measure-%d", (n+perStream-1)/perStream)
					if _, err := ins.ExecContext(ctx, n, id[:], stream, 1+(n-1)%perStream, "measure_announced.v1", n, payload, meta, hash); err != nil {
						b.Fatal(err)
					}
				}
				if err := tx.Commit(); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "events/s")
		})
	}
}
