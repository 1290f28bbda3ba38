package graph

import (
	"context"
	"testing"
	"time"

	"github.com/controlsledger/ledger/projections"
)

// reader takes every record from ch until ctx ends.
func reader(ctx context.Context, ch <-chan *projections.Record) {
	go func() {
		for {
			select {
			case <-ch:
			case <-ctx.Done():
				return
			}
		}
	}()
}

// TestTurnPassesAfterTurnEvents checks that a subscription with records to
// hand over without end still lets the next one in line have the turn.
func TestTurnPassesAfterTurnEvents(t *testing.T) {
	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()
	turns := make(chan struct{}, 1)
	a, b := &turn{turns: turns}, &turn{turns: turns}
	chA, chB := make(chan *projections.Record), make(chan *projections.Record)
	reader(ctx, chA)
	reader(ctx, chB)
	rec := &projections.Record{Position: 1}
	if err := sendInTurn(ctx, a, chA, rec, 1); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- sendInTurn(ctx, b, chB, rec, 1) }() // waits for a's turn to end
	for i := 1; i < turnEvents; i++ {
		if err := sendInTurn(ctx, a, chA, rec, 1); err != nil {
			t.Fatal(err)
		}
	}
	if err := <-done; err != nil {
		t.Fatalf("the second subscription never had a turn: %v", err)
	}
	b.give()
}

// TestTurnGivenUpForSlowClient checks that a subscription whose client
// does not take its record waits without the turn, so that the others
// still deliver.
func TestTurnGivenUpForSlowClient(t *testing.T) {
	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()
	turns := make(chan struct{}, 1)
	slow, fast := &turn{turns: turns}, &turn{turns: turns}
	stuck := make(chan *projections.Record) // never read
	chFast := make(chan *projections.Record)
	reader(ctx, chFast)
	rec := &projections.Record{Position: 1}
	slowDone := make(chan error, 1)
	go func() { slowDone <- sendInTurn(ctx, slow, stuck, rec, 1) }()
	for range 2 * turnEvents {
		if err := sendInTurn(ctx, fast, chFast, rec, 1); err != nil {
			t.Fatalf("a subscription waited for another's slow client: %v", err)
		}
	}
	fast.give()
	cancel()
	<-slowDone
}
