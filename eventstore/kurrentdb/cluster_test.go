package kurrentdb

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/EventStore/EventStore-Client-Go/v4/esdb"
	"github.com/google/uuid"

	"github.com/controlsledger/ledger/eventstore"
)

// logRecorder collects a Store's diagnostics.
type logRecorder struct {
	mu    sync.Mutex
	lines []string
}

func (l *logRecorder) logf(format string, args ...any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.lines = append(l.lines, fmt.Sprintf(format, args...))
}

func (l *logRecorder) count(substr string) int {
	l.mu.Lock()
	defer l.mu.Unlock()
	n := 0
	for _, line := range l.lines {
		if strings.Contains(line, substr) {
			n++
		}
	}
	return n
}

// rawAppend appends as another process would, bypassing the store.
func rawAppend(tb testing.TB, client *esdb.Client, stream string, evs ...eventstore.EventData) {
	tb.Helper()
	proposed := make([]esdb.EventData, len(evs))
	for i, ev := range evs {
		proposed[i] = toEventData(ev)
	}
	if _, err := client.AppendToStream(testCtx(tb), stream, esdb.AppendToStreamOptions{ExpectedRevision: esdb.Any{}}, proposed...); err != nil {
		tb.Fatalf("raw append to %q: %v", stream, err)
	}
}

// Every call asks for the leader, so that no lagging follower answers a
// read the index or a conflict check relies on; a follower's not-leader
// answer is repeated on the leader, not reported as "may have been
// written".
func TestAsksTheLeader(t *testing.T) {
	srv := newFakeServer(t, false)
	s := openStore(t, srv.connString(), Options{})
	ctx := testCtx(t)
	if _, err := s.Append(ctx, "leader", eventstore.NoStream, newEvents(2, "leader")...); err != nil {
		t.Fatal(err)
	}
	if _, err := s.ReadStream(ctx, "leader", 0); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Append(ctx, "leader", eventstore.NoStream, newEvents(1, "leader")...); !errors.Is(err, eventstore.ErrVersionConflict) {
		t.Fatalf("stale append: %v, want a version conflict", err)
	}

	for _, n := range []int32{1, 3} {
		srv.notLeader.Store(n)
		version := int64(2)
		if n == 3 {
			version = 3
		}
		res, err := s.Append(ctx, "leader", version, newEvents(1, "leader")...)
		if err != nil {
			t.Fatalf("append after %d not-leader answers: %v", n, err)
		}
		if res.Version != version+1 {
			t.Errorf("append after %d not-leader answers at v%d, want v%d", n, res.Version, version+1)
		}
		if left := srv.notLeader.Load(); left != 0 {
			t.Errorf("%d not-leader answers left, want all %d taken", left, n)
		}
	}
	srv.notLeader.Store(2)
	evs, err := s.ReadAll(ctx, 0, 10)
	if err != nil {
		t.Fatalf("read all after not-leader answers: %v", err)
	}
	if len(evs) != 4 {
		t.Errorf("read all: %d events, want 4", len(evs))
	}
	if n := srv.followerCalls.Load(); n != 0 {
		t.Errorf("%d calls did not ask for the leader", n)
	}

	// A follower that keeps answering not-leader (an election that does
	// not end) fails the call with the client's error, not "may have been
	// written".
	srv.notLeader.Store(100)
	_, err = s.Append(ctx, "leader", 4, newEvents(1, "leader")...)
	if err == nil || !strings.Contains(err.Error(), "follower") || strings.Contains(err.Error(), "may have been written") {
		t.Errorf("append to a follower for ever: %v, want the not-leader error without \"may have been written\"", err)
	}
	srv.notLeader.Store(0)
}

