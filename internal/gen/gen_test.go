package gen_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/controlsledger/ledger/domain"
	"github.com/controlsledger/ledger/eventstore/sqlite"
	"github.com/controlsledger/ledger/internal/gen"
)

func TestGenerate(t *testing.T) {
	store, err := sqlite.Open(filepath.Join(t.TempDir(), "ledger.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	stats, err := gen.Generate(context.Background(), store, gen.Options{Events: 20000, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%+v", stats)
	head, _ := store.Head(context.Background())
	if head != 20000 || stats.Events != 20000 {
		t.Fatalf("head %d, events %d", head, stats.Events)
	}
	for _, typ := range domain.EventTypes() {
		// Checkpoints are sealed by the server, not recorded by commands.
		if typ != domain.TypeCheckpointSealed && stats.Types[typ] == 0 {
			t.Errorf("no event of type %s", typ)
		}
	}
}
