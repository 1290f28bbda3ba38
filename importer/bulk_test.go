package importer_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/controlsledger/ledger/domain"
	"github.com/controlsledger/ledger/eventstore"
	"github.com/controlsledger/ledger/importer"
	"github.com/controlsledger/ledger/internal/gen"
	"github.com/controlsledger/ledger/ledger"
)

const registerLine = `{"command":"RegisterSource","input":{"sourceId":"S-1","publisher":"FR","title":"Rule","official":true,"publishedOn":"2023-12-01"}}`

// citingAnnounce announces measure id citing the registered source S-1.
func citingAnnounce(id string) string {
	return strings.Replace(strings.Replace(announceLine, `"M-1"`, `"`+id+`"`, 1),
		source, `"sources":[{"sourceId":"S-1","title":"Rule","publisher":"FR","official":true}]`, 1)
}

func revokeLine(id, on string) string {
	return `{"command":"RevokeMeasure","input":{"measureId":"` + id + `","effectiveOn":"` + on + `",` + source + `}}`
}

func bulk(t *testing.T, svc target, file string, opts importer.BulkOptions) (importer.BulkResult, error) {
	t.Helper()
	return svc.bulk(context.Background(), importer.NDJSON(strings.NewReader(file)), ledger.Request{Actor: "importer"}, opts)
}

