package projections

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"testing"

	"github.com/controlsledger/ledger/domain"
	"github.com/controlsledger/ledger/eventstore"
	"github.com/controlsledger/ledger/importer"
	"github.com/controlsledger/ledger/ledger"
	"github.com/google/uuid"
)

// demoWithCheckpoint writes the demo ledger with a sealed checkpoint after
// its first half of commands, while a runner follows, and returns the
// ledger and the checkpoint's position.
func demoWithCheckpoint(tb testing.TB) (*liveLedger, uint64) {
	tb.Helper()
	var at uint64
	l := newLive(tb, func(ctx context.Context, store eventstore.Store) error {
		data, err := os.ReadFile("../cmd/ledger/demo/us-china-2022-2023.ndjson")
		if err != nil {
			return err
		}
		lines := bytes.SplitAfter(bytes.TrimSpace(data), []byte("\n"))
		half := len(lines) / 2
		svc := ledger.New(store, ledger.Options{})
		req := ledger.Request{Actor: "demo"}
		if _, err := importer.Import(ctx, svc, bytes.NewReader(bytes.Join(lines[:half], nil)), req, nil); err != nil {
			return err
		}
		head, err := store.Head(ctx)
		if err != nil {
			return err
		}
		seal := domain.CheckpointSealed{TreeSize: int64(head), RootHash: fmt.Sprintf("%064x", head), SealedAt: "2026-01-01T00:00:00Z",
			KeyID: "0011223344556677", PublicKey: "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", Signature: "c2ln"}
		payload, err := domain.Encode(seal)
		if err != nil {
			return err
		}
		meta, _ := json.Marshal(domain.Metadata{Actor: "sealer", Command: "SealCheckpoint"})
		res, err := store.Append(ctx, seal.Subject().Stream(), eventstore.NoStream,
			eventstore.EventData{ID: uuid.Must(uuid.NewV7()), Type: seal.EventType(), Data: payload, Metadata: meta})
		if err != nil {
			return err
		}
		at = res.Position
		_, err = importer.Import(ctx, svc, bytes.NewReader(bytes.Join(lines[half:], nil)), req, nil)
		return err
	})
	return l, at
}

