package main

import (
	"context"
	"crypto/ed25519"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/uuid"

	"github.com/controlsledger/ledger/eventstore"
	"github.com/controlsledger/ledger/eventstore/sqlite"
	"github.com/controlsledger/ledger/integrity"
)

// A ledger whose history was cut or changed after a checkpoint was sealed
// (what a KurrentDB stream deleted and scavenged does: the store numbers
// what is left anew) no longer matches the checkpoint, which is itself in
// the ledger; the whole ledger matches it.
func TestCheckLastCheckpoint(t *testing.T) {
	ctx := context.Background()
	key := ed25519.NewKeyFromSeed(make([]byte, ed25519.SeedSize))
	open := func() eventstore.Store {
		s, err := sqlite.Open(filepath.Join(t.TempDir(), "ledger.db"), sqlite.Options{})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	}
	proofsOf := func(s eventstore.Store) *integrity.Proofs {
		p := integrity.NewProofs()
		evs, err := s.ReadAll(ctx, 0, 1000)
		if err != nil {
			t.Fatal(err)
		}
		for _, ev := range evs {
			if err := p.Add(ev); err != nil {
				t.Fatal(err)
			}
		}
		return p
	}
	data := func(n string) []byte {
		return []byte(`{"sourceId":"S` + n + `","publisher":"P","title":"T","official":true}`)
	}
	event := func(n string) eventstore.EventData {
		return eventstore.EventData{ID: uuid.New(), Type: "source_document_registered.v1", Data: data(n), Metadata: []byte(`{"actor":"t"}`)}
	}

	whole := open()
	first, second := event("1"), []eventstore.EventData{event("2"), event("3")}
	if _, err := whole.Append(ctx, "source-S1", eventstore.NoStream, first); err != nil {
		t.Fatal(err)
	}
	if _, err := whole.Append(ctx, "source-S2", eventstore.NoStream, second...); err != nil {
		t.Fatal(err)
	}
	if size, err := checkLastCheckpoint(proofsOf(whole)); err != nil || size != 0 {
		t.Fatalf("no checkpoint yet: size %d, %v; want 0, nil", size, err)
	}
	// The sealer waits for its tree to hold what it seals.
	p := integrity.NewProofs()
	followCtx, stopFollow := context.WithCancel(ctx)
	followed := make(chan struct{})
	go func() { p.Follow(followCtx, whole); close(followed) }()
	_, _, err := integrity.NewSealer(whole, p, key, nil).Seal(ctx)
	stopFollow()
	<-followed
	if err != nil {
		t.Fatal(err)
	}
	size, err := checkLastCheckpoint(proofsOf(whole))
	if err != nil || size != 3 {
		t.Fatalf("the whole ledger: size %d, %v; want 3, nil", size, err)
	}
	all, err := whole.ReadAll(ctx, 0, 10)
	if err != nil {
		t.Fatal(err)
	}
	cp := all[3]
	copyOf := func(ev eventstore.Event) eventstore.EventData {
		return eventstore.EventData{ID: ev.ID, Type: ev.Type, Data: ev.Data, Metadata: ev.Metadata}
	}

	// The first stream is gone (deleted and scavenged): what is left is
	// numbered anew, and the checkpoint now sits at its own size.
	cut := open()
	if _, err := cut.Append(ctx, "source-S2", eventstore.NoStream, copyOf(all[1]), copyOf(all[2])); err != nil {
		t.Fatal(err)
	}
	if _, err := cut.Append(ctx, cp.Stream, eventstore.NoStream, copyOf(cp)); err != nil {
		t.Fatal(err)
	}
	if _, err := checkLastCheckpoint(proofsOf(cut)); !errors.Is(err, eventstore.ErrCorrupt) || !strings.Contains(err.Error(), "renumbered") {
		t.Errorf("a cut ledger: %v, want ErrCorrupt saying it was renumbered", err)
	}

	// A stream was replaced by another of the same size: the root differs.
	changed := open()
	if _, err := changed.Append(ctx, "source-S9", eventstore.NoStream, event("9")); err != nil {
		t.Fatal(err)
	}
	if _, err := changed.Append(ctx, "source-S2", eventstore.NoStream, copyOf(all[1]), copyOf(all[2])); err != nil {
		t.Fatal(err)
	}
	if _, err := changed.Append(ctx, cp.Stream, eventstore.NoStream, copyOf(cp)); err != nil {
		t.Fatal(err)
	}
	if _, err := checkLastCheckpoint(proofsOf(changed)); !errors.Is(err, eventstore.ErrCorrupt) || !strings.Contains(err.Error(), "signed") {
		t.Errorf("a changed ledger: %v, want ErrCorrupt naming the signed root", err)
	}
}
