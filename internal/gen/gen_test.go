package gen_test

import (
	"context"
	"path/filepath"
	"reflect"
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
	// The rare cases the listings must get right: a provision dated back
	// before its measure's announcement, and corrections of the dates of
	// such a measure.
	evs, err := store.ReadAll(context.Background(), 0, 20000)
	if err != nil {
		t.Fatal(err)
	}
	announced, ids := map[string]domain.Date{}, map[string]string{}
	retro, redated := map[string]bool{}, 0
	for _, ev := range evs {
		dec, err := domain.Decode(ev.Type, ev.Data)
		if err != nil {
			t.Fatal(err)
		}
		ids[ev.ID.String()] = dec.Subject().ID
		switch x := dec.(type) {
		case domain.MeasureAnnounced:
			announced[x.MeasureID] = x.AnnouncedOn
		case domain.ProvisionEffective:
			if x.EffectiveOn.Before(announced[x.MeasureID]) {
				retro[x.MeasureID] = true
			}
		case domain.RecordCorrected:
			if retro[ids[x.EventID]] && (x.Field == "announcedOn" || x.Field == "effectiveOn") {
				redated++
			}
		}
	}
	if len(retro) < 5 || redated == 0 {
		t.Errorf("%d measures with a provision dated before their announcement, %d corrections of their dates", len(retro), redated)
	}
}

// TestDeterministic generates the same seed twice: the streams hold the
// same events (IDs, types, payloads), though the streams may interleave
// differently within a block.
func TestDeterministic(t *testing.T) {
	streams := func(seed uint64) map[string][]string {
		store, err := sqlite.Open(filepath.Join(t.TempDir(), "ledger.db"), sqlite.Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer store.Close()
		if _, err := gen.Generate(context.Background(), store, gen.Options{Events: 5000, Seed: seed, BlockSize: 500}); err != nil {
			t.Fatal(err)
		}
		evs, err := store.ReadAll(context.Background(), 0, 10000)
		if err != nil {
			t.Fatal(err)
		}
		out := map[string][]string{}
		for _, ev := range evs {
			out[ev.Stream] = append(out[ev.Stream], ev.ID.String()+" "+ev.Type+" "+string(ev.Data)+" "+string(ev.Metadata))
		}
		return out
	}
	a, b, c := streams(3), streams(3), streams(4)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("the same seed gave other streams")
	}
	if reflect.DeepEqual(a, c) {
		t.Fatal("another seed gave the same streams")
	}
}