func head(t *testing.T, s eventstore.Store) uint64 {
	t.Helper()
	h, err := s.Head(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func TestBulkImportDecidesEachLineAgainstTheLinesBeforeIt(t *testing.T) {
	store := openStore(t)
	svc := into(store, fixedNow)
	// The measure cites a source registered two lines up, and is revoked
	// by the next line: nothing is in the store yet when they are decided.
	file := registerLine + "\n\n" + citingAnnounce("M-1") + "\n" + revokeLine("M-1", "2025-01-01") + "\n"
	res, err := bulk(t, svc, file, importer.BulkOptions{})
	if err != nil {
		t.Fatalf("import: %v", err)
	}
	if res.Commands != 3 || res.Recorded != 3 || res.Events != 3 || res.CommittedThrough != 4 || res.Head != 3 {
		t.Errorf("result %+v, want 3 commands recorded as 3 events through line 4", res)
	}
	evs, err := store.ReadStream(context.Background(), domain.StreamName(domain.KindMeasure, "M-1"), 0)
	if err != nil || len(evs) != 2 || evs[1].Type != domain.TypeMeasureRevoked || !strings.Contains(string(evs[1].Metadata), `"actor":"importer"`) {
		t.Fatalf("stream M-1: %d events, %v", len(evs), err)
	}
}

func TestBulkImportReportsEveryFailingLineAndWritesNothing(t *testing.T) {
	store := openStore(t)
	svc := into(store, fixedNow)
	file := strings.Join([]string{
		registerLine,
		citingAnnounce("M-1"),
		`{"command":"AnnounceMeasure","input":{"measureId":"M-2"}}`, // line 3: fields missing
		`{"command":"RevokeMeasure","input":`,                       // line 4: not JSON
		revokeLine("M-1", "2025-01-01"),
		revokeLine("M-1", "2025-02-01"), // line 6: revoked twice
		citingAnnounce("M-3"),
		`{"command":"LaunchRocket","input":{}}`, // line 8
	}, "\n")
	_, err := bulk(t, svc, file, importer.BulkOptions{})
	var ie *importer.ImportError
	if !errors.As(err, &ie) {
		t.Fatalf("import: %v, want an *ImportError", err)
	}
	var lines []int
	for _, l := range ie.Lines {
		lines = append(lines, l.Line)
	}
	if ie.Failed != 4 || len(lines) != 4 || lines[0] != 3 || lines[1] != 4 || lines[2] != 6 || lines[3] != 8 {
		t.Fatalf("failing lines %v (%d failed), want 3, 4, 6, 8:\n%v", lines, ie.Failed, err)
	}
	if ie.FromLine != 1 || ie.ToLine != 8 || ie.CommittedThrough != 0 {
		t.Errorf("error %+v: want lines 1-8 unwritten, none committed", ie)
	}
	// Each line names its fields and rules.
	rules := map[string]bool{}
	for _, re := range domain.RuleErrors(ie.Lines[0]) {
		rules[re.Field+" "+re.Rule] = true
	}
	if !rules["title field.required"] || len(rules) < 3 {
		t.Errorf("line 3 rules %v: want each missing field", rules)
	}
	msg := err.Error()
	for _, want := range []string{"4 line(s) failed", "line 6: RevokeMeasure: ", "measure.already_revoked", "line 8: ", "command.unknown"} {
		if !strings.Contains(msg, want) {
			t.Errorf("error does not say %q:\n%s", want, msg)
		}
	}
	if !errors.Is(err, domain.ErrConflict) || !errors.Is(err, domain.ErrInvalid) {
		t.Errorf("error kinds are lost: %v", err)
	}
	if h := head(t, store); h != 0 {
		t.Errorf("a failing file wrote %d events", h)
	}
}

func TestBulkImportCapsTheLinesReported(t *testing.T) {
	svc := into(openStore(t), fixedNow)
	file := strings.Repeat(`{"command":"LaunchRocket","input":{}}`+"\n", 7)
	_, err := bulk(t, svc, file, importer.BulkOptions{MaxErrors: 3})
	var ie *importer.ImportError
	if !errors.As(err, &ie) || ie.Failed != 7 || len(ie.Lines) != 3 || !strings.Contains(err.Error(), "7 line(s) failed; nothing of lines 1-7 was written; the first 3:") {
		t.Fatalf("import: %v", err)
	}
}

func TestBulkImportInBatchesKeepsTheBatchesBeforeAFailure(t *testing.T) {
	store := openStore(t)
	svc := into(store, fixedNow)
	file := strings.Join([]string{
		registerLine, citingAnnounce("M-1"), // batch 1: lines 1-2
		citingAnnounce("M-2"), revokeLine("M-9", "2025-01-01"), // batch 2: line 4 fails
		citingAnnounce("M-3"),
	}, "\n")
	_, err := bulk(t, svc, file, importer.BulkOptions{BatchSize: 2})
	var ie *importer.ImportError
	if !errors.As(err, &ie) {
		t.Fatalf("import: %v, want an *ImportError", err)
	}
	if ie.FromLine != 3 || ie.ToLine != 4 || ie.CommittedThrough != 2 || ie.Committed != 2 || ie.Lines[0].Line != 4 {
		t.Errorf("error %+v", ie)
	}
	if !strings.Contains(err.Error(), "nothing of lines 3-4 was written (lines 1-2, 2 commands, were committed before)") {
		t.Errorf("error: %v", err)
	}
	if h := head(t, store); h != 2 {
		t.Errorf("head %d, want the 2 events of the first batch", h)
	}
	if !errors.Is(err, domain.ErrNotFound) {
		t.Errorf("error kind lost: %v", err)
	}
}

func TestBulkImportAgainWritesNothingNew(t *testing.T) {
	store := openStore(t)
	svc := into(store, fixedNow)
	file := registerLine + "\n" + citingAnnounce("M-1") + "\n"
	if _, err := bulk(t, svc, file, importer.BulkOptions{}); err != nil {
		t.Fatal(err)
	}
	res, err := bulk(t, svc, file, importer.BulkOptions{})
	if err != nil {
		t.Fatalf("import again: %v", err)
	}
	if res.Recorded != 0 || res.Repeated != 2 || res.Events != 0 || head(t, store) != 2 {
		t.Errorf("import again: %+v, head %d; want nothing written", res, head(t, store))
	}
	// A file that extends the first writes only its new lines, in batches
	// as well.
	more := file + revokeLine("M-1", "2025-01-01") + "\n"
	res, err = bulk(t, svc, more, importer.BulkOptions{BatchSize: 1})
	if err != nil {
		t.Fatalf("import the extended file: %v", err)
	}
	if res.Recorded != 1 || res.Repeated != 2 || res.Events != 1 || head(t, store) != 3 {
		t.Errorf("import the extended file: %+v, head %d", res, head(t, store))
	}
}

func TestBulkImportOfTheDemoMatchesImportLineByLine(t *testing.T) {
	demo, err := os.ReadFile("../cmd/ledger/demo/us-china-2022-2023.ndjson")
	if err != nil {
		t.Fatal(err)
	}
	one, all := openStore(t), openStore(t)
	clock := ledger.Options{Now: func() time.Time { return now }}
	n, err := importer.Import(context.Background(), ledger.New(one, clock), strings.NewReader(string(demo)), ledger.Request{Actor: "demo"}, nil)
	if err != nil {
		t.Fatalf("import line by line: %v", err)
	}
	res, err := bulk(t, into(all, clock.Now), string(demo), importer.BulkOptions{})
	if err != nil {
		t.Fatalf("bulk import: %v", err)
	}
	if res.Commands != n || res.Recorded != n {
		t.Errorf("bulk import %+v, line by line %d commands", res, n)
	}
	a, err := one.ReadAll(context.Background(), 0, 100000)
	if err != nil {
		t.Fatal(err)
	}
	b, err := all.ReadAll(context.Background(), 0, 100000)
	if err != nil {
		t.Fatal(err)
	}
	if len(a) != len(b) {
		t.Fatalf("%d events line by line, %d in bulk", len(a), len(b))
	}
	for i := range a {
		if a[i].Stream != b[i].Stream || a[i].Type != b[i].Type || string(a[i].Data) != string(b[i].Data) {
			t.Fatalf("position %d: %s %s line by line, %s %s in bulk", i+1, a[i].Stream, a[i].Type, b[i].Stream, b[i].Type)
		}
	}
}

// appendOnly hides the store's AppendBatch.
type appendOnly struct{ eventstore.Store }

func TestBulkImportNeedsABatchAppender(t *testing.T) {
	svc := into(appendOnly{openStore(t)}, nil)
	if _, err := bulk(t, svc, registerLine, importer.BulkOptions{}); !errors.Is(err, importer.ErrNoBatchAppend) {
		t.Fatalf("import: %v, want ErrNoBatchAppend", err)
	}
}

// TestBulkImportOfGeneratedCommandsRecordsTheGeneratedLedger imports the
// commands of a generated ledger and checks each stream holds the events
// the generator decided itself, with their IDs: the folds kept across
// commands decide as a replay does, and the IDs of the file are kept.
func TestBulkImportOfGeneratedCommandsRecordsTheGeneratedLedger(t *testing.T) {
	ctx := context.Background()
	opts := gen.Options{Events: 6000, Seed: 7}
	direct, file := generated(t, opts)
	imported := openStore(t)
	res, err := into(imported, nil).bulk(ctx, importer.NDJSON(strings.NewReader(file)), ledger.Request{Actor: "generator"}, importer.BulkOptions{BatchSize: 1000})
	if err != nil {
		t.Fatalf("import: %v", err)
	}
	if res.Events != opts.Events {
		t.Fatalf("imported %d events, generated %d", res.Events, opts.Events)
	}
	sameStreams(t, direct, imported, opts.Events)
}

// TestBulkImportIntoALedgerDecidesOnWhatItHolds imports the first part of
// a generated file, then the whole file: the second import decides its new
// lines on the streams the first wrote (read in one pass before it starts),
// writes only them, and the ledger is the one generated.
func TestBulkImportIntoALedgerDecidesOnWhatItHolds(t *testing.T) {
	ctx := context.Background()
	opts := gen.Options{Events: 6000, Seed: 11}
	direct, file := generated(t, opts)
	lines := strings.SplitAfter(file, "\n")
	first := strings.Join(lines[:len(lines)/2], "")
	imported := openStore(t)
	svc := into(imported, nil)
	req := ledger.Request{Actor: "generator"}
	res1, err := svc.bulk(ctx, importer.NDJSON(strings.NewReader(first)), req, importer.BulkOptions{BatchSize: 500})
	if err != nil {
		t.Fatalf("import the first part: %v", err)
	}
	res2, err := svc.bulk(ctx, importer.NDJSON(strings.NewReader(file)), req, importer.BulkOptions{BatchSize: 500})
	if err != nil {
		t.Fatalf("import the whole file: %v", err)
	}
	if res2.Repeated != res1.Commands || res1.Events+res2.Events != opts.Events {
		t.Fatalf("first import %+v, second %+v: want the second to repeat the %d commands of the first and write the rest of %d events",
			res1, res2, res1.Commands, opts.Events)
	}
	sameStreams(t, direct, imported, opts.Events)
}

// generated returns a store holding the ledger the generator writes for
// opts, and the file of commands it writes for the same options.
func generated(t *testing.T, opts gen.Options) (eventstore.Store, string) {
	t.Helper()
	ctx := context.Background()
	direct := openStore(t)
	if _, err := gen.Generate(ctx, direct, opts); err != nil {
		t.Fatal(err)
	}
	var file bytes.Buffer
	if _, err := gen.WriteCommands(ctx, &file, opts); err != nil {
		t.Fatal(err)
	}
	return direct, file.String()
}

// sameStreams fails unless every stream of want holds in got the same
// events (IDs, types, payloads).
func sameStreams(t *testing.T, want, got eventstore.Store, events int) {
	t.Helper()
	ctx := context.Background()
	all, err := want.ReadAll(ctx, 0, events)
	if err != nil {
		t.Fatal(err)
	}
	streams := map[string]bool{}
	for _, ev := range all {
		streams[ev.Stream] = true
	}
	for stream := range streams {
		a, err1 := want.ReadStream(ctx, stream, 0)
		b, err2 := got.ReadStream(ctx, stream, 0)
		if err := errors.Join(err1, err2); err != nil {
			t.Fatal(err)
		}
		if len(a) != len(b) {
			t.Fatalf("%s: %d events generated, %d imported", stream, len(a), len(b))
		}
		for i := range a {
			if a[i].ID != b[i].ID || a[i].Type != b[i].Type || !bytes.Equal(a[i].Data, b[i].Data) {
				t.Fatalf("%s v%d: generated %s %s %s\nimported %s %s %s", stream, i+1, a[i].ID, a[i].Type, a[i].Data, b[i].ID, b[i].Type, b[i].Data)
			}
		}
	}
}

func TestBulkImportKeepsTheEventIDsOfALine(t *testing.T) {
	store := openStore(t)
	svc := into(store, fixedNow)
	id := "0195f3c2-7a1e-7cc0-9a57-3f1c2d4e5b6a"
	withID := strings.Replace(registerLine, `{"command":"RegisterSource",`, `{"command":"RegisterSource","eventIds":["`+id+`"],`, 1)
	if _, err := bulk(t, svc, withID, importer.BulkOptions{}); err != nil {
		t.Fatal(err)
	}
	evs, err := store.ReadAll(context.Background(), 0, 10)
	if err != nil || len(evs) != 1 || evs[0].ID.String() != id {
		t.Fatalf("events %v, %v: want the line's ID %s", evs, err, id)
	}
	// Another command claiming the ID: its line fails, nothing is written.
	again := strings.Replace(citingAnnounce("M-1"), `{"command":"AnnounceMeasure",`, `{"command":"AnnounceMeasure","eventIds":["`+id+`"],`, 1)
	_, err = bulk(t, svc, revokeLine("M-0", "2025-01-01")+"\n"+again, importer.BulkOptions{})
	var ie *importer.ImportError
	if !errors.As(err, &ie) || len(ie.Lines) != 1 || ie.Lines[0].Line != 1 {
		t.Fatalf("import: %v", err)
	}
	_, err = bulk(t, svc, registerLine+"\n"+again, importer.BulkOptions{}) // line 1 repeats, line 2 reuses the ID
	if !errors.As(err, &ie) || ie.Lines[0].Line != 2 || !errors.Is(err, eventstore.ErrDuplicateEvent) {
		t.Fatalf("import: %v, want line 2 failing on a duplicate event ID", err)
	}
	if h := head(t, store); h != 1 {
		t.Errorf("head %d after failing imports", h)
	}
}