// TestCheckpointsAreLedgerEvents checks that a sealed checkpoint in the
// middle of the ledger is applied, rebuilt and snapshotted like any event,
// shows in its own stream's history and timeline, and changes no answer
// about the records: the views answer as on the same ledger without it
// (positions after it shifted by one).
func TestCheckpointsAreLedgerEvents(t *testing.T) {
	with, at := demoWithCheckpoint(t)
	without := demoLedger(t)
	ctx := context.Background()

	rebuilt, _ := follow(t, with.store, RunnerOptions{})
	caughtUp(t, with.store, rebuilt)
	sameState(t, "rebuild with a checkpoint", with.live, rebuilt, true)
	sameAnswers(t, "rebuild with a checkpoint", with.live, rebuilt, 3, 40)

	path := t.TempDir() + "/projections.snapshot"
	if _, err := with.live.WriteSnapshot(ctx, path); err != nil {
		t.Fatal(err)
	}
	loaded := New(Options{Now: with.live.now})
	if _, err := LoadSnapshot(ctx, path, with.store, loaded); err != nil {
		t.Fatal(err)
	}
	sameState(t, "snapshot with a checkpoint", with.live, loaded, true)

	head := without.live.Head()
	if with.live.Head() != head+1 {
		t.Fatalf("heads %d with the checkpoint, %d without", with.live.Head(), head)
	}
	ref := domain.Ref{Kind: domain.KindCheckpoint, ID: domain.CheckpointID}
	if h := with.live.History(ref.Stream(), Basis{Position: head + 1}); len(h) != 1 || h[0].Position != at ||
		h[0].Type != domain.TypeCheckpointSealed || h[0].Actor != "sealer" {
		t.Fatalf("history of the checkpoints: %+v", h)
	}
	if _, tl, err := with.live.Timeline(Subject{Ref: ref}, AsOf{}, ByRecorded, PageRequest{Limit: 10}); err != nil ||
		len(tl.Items) != 1 || tl.Items[0].Position != at {
		t.Fatalf("timeline of the checkpoints: %+v, %v", tl, err)
	}
	if _, g, err := with.live.RetaliationGraph(ref, 2, AsOf{}); err != nil || len(g.Nodes) != 1 || g.Nodes[0].Known || len(g.Edges) != 0 {
		t.Fatalf("graph of the checkpoint: %+v, %v", g, err)
	}

	// The same questions at corresponding points.
	shift := func(pos uint64) uint64 {
		if pos >= at {
			return pos + 1
		}
		return pos
	}
	var dates []domain.Date
	for _, d := range []string{"2022-01-01", "2023-03-01", "2023-08-15", "2024-06-01", "2026-01-01"} {
		dates = append(dates, mustDate(t, d))
	}
	from, to := mustDate(t, "2023-01-01"), mustDate(t, "2024-01-01")
	for pos := uint64(1); pos <= head; pos++ {
		for _, d := range dates {
			x, y := AsOf{Position: pos, ValidAt: d}, AsOf{Position: shift(pos), ValidAt: d}
			if a, b := answersAt(t, without.live, x), answersAt(t, with.live, y); !slices.Equal(a, b) {
				t.Fatalf("at position %d (%d with the checkpoint), valid %s:\nwithout %q\nwith    %q", pos, shift(pos), d, a, b)
			}
		}
		if pos > 1 {
			a := diffAt(t, without.live, AsOf{Position: pos - 1, ValidAt: from}, AsOf{Position: pos, ValidAt: to})
			b := diffAt(t, with.live, AsOf{Position: shift(pos - 1), ValidAt: from}, AsOf{Position: shift(pos), ValidAt: to})
			if !slices.Equal(a, b) {
				t.Fatalf("diff to position %d: without %q, with %q", pos, a, b)
			}
		}
	}
	// Across the checkpoint alone, nothing changed.
	if _, _, c, err := with.live.Diff(AsOf{Position: at - 1}, AsOf{Position: at}); err != nil || len(c) != 0 {
		t.Fatalf("diff across the checkpoint: %+v, %v", c, err)
	}
}

// answersAt lists, without positions or event IDs, what the views say at
// asOf: each measure's, designation's and transaction's status, and the
// types of the events of China's timeline.
func answersAt(tb testing.TB, p *Projection, asOf AsOf) []string {
	tb.Helper()
	var out []string
	_, ms, err := p.Measures(asOf, MeasureFilter{})
	if err != nil {
		tb.Fatal(err)
	}
	for _, m := range ms {
		out = append(out, "measure "+m.Announced.MeasureID+" "+m.Status)
	}
	_, ds, err := p.Designations(asOf, DesignationFilter{})
	if err != nil {
		tb.Fatal(err)
	}
	for _, d := range ds {
		out = append(out, "designation "+d.Designated.DesignationID+" "+d.Status)
	}
	_, ts, err := p.Transactions(asOf)
	if err != nil {
		tb.Fatal(err)
	}
	for _, x := range ts {
		out = append(out, "transaction "+x.TransactionID+" "+x.Status)
	}
	_, tl, err := p.Timeline(Subject{Jurisdiction: "CN"}, asOf, ByValid, PageRequest{Limit: 1000})
	if err != nil {
		tb.Fatal(err)
	}
	for _, e := range tl.Items {
		out = append(out, "timeline "+e.Type+" "+e.Record.String())
	}
	return out
}

// diffAt lists the changes between a and b, without positions.
func diffAt(tb testing.TB, p *Projection, a, b AsOf) []string {
	tb.Helper()
	_, _, cs, err := p.Diff(a, b)
	if err != nil {
		tb.Fatal(err)
	}
	var out []string
	for _, c := range cs {
		out = append(out, fmt.Sprint(c.Record.Ref, c.What, c.StatusBefore, c.StatusAfter))
	}
	return out
}

func mustDate(tb testing.TB, s string) domain.Date {
	tb.Helper()
	d, err := domain.ParseDate(s)
	if err != nil {
		tb.Fatal(err)
	}
	return d
}