// A leader drops the repeat of an append it has not yet replicated to a
// quorum, so the client's own deadline ends the call while the caller's
// context is alive. The store repeats the append until it is answered, or
// until the index holds its events, and returns the result once.
func TestDroppedRepeatOfUnreplicatedAppend(t *testing.T) {
	srv := newFakeServer(t, false)
	logs := &logRecorder{}
	s := openStore(t, srv.connString()+"&defaultDeadline=200", Options{Logf: logs.logf})
	ctx := testCtx(t)
	if _, err := s.Append(ctx, "repl", eventstore.NoStream, newEvents(1, "repl")...); err != nil {
		t.Fatal(err)
	}

	// The index cannot see the events until the fourth append arrives, so
	// only the repeats can bring the answer.
	srv.hold()
	srv.loseAnswers.Store(3)
	base := srv.appends.Load()
	go func() {
		for n := range srv.appendSeen {
			if n >= base+4 {
				srv.release()
				return
			}
		}
	}()
	evs := newEvents(2, "repl")
	res, err := s.Append(ctx, "repl", 1, evs...)
	if err != nil {
		t.Fatalf("append with a lost answer and two dropped repeats: %v", err)
	}
	if res.Version != 3 || res.Position != 3 {
		t.Errorf("append at v%d, position %d; want v3, position 3", res.Version, res.Position)
	}
	if n := srv.appends.Load() - base; n != 4 {
		t.Errorf("%d appends sent, want 4 (the first, two dropped repeats, the answered one)", n)
	}
	if n := logs.count("within the client's deadline"); n != 3 {
		t.Errorf("%d repeats logged, want 3", n)
	}
	ledger := readLedger(t, s)
	if len(ledger) != 3 {
		t.Fatalf("ledger of %d events, want 3: the repeats must not duplicate", len(ledger))
	}

	// The answers never come: the error says what to do, and is not the
	// caller's context's.
	srv.hold()
	srv.loseAnswers.Store(100)
	_, err = s.Append(ctx, "repl", 3, newEvents(1, "repl")...)
	if err == nil || ctx.Err() != nil || errors.Is(err, context.DeadlineExceeded) || !strings.Contains(err.Error(), "quorum") || !strings.Contains(err.Error(), "repeat the append") {
		t.Errorf("append never answered: %v, want an error naming the quorum and the repeat, not a context error", err)
	}
	srv.loseAnswers.Store(0)
	srv.release()
}

// An append over the server's MaxAppendSize whose stream the server ends
// before the client has sent every event comes back from the client as
// io.EOF; the store reports ErrInvalid, and nothing is written.
func TestOversizedMultiEventAppend(t *testing.T) {
	srv := newFakeServer(t, false)
	s := openStore(t, srv.connString(), Options{})
	ctx := testCtx(t)
	srv.maxAppendSize.Store(1 << 20)
	evs := make([]eventstore.EventData, 12)
	for i := range evs {
		evs[i] = eventstore.EventData{ID: uuid.New(), Type: "kurrentdb_big.v1", Data: bytes.Repeat([]byte{'x'}, 900<<10)}
	}
	_, err := s.Append(ctx, "big", eventstore.NoStream, evs...)
	if !errors.Is(err, eventstore.ErrInvalid) {
		t.Fatalf("oversized append: %v, want ErrInvalid", err)
	}
	if strings.Contains(err.Error(), "may have been written") {
		t.Errorf("oversized append: %v says it may have been written", err)
	}
	if head, err := s.Head(ctx); err != nil || head != 0 {
		t.Errorf("head after the refused append: %d, %v; want 0", head, err)
	}
	// The classification itself, on the error the client returns.
	clientErr := fmt.Errorf("could not send append request. Reason: %w", errors.Join(errors.New("[ErrorCodeUnknown]"), errEOFForTest))
	if !isCutShort(clientErr) {
		t.Errorf("isCutShort(%v) = false", clientErr)
	}
}

