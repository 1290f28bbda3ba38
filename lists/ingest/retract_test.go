package ingest_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/controlsledger/ledger/domain"
	"github.com/controlsledger/ledger/ledger"
	"github.com/controlsledger/ledger/lists"
)

// designations returns the list entries' designations recorded so far, by
// entry ID (the latest one of each), with the ID of the event that listed
// or delisted it.
func (e *env) designations(tb testing.TB) (listed map[string]string, delistings map[string]string) {
	tb.Helper()
	evs, err := e.store.ReadAll(context.Background(), 0, 1<<20)
	if err != nil {
		tb.Fatal(err)
	}
	listed, delistings = map[string]string{}, map[string]string{}
	entryOf := map[string]string{}
	for _, rec := range evs {
		switch rec.Type {
		case domain.TypePartyDesignated, domain.TypePartyDelisted:
		default:
			continue
		}
		ev, err := domain.Decode(rec.Type, rec.Data)
		if err != nil {
			tb.Fatal(err)
		}
		switch d := ev.(type) {
		case domain.PartyDesignated:
			listed[d.ListEntryID] = d.DesignationID
			entryOf[d.DesignationID] = d.ListEntryID
		case domain.PartyDelisted:
			delistings[entryOf[d.DesignationID]] = rec.ID.String()
		}
	}
	return listed, delistings
}

func (e *env) retract(tb testing.TB, designationID, eventID string) {
	tb.Helper()
	cmd := domain.RetractRecord{RetractionID: "R-" + designationID + eventID, Record: domain.Ref{Kind: domain.KindDesignation, ID: designationID},
		EventID: eventID, Reason: "entered in error", Sources: []domain.Source{{Title: "Analyst's review", Publisher: "Controls Ledger", Official: false}}}
	if _, err := e.svc.Do(context.Background(), ledger.Request{Actor: "analyst"}, cmd); err != nil {
		tb.Fatal(err)
	}
}

// A designation or delisting of a list entry retracted by hand no longer
// counts for the ingester either: the next snapshot that still shows the
// entry designates it again, and one that no longer shows an entry whose
// delisting was retracted delists it again.
func TestRetractedListEventsNoLongerCount(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(testdata, "un-sc", "*.xml.gz"))
	if err != nil || len(files) != 4 {
		t.Fatalf("UN snapshots: %v %v", files, err)
	}
	e := newEnv(t)
	ingestUN := func(f string) {
		t.Helper()
		if _, err := e.ingest(t, lists.FormatUNSC, f, time.Time{}); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
	}
	ingestUN(files[0])
	first, _ := e.designations(t)

	// The first entry listed in both of the first two snapshots loses its
	// designation by hand.
	second, err := lists.Read(lists.FormatUNSC, mustOpen(t, files[1]))
	if err != nil {
		t.Fatal(err)
	}
	var entry, retracted string
	for _, en := range second.Entries {
		if id, ok := first[en.ID]; ok {
			entry, retracted = en.ID, id
			break
		}
	}
	if entry == "" {
		t.Fatal("no entry in both snapshots")
	}
	e.retract(t, retracted, "")
	ingestUN(files[1])
	listed, _ := e.designations(t)
	if listed[entry] == retracted {
		t.Fatalf("entry %s: still held by the retracted designation %s after a snapshot that lists it", entry, retracted)
	}

	// An entry delisted by a later snapshot has its delisting retracted;
	// the next snapshot without it delists it again.
	ingestUN(files[2])
	listed, delistings := e.designations(t)
	var gone string
	for en := range delistings {
		if gone == "" || en < gone {
			gone = en
		}
	}
	if gone == "" {
		t.Skip("no entry delisted between the UN snapshots")
	}
	e.retract(t, listed[gone], delistings[gone])
	sum, err := e.ingest(t, lists.FormatUNSC, files[3], time.Time{})
	if err != nil {
		t.Fatalf("%s: %v", files[3], err)
	}
	_, again := e.designations(t)
	if again[gone] == delistings[gone] {
		t.Errorf("entry %s: its delisting was retracted, and the next snapshot without it did not delist it again (%+v)", gone, sum)
	}
}

func mustOpen(tb testing.TB, path string) *os.File {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { f.Close() })
	return f
}
