package graph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/coder/websocket"
	"github.com/controlsledger/ledger/eventstore"
	"github.com/controlsledger/ledger/graph"
	"github.com/controlsledger/ledger/integrity"
)

// sharing is a ledger served twice: by a handler that shares the messages
// of identical subscriptions (on) and by one that does not (off), with the
// executions of shared messages counted.
type sharing struct {
	on, off *api
	mu      sync.Mutex
	misses  map[string]int // executions, by message identity
	hits    int
}

func newSharing(tb testing.TB) *sharing {
	tb.Helper()
	s := &sharing{misses: map[string]int{}}
	var (
		opts graph.Options
		res  *graph.Resolver
	)
	s.on = newAPIWith(tb, nil, func(o *graph.Options) {
		o.OnSubscriptionCache = func(r graph.CacheReport) {
			s.mu.Lock()
			defer s.mu.Unlock()
			if r.Hit {
				s.hits++
			} else {
				s.misses[r.Key]++
			}
		}
		opts = *o
	}, func(r *graph.Resolver, _ eventstore.Store, _ *integrity.Proofs) { res = r })
	opts.SubscriptionCacheBytes, opts.OnSubscriptionCache = -1, nil
	s.off = &api{srv: httptest.NewServer(graph.NewHandler(res, opts)), logs: &bytes.Buffer{}}
	tb.Cleanup(s.off.srv.Close)
	return s
}

// counts returns the shared messages reported, the hits among them, and
// the most executions of one identity.
func (s *sharing) counts() (messages, hits, most int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	messages, hits = s.hits, s.hits
	for _, n := range s.misses {
		messages += n
		most = max(most, n)
	}
	return messages, hits, most
}

// stream is what a subscriber received: its messages, and the events they
// carry (each event's JSON as sent), up to position last.
type stream struct {
	messages []string
	events   []json.RawMessage
	last     int
}

// readUntil reads messages from ch until one carries an event at position
// to or later.
func readUntil(tb testing.TB, ch <-chan string, st *stream, to int) {
	tb.Helper()
	for st.last < to {
		msg := next(tb, ch)
		var m struct {
			Data   map[string]json.RawMessage
			Errors []any
		}
		if err := json.Unmarshal([]byte(msg), &m); err != nil || len(m.Errors) > 0 || len(m.Data) != 1 {
			tb.Fatalf("message %s: %v", msg, err)
		}
		var evs []json.RawMessage
		for _, v := range m.Data {
			if v[0] == '[' {
				if err := json.Unmarshal(v, &evs); err != nil {
					tb.Fatal(err)
				}
			} else {
				evs = []json.RawMessage{v}
			}
		}
		for _, ev := range evs {
			var p struct{ Position int }
			if err := json.Unmarshal(ev, &p); err != nil || p.Position <= st.last {
				tb.Fatalf("event %s after position %d: out of order or repeated (%v)", ev, st.last, err)
			}
			st.last = p.Position
		}
		st.messages = append(st.messages, msg)
		st.events = append(st.events, evs...)
	}
}

// websocket opens a subscription over a websocket (graphql-transport-ws)
// and returns the payloads of its next messages as they come, as sse does
// their data.
func (a *api) websocket(tb testing.TB, query string, vars map[string]any) <-chan string {
	tb.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	tb.Cleanup(cancel)
	c, _, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(a.srv.URL, "http"), &websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"}})
	if err != nil {
		tb.Fatal(err)
	}
	c.SetReadLimit(1 << 20)
	for _, m := range []map[string]any{
		{"type": "connection_init", "payload": map[string]any{}},
		{"id": "1", "type": "subscribe", "payload": map[string]any{"query": query, "variables": vars}},
	} {
		b, _ := json.Marshal(m)
		if err := c.Write(ctx, websocket.MessageText, b); err != nil {
			tb.Fatal(err)
		}
	}
	out := make(chan string, 16)
	go func() {
		defer close(out)
		defer c.CloseNow()
		for {
			_, b, err := c.Read(ctx)
			if err != nil {
				return
			}
			var m struct {
				Type    string
				Payload json.RawMessage
			}
			if err := json.Unmarshal(b, &m); err != nil {
				return
			}
			switch m.Type {
			case "connection_ack", "pong":
			case "ping":
				if err := c.Write(ctx, websocket.MessageText, []byte(`{"type":"pong"}`)); err != nil {
					return
				}
			case "next":
				select {
				case out <- string(m.Payload):
				case <-ctx.Done():
					return
				}
			default: // error, complete: the subscription ended
				return
			}
		}
	}()
	return out
}