// The fake server counts an append against MaxAppendSize as each version
// of KurrentDB does: 24.10 the data alone, 25.x data, metadata and twice
// the type, so an append that fits 24.10 can be refused by 25.x.
func TestAppendSizeAsEachVersionCounts(t *testing.T) {
	srv := newFakeServer(t, false)
	s := openStore(t, srv.connString(), Options{})
	ctx := testCtx(t)
	ev := func() eventstore.EventData {
		return eventstore.EventData{ID: uuid.New(), Type: "kurrentdb_size.v1", Data: bytes.Repeat([]byte{'x'}, 1000), Metadata: bytes.Repeat([]byte{'m'}, 100)}
	}
	srv.maxAppendSize.Store(1050)
	srv.sizeRule.Store(sizeDataOnly)
	if _, err := s.Append(ctx, "size-24", eventstore.NoStream, ev()); err != nil {
		t.Fatalf("24.10 counting 1000 bytes of data against 1050: %v", err)
	}
	srv.sizeRule.Store(sizeWithMeta)
	_, err := s.Append(ctx, "size-25", eventstore.NoStream, ev())
	if !errors.Is(err, eventstore.ErrInvalid) {
		t.Fatalf("25.x counting 1000+100+2*17 bytes against 1050: %v, want ErrInvalid", err)
	}
	// 25.1's per-event limit.
	srv.maxAppendSize.Store(1 << 20)
	srv.maxEventSize.Store(1000)
	if _, err := s.Append(ctx, "size-25-event", eventstore.NoStream, ev()); !errors.Is(err, eventstore.ErrInvalid) || !strings.Contains(err.Error(), "Maximum Append Event Size") {
		t.Fatalf("25.1 counting an event over MaxAppendEventSize: %v, want ErrInvalid naming the limit", err)
	}
	if appendSize([]eventstore.EventData{ev()}) != 1000+100+2*len("kurrentdb_size.v1") {
		t.Errorf("appendSize does not count as KurrentDB 25 does")
	}
}

// A subscription to $all that a node leaves silent (Unsubscribed, the call
// open) is noticed once it delivers nothing while $all grows, and
// replaced: the index catches up with events another process appended.
func TestSilentSubscriptionReplaced(t *testing.T) {
	srv := newFakeServer(t, false)
	logs := &logRecorder{}
	s := openStore(t, srv.connString(), Options{SilenceTimeout: 100 * time.Millisecond, Logf: logs.logf})
	ctx := testCtx(t)
	if _, err := s.Append(ctx, "quiet", eventstore.NoStream, newEvents(1, "quiet")...); err != nil {
		t.Fatal(err)
	}
	srv.silence()
	raw := rawClient(t, srv)
	rawAppend(t, raw, "quiet-other", newEvents(2, "quiet")...)
	evs, err := s.ReadStream(ctx, "quiet-other", 0)
	if err != nil {
		t.Fatalf("read a stream another process appended to while the subscription was silent: %v", err)
	}
	if len(evs) != 2 || evs[1].Position != 3 {
		t.Fatalf("read %d events (last at %v), want 2, the last at position 3", len(evs), evs)
	}
	res, err := s.Append(ctx, "quiet", 1, newEvents(1, "quiet")...)
	if err != nil || res.Position != 4 {
		t.Fatalf("append after the resubscription: %+v, %v; want position 4", res, err)
	}
	if logs.count("silent") == 0 {
		t.Errorf("no resubscription for silence logged; logs: %q", logs.lines)
	}
}

