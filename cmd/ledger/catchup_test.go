package main

import (
	"context"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/controlsledger/ledger/eventstore"
	"github.com/controlsledger/ledger/eventstore/sqlite"
	"github.com/controlsledger/ledger/projections"
	"github.com/google/uuid"
)

// TestReportCatchUp logs the read models' progress while they have not
// caught up, then that they are ready.
func TestReportCatchUp(t *testing.T) {
	ctx := context.Background()
	store, err := sqlite.Open(filepath.Join(t.TempDir(), "ledger.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	in := `{"sourceId":"S1","publisher":"P","title":"T","official":true}`
	if _, err := store.Append(ctx, "source-S1", eventstore.NoStream, eventstore.EventData{
		ID: uuid.New(), Type: "source_document_registered.v1", Data: []byte(in), Metadata: []byte(`{"actor":"t"}`)}); err != nil {
		t.Fatal(err)
	}
	logs := &syncBuffer{}
	log := slog.New(slog.NewTextHandler(logs, nil))
	runner := projections.NewRunner(store, projections.New(projections.Options{}), projections.RunnerOptions{Log: log})
	done := make(chan struct{})
	go func() { reportCatchUp(ctx, log, runner, 5*time.Millisecond); close(done) }()
	// Not started yet: the runner is at 0 of 1, and says so.
	for !strings.Contains(logs.String(), `msg="projections catching up" position=0 head=1`) {
		select {
		case <-done:
			t.Fatalf("the reporter stopped before the runner started; logs:\n%s", logs)
		case <-time.After(5 * time.Millisecond): // polling a log: no event to wait on
		}
	}
	runCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	go runner.Run(runCtx)
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Fatalf("the reporter did not stop once the runner was ready; logs:\n%s", logs)
	}
	if !strings.Contains(logs.String(), `msg="projections ready" position=1`) {
		t.Fatalf("no ready line; logs:\n%s", logs)
	}
}