// TestSharedSubscriptions checks that subscribers of identical operations
// share one execution per message, and that each receives byte for byte
// what it receives without sharing: with different starting points,
// filters, aliases, fragments, @include and @skip variables and max.
func TestSharedSubscriptions(t *testing.T) {
	s := newSharing(t)
	for i := 1; i <= 7; i++ {
		s.on.announce(t, fmt.Sprintf("M-%d", i), "2024-01-01")
	}
	if errs := s.on.do(t, `mutation { registerSource(input: {sourceId: "S", publisher: "P", title: "T", official: true}) { result { position } } }`, nil, nil); len(errs) > 0 {
		t.Fatal(errs)
	}
	const head = 8
	batches := `subscription { ledgerEventBatches(after: 0, max: 3) { position type } }`
	vars := `subscription Tail($a: Int, $m: Int) { ledgerEventBatches(after: $a, max: $m) { position type } }`
	fragment := `subscription($full: Boolean!) { evs: ledgerEventBatches(after: 0, max: 3) { ...F stream @include(if: $full) } }
	  fragment F on LedgerEvent { position recordedAt }`
	filtered := `subscription { ledgerEvents(after: 0, filter: {kinds: [MEASURE]}) { position subject { id } } }`
	skip := `subscription($s: Boolean!) { e: ledgerEvents(after: 3) { position eventId @skip(if: $s) } }`
	type sub struct {
		query  string
		vars   map[string]any
		shared bool
		ws     bool // over a websocket (graphql-transport-ws), else SSE
	}
	subs := []sub{
		{batches, nil, true, false}, {batches, nil, true, false}, {batches, nil, true, false},
		{vars, map[string]any{"a": 0, "m": 3}, true, false}, {vars, map[string]any{"a": 2, "m": 3}, true, false},
		{vars, map[string]any{"a": 0, "m": 2}, true, false},
		{fragment, map[string]any{"full": true}, true, false}, {fragment, map[string]any{"full": true}, true, false},
		{fragment, map[string]any{"full": false}, true, false},
		{filtered, nil, true, false}, {filtered, nil, true, false},
		{skip, map[string]any{"s": false}, true, false}, {skip, map[string]any{"s": false}, true, false}, {skip, map[string]any{"s": true}, true, false},
		// A proof in the whole ledger depends on when it is made: a
		// selection of one is not shared, even left out by @include.
		{`subscription($p: Boolean!) { ledgerEvents(after: 0) { position inclusionProof @include(if: $p) { treeSize } } }`, map[string]any{"p": false}, false, false},
		// The same operations over websockets share the same messages.
		{batches, nil, true, true}, {filtered, nil, true, true},
	}
	type pair struct{ on, off <-chan string }
	chans := make([]pair, len(subs))
	for i, sb := range subs {
		if sb.ws {
			chans[i].on, chans[i].off = s.on.websocket(t, sb.query, sb.vars), s.off.websocket(t, sb.query, sb.vars)
			continue
		}
		chans[i].on, _ = s.on.subscribe(t, sb.query, sb.vars)
		chans[i].off, _ = s.off.subscribe(t, sb.query, sb.vars)
	}
	got := make([][2]stream, len(subs))
	// The ledger's last measure is at position 7; the others end at 8.
	last := func(i, at int) int {
		if subs[i].query == filtered {
			return at - 1
		}
		return at
	}
	for i := range subs {
		readUntil(t, chans[i].on, &got[i][0], last(i, head))
		readUntil(t, chans[i].off, &got[i][1], last(i, head))
	}
	// Caught up: the batches of events read from the store are cut the
	// same way with or without sharing, so the messages are the same.
	for i, sb := range subs {
		if a, b := strings.Join(got[i][0].messages, "\n"), strings.Join(got[i][1].messages, "\n"); a != b {
			t.Errorf("%s %v caught up:\nshared:     %s\nnot shared: %s", sb.query, sb.vars, a, b)
		}
	}
	// Live: a few commits while every subscription waits.
	for i := 8; i <= 12; i++ {
		s.on.announce(t, fmt.Sprintf("M-%d", i), "2024-01-01")
	}
	const live = 13
	for i := range subs {
		readUntil(t, chans[i].on, &got[i][0], live)
		readUntil(t, chans[i].off, &got[i][1], live)
	}
	messages := 0
	for i, sb := range subs {
		if sb.shared {
			messages += len(got[i][0].messages)
		}
		on, off := got[i][0].events, got[i][1].events
		if len(on) != len(off) {
			t.Errorf("%s %v: %d events shared, %d not", sb.query, sb.vars, len(on), len(off))
			continue
		}
		for j := range on {
			if !bytes.Equal(on[j], off[j]) {
				t.Errorf("%s %v: event %d shared %s, not shared %s", sb.query, sb.vars, j, on[j], off[j])
			}
		}
	}
	reported, hits, most := s.counts()
	if reported != messages {
		t.Errorf("%d messages of shared subscriptions reported, %d received", reported, messages)
	}
	if most != 1 {
		t.Errorf("a message was executed %d times, want once for all its subscribers", most)
	}
	if hits == 0 || reported-hits >= messages {
		t.Errorf("%d hits and %d executions for %d messages: nothing shared", hits, reported-hits, messages)
	}
}

// TestSharedSubscriptionEnds checks that a subscriber going away leaves the
// others of its operation their messages, and that one the resolver
// refuses gets its error.
func TestSharedSubscriptionEnds(t *testing.T) {
	s := newSharing(t)
	for i := 1; i <= 4; i++ {
		s.on.announce(t, fmt.Sprintf("M-%d", i), "2024-01-01")
	}
	q := `subscription { ledgerEventBatches(after: 4, max: 2) { position } }`
	stay, _ := s.on.subscribe(t, q, nil)
	leave, cancel := s.on.subscribe(t, q, nil)
	s.on.announce(t, "M-5", "2024-01-01")
	var a, b stream
	a.last, b.last = 4, 4
	readUntil(t, stay, &a, 5)
	readUntil(t, leave, &b, 5)
	cancel()
	for i := 6; i <= 9; i++ {
		s.on.announce(t, fmt.Sprintf("M-%d", i), "2024-01-01")
	}
	readUntil(t, stay, &a, 9)
	if len(a.events) != 5 {
		t.Errorf("%d events after the other subscriber left, want 5: %s", len(a.events), a.messages)
	}
	refused, _ := s.on.subscribe(t, `subscription { ledgerEventBatches(max: 0) { position } }`, nil)
	if msg := next(t, refused); !strings.Contains(msg, "BAD_USER_INPUT") || !strings.Contains(msg, "max must be 1 to 1000") {
		t.Fatalf("refused subscription: %s", msg)
	}
}