// Stream metadata that cuts a ledger stream's history ($tb, a soft delete,
// $maxAge, $maxCount) or a hard delete makes Open refuse the store, with
// an error that names the stream; metadata that only sets ACLs does not.
func TestRefusesCutHistory(t *testing.T) {
	for _, tc := range []struct {
		name, want string
		cut        func(*fakeServer, string)
	}{
		{"truncate-before", "truncated ($tb 1)", func(f *fakeServer, s string) { f.setMetadata(s, fakeMeta{tb: 1}, `{"$tb":1}`) }},
		{"soft delete", "soft-deleted", func(f *fakeServer, s string) { f.softDelete(s) }},
		{"max age", "$maxAge 86400", func(f *fakeServer, s string) { f.setMetadata(s, fakeMeta{maxAge: 86400}, `{"$maxAge":86400}`) }},
		{"max count", "$maxCount 1", func(f *fakeServer, s string) { f.setMetadata(s, fakeMeta{maxCount: 1}, `{"$maxCount":1}`) }},
		{"hard delete", "hard-deleted", func(f *fakeServer, s string) { f.hardDelete(s) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := newFakeServer(t, false)
			s := openStore(t, srv.connString(), Options{})
			ctx := testCtx(t)
			if _, err := s.Append(ctx, "cut", eventstore.NoStream, newEvents(2, "cut")...); err != nil {
				t.Fatal(err)
			}
			srv.setMetadata("cut", fakeMeta{}, `{"$acl":{"$d":"$admins","$mw":"$admins"}}`)
			if _, err := s.Append(ctx, "cut", 2, newEvents(1, "cut")...); err != nil {
				t.Fatalf("append after an ACL-only metadata: %v", err)
			}

			// While the store runs: the next calls fail, once the index
			// has passed the cut.
			tc.cut(srv, "cut")
			rawAppend(t, rawClient(t, srv), "after-cut", newEvents(1, "cut")...)
			if _, err := s.ReadStream(ctx, "after-cut", 0); err != nil && !errors.Is(err, eventstore.ErrCorrupt) {
				t.Fatalf("read after the cut: %v", err)
			}
			_, err := s.Append(ctx, "other", eventstore.NoStream, newEvents(1, "cut")...)
			if !errors.Is(err, eventstore.ErrCorrupt) || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), `"cut"`) {
				t.Errorf("append after the cut: %v, want ErrCorrupt naming \"cut\" and %q", err, tc.want)
			}

			// A new process refuses to start.
			ctx2, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			s2, err := Open(ctx2, srv.connString(), Options{})
			if err == nil {
				s2.Close()
				t.Fatal("open on a cut ledger succeeded")
			}
			if !errors.Is(err, eventstore.ErrCorrupt) || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "never delete") {
				t.Errorf("open on a cut ledger: %v, want ErrCorrupt naming the cut and what never to do", err)
			}
		})
	}
}

// An append that expects no stream, to a stream soft-deleted a moment
// ago, is written by the server after the stream's last revision; the
// store reports it instead of waiting for revision 0 until its context
// ends.
func TestAppendToSoftDeletedStream(t *testing.T) {
	srv := newFakeServer(t, false)
	s := openStore(t, srv.connString(), Options{})
	ctx := testCtx(t)
	if _, err := s.Append(ctx, "gone", eventstore.NoStream, newEvents(2, "gone")...); err != nil {
		t.Fatal(err)
	}
	// The store cannot see the delete before it sends the append.
	srv.hold()
	srv.softDelete("gone")
	base := srv.appends.Load()
	go func() {
		for n := range srv.appendSeen {
			if n > base {
				srv.release()
				return
			}
		}
	}()
	_, err := s.Append(ctx, "gone", eventstore.NoStream, newEvents(1, "gone")...)
	if !errors.Is(err, eventstore.ErrCorrupt) || ctx.Err() != nil {
		t.Fatalf("append to a soft-deleted stream: %v, want ErrCorrupt before the context ends", err)
	}
	if !strings.Contains(err.Error(), "soft-deleted") && !strings.Contains(err.Error(), "written at v3") {
		t.Errorf("append to a soft-deleted stream: %v, want it to say where the events went or why", err)
	}
}

// A user without read access to $all is told so at once, not after every
// connection attempt.
func TestAccessDeniedOnAll(t *testing.T) {
	srv := newFakeServer(t, false)
	srv.denyAll.Store(true)
	logs := &logRecorder{}
	ctx := testCtx(t)
	_, err := Open(ctx, srv.connString(), Options{ConnectAttempts: 5, ConnectBackoff: time.Second, Logf: logs.logf})
	if err == nil || !strings.Contains(err.Error(), "read access to $all") {
		t.Fatalf("open without access to $all: %v, want an error naming the access needed", err)
	}
	if n := logs.count("kurrentdb: connect to"); n != 0 {
		t.Errorf("%d connection attempts repeated after access denied, want 0: %q", n, logs.lines)
	}
}

// errEOFForTest is io.EOF, as the client's Send returns it.
var errEOFForTest = io.EOF
