package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/coder/websocket"
)

const (
	subscribeQuery = `subscription { ledgerEvents { position recordedAt } }`
	// batchQuery subscribes to batches of at most %d events.
	batchQuery     = `subscription { ledgerEventBatches(max: %d) { position recordedAt } }`
	registerSource = `mutation($in: RegisterSourceInput!) { registerSource(input: $in) { result { position } userErrors { message rule } } }`
	// logged is how many subscribers keep every (position, receive time)
	// to measure delivery from the mutation's return as well.
	logged = 10
)

// subscriber is one websocket connection with one ledgerEvents subscription.
type subscriber struct {
	conn *websocket.Conn
	// last is the last position received, read by the coordinator.
	last atomic.Int64
	// Below: only the reading goroutine until done is closed.
	done       chan struct{}
	err        error
	from       int64 // positions after from are measured; set before writes start
	seen       []uint64
	h          hist
	count      uint64
	duplicates uint64
	outOfOrder uint64
	log        []received
}

type received struct {
	pos      int64
	at       time.Time // when it arrived
	recorded time.Time // its recordedAt
}

type wsMessage struct {
	ID      string          `json:"id,omitempty"`
	Type    string          `json:"type"`
	Payload json.RawMessage `json:"payload,omitempty"`
}

func wsURL(raw string) (string, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return "", err
	}
	if u.Scheme == "https" {
		u.Scheme = "wss"
	} else {
		u.Scheme = "ws"
	}
	return u.String(), nil
}

// dial opens a graphql-transport-ws connection and subscribes.
func dialSubscriber(ctx context.Context, target, token, query string) (*websocket.Conn, error) {
	conn, _, err := websocket.Dial(ctx, target, &websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"}})
	if err != nil {
		return nil, err
	}
	conn.SetReadLimit(1 << 20)
	send := func(m wsMessage) error {
		b, _ := json.Marshal(m)
		return conn.Write(ctx, websocket.MessageText, b)
	}
	initPayload, _ := json.Marshal(map[string]string{"Authorization": "Bearer " + token})
	if err := send(wsMessage{Type: "connection_init", Payload: initPayload}); err != nil {
		conn.CloseNow()
		return nil, err
	}
	for {
		_, b, err := conn.Read(ctx)
		if err != nil {
			conn.CloseNow()
			return nil, fmt.Errorf("wait for connection_ack: %w", err)
		}
		var m wsMessage
		if err := json.Unmarshal(b, &m); err != nil {
			conn.CloseNow()
			return nil, fmt.Errorf("wait for connection_ack: %w", err)
		}
		if m.Type == "connection_ack" {
			break
		}
		if m.Type != "ping" && m.Type != "pong" {
			conn.CloseNow()
			return nil, fmt.Errorf("wait for connection_ack: got %s %s", m.Type, m.Payload)
		}
	}
	q, _ := json.Marshal(map[string]string{"query": query})
	if err := send(wsMessage{ID: "1", Type: "subscribe", Payload: q}); err != nil {
		conn.CloseNow()
		return nil, err
	}
	return conn, nil
}

var (
	posKey  = []byte(`"position":`)
	timeKey = []byte(`"recordedAt":"`)
	nextKey = []byte(`"type":"next"`)
)

// parseNext reads the position and recordedAt of each event of a "next"
// message (one, or a batch of ledgerEventBatches) without a full JSON
// decode: a thousand subscribers at a thousand events each is a million
// messages a second, and the generator shares the CPUs with the server.
// It calls fn with each, in order, and reports false for a message it
// cannot read.
func parseNext(b []byte, fn func(pos int64, at time.Time)) bool {
	n := 0
	for {
		i := bytes.Index(b, posKey)
		if i < 0 {
			return n > 0
		}
		rest := b[i+len(posKey):]
		j := 0
		for j < len(rest) && rest[j] >= '0' && rest[j] <= '9' {
			j++
		}
		pos, err := strconv.ParseInt(string(rest[:j]), 10, 64)
		if err != nil {
			return false
		}
		k := bytes.Index(rest, timeKey)
		if k < 0 {
			return false
		}
		rest = rest[k+len(timeKey):]
		e := bytes.IndexByte(rest, '"')
		if e < 0 {
			return false
		}
		at, err := time.Parse(time.RFC3339Nano, string(rest[:e]))
		if err != nil {
			return false
		}
		fn(pos, at)
		n++
		b = rest[e:]
	}
}

// read receives until the connection ends or ctx is done.
func (s *subscriber) read(ctx context.Context, keepLog bool) {
	defer close(s.done)
	for {
		_, b, err := s.conn.Read(ctx)
		now := time.Now()
		if err != nil {
			if ctx.Err() == nil {
				s.err = err
			}
			return
		}
		if bytes.Contains(b, nextKey) {
			if !parseNext(b, func(pos int64, at time.Time) { s.receive(pos, at, now, keepLog) }) {
				s.err = fmt.Errorf("unreadable next message: %.200s", b)
				return
			}
			continue
		}
		var m wsMessage
		if err := json.Unmarshal(b, &m); err != nil {
			s.err = fmt.Errorf("unreadable message: %.200s", b)
			return
		}
		switch m.Type {
		case "ping":
			if err := s.conn.Write(ctx, websocket.MessageText, []byte(`{"type":"pong"}`)); err != nil && ctx.Err() == nil {
				s.err = err
				return
			}
		case "pong":
		default: // error, complete: the subscription ended
			s.err = fmt.Errorf("subscription ended: %s %s", m.Type, m.Payload)
			return
		}
	}
}

func (s *subscriber) receive(pos int64, at, now time.Time, keepLog bool) {
	last := s.last.Load()
	from := atomic.LoadInt64(&s.from)
	if pos <= last {
		if s.isSeen(pos, from) {
			s.duplicates++
		} else {
			s.outOfOrder++
		}
	} else {
		s.last.Store(pos)
	}
	if from == 0 || pos <= from {
		return // before the measured writes: the sentinels
	}
	i := pos - from - 1
	for int64(len(s.seen))*64 <= i {
		s.seen = append(s.seen, 0)
	}
	s.seen[i/64] |= 1 << (i % 64)
	s.count++
	s.h.add(now.Sub(at))
	if keepLog {
		s.log = append(s.log, received{pos, now, at})
	}
}

func (s *subscriber) isSeen(pos, from int64) bool {
	if from == 0 || pos <= from {
		return false
	}
	i := pos - from - 1
	return i/64 < int64(len(s.seen)) && s.seen[i/64]&(1<<(i%64)) != 0
}

// runSubscribers opens the subscriptions, makes sure each is live with
// sentinel events, then writes events at the rate for the duration and
// checks what every subscriber received.
func runSubscribers(ctx context.Context, c *client, cfg Config, logw io.Writer) (*Result, error) {
	write := sourceWriter(c)
	subs, sentinel, closeSubs, err := openLive(ctx, cfg, write, func(i int) bool { return i < logged })
	defer closeSubs()
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(logw, "loadgen: every subscriber live at position %d; writing %d events/s for %s\n", sentinel, cfg.Rate, cfg.Duration)

	// Open-loop writes: event i is due at start + i/rate.
	type written struct {
		pos int64
		ok  time.Time
	}
	var (
		mu     sync.Mutex
		wh     hist
		werrs  errCounter
		wrote  []written
		unsent uint64
		wg     sync.WaitGroup
		due    = make(chan time.Time, cfg.Rate*int(cfg.Duration/time.Second+1))
		start  = time.Now()
		end    = start.Add(cfg.Duration)
		period = time.Second / time.Duration(cfg.Rate)
	)
	for range cfg.Writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for at := range due {
				if time.Now().After(end) {
					// Due in the window but not sent by its end: the server
					// (or the writers) did not keep up. Counted, not sent, so
					// the run stays bounded.
					mu.Lock()
					unsent++
					mu.Unlock()
					continue
				}
				p, err := write(ctx)
				now := time.Now()
				mu.Lock()
				wh.add(now.Sub(at))
				werrs.add(err)
				if err == nil {
					wrote = append(wrote, written{p, now})
				}
				mu.Unlock()
			}
		}()
	}
	for i := 0; ; i++ {
		at := start.Add(time.Duration(i) * period)
		if !at.Before(end) || ctx.Err() != nil {
			break
		}
		if d := time.Until(at); d > 0 {
			time.Sleep(d)
		}
		due <- at
	}
	close(due)
	wg.Wait()
	writeSecs := time.Since(start).Seconds()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	slices.SortFunc(wrote, func(a, b written) int { return int(a.pos - b.pos) })
	var lastPos int64
	if len(wrote) > 0 {
		lastPos = wrote[len(wrote)-1].pos
	}
	fmt.Fprintf(logw, "loadgen: wrote %d events in %.1f s; waiting for delivery\n", len(wrote), writeSecs)
	waitUntil(ctx, time.Now().Add(30*time.Second), func() bool { return allPast(subs, lastPos) })
	closeSubs()
	for _, s := range subs {
		<-s.done
	}

	res := &Result{Seconds: writeSecs, Requests: wh.n, Errors: werrs.n, FirstError: werrs.message(),
		Rate: float64(len(wrote)) / writeSecs, TargetRate: float64(cfg.Rate), Latency: wh.summary(),
		Subscribers: len(subs), Events: uint64(len(wrote)), Unsent: unsent}
	expected := make(map[int64]bool, len(wrote))
	for _, w := range wrote {
		expected[w.pos] = true
	}
	var dh, oh hist
	okAt := make(map[int64]time.Time, len(wrote))
	for _, w := range wrote {
		okAt[w.pos] = w.ok
	}
	for _, s := range subs {
		dh.merge(&s.h)
		res.count(s)
		for _, w := range wrote {
			if !s.isSeen(w.pos, sentinel) {
				res.Missing++
			}
		}
		res.Foreign += s.count - countSeen(s, expected, sentinel)
		for _, r := range s.log {
			if t, ok := okAt[r.pos]; ok {
				oh.add(r.at.Sub(t))
			}
		}
	}
	res.DeliveryRate = float64(res.Deliveries) / writeSecs
	d, o := dh.summary(), oh.summary()
	res.Delivery, res.DeliveryFromOK = &d, &o
	return res, nil
}

// dialAll opens n subscriptions, a few at a time: a thousand handshakes at
// once only measure the accept queue. The caller closes them (closeAll),
// also on an error.
func dialAll(ctx context.Context, target string, n int, token string, batch int) ([]*subscriber, error) {
	query := subscribeQuery
	if batch > 0 {
		query = fmt.Sprintf(batchQuery, batch)
	}
	subs := make([]*subscriber, n)
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		first error
		sem   = make(chan struct{}, 32)
	)
	for i := range subs {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			dctx, cancel := context.WithTimeout(ctx, 30*time.Second)
			defer cancel()
			conn, err := dialSubscriber(dctx, target, token, query)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				if first == nil {
					first = fmt.Errorf("subscriber %d: %w", i, err)
				}
				return
			}
			subs[i] = &subscriber{conn: conn, done: make(chan struct{})}
		}()
	}
	wg.Wait()
	return subs, first
}

// count adds what subscriber s received to the result: its deliveries,
// duplicates and events out of order, and whether it was dropped (the
// first such error is kept).
func (res *Result) count(s *subscriber) {
	res.Deliveries += s.count
	res.Duplicates += s.duplicates
	res.OutOfOrder += s.outOfOrder
	if s.err != nil {
		res.Dropped++
		if res.FirstError == "" {
			res.FirstError = s.err.Error()
		}
	}
}

// openLive dials cfg.Subscribers subscriptions, starts their readers (a
// reader keeps every receipt if keepLog says so for its index), and waits
// until every one is live: each has the sentinel event write records, and
// measures from its position on. closeSubs stops the readers and closes
// the connections; it is set even when err is not nil.
func openLive(ctx context.Context, cfg Config, write func(context.Context) (int64, error), keepLog func(int) bool) (subs []*subscriber, sentinel int64, closeSubs func(), err error) {
	readCtx, stopReading := context.WithCancel(ctx)
	closeSubs = func() { stopReading(); closeAll(subs) }
	target, err := wsURL(cfg.URL)
	if err != nil {
		return nil, 0, closeSubs, err
	}
	if subs, err = dialAll(ctx, target, cfg.Subscribers, cfg.Token, cfg.Batch); err != nil {
		return subs, 0, closeSubs, err
	}
	for i, s := range subs {
		go s.read(readCtx, keepLog(i))
	}
	if sentinel, err = waitLive(ctx, subs, write); err != nil {
		return subs, 0, closeSubs, err
	}
	for _, s := range subs {
		atomic.StoreInt64(&s.from, sentinel)
	}
	return subs, sentinel, closeSubs, nil
}

func closeAll(subs []*subscriber) {
	for _, s := range subs {
		if s != nil {
			s.conn.CloseNow()
		}
	}
}

// sourceWriter returns the mutation the scenarios write with: it registers
// a new source document and returns the position of its event.
func sourceWriter(c *client) func(context.Context) (int64, error) {
	runID := time.Now().UnixNano()
	var seq atomic.Int64
	return func(ctx context.Context) (int64, error) {
		n := seq.Add(1)
		vars := map[string]any{"in": map[string]any{
			"sourceId":  fmt.Sprintf("LOADGEN-%d-%d", runID, n),
			"publisher": "loadgen",
			"title":     fmt.Sprintf("load test source %d", n),
			"official":  false,
		}}
		var out struct {
			RegisterSource struct {
				Result     *struct{ Position int64 }
				UserErrors []struct{ Message, Rule string }
			}
		}
		if err := c.do(ctx, registerSource, vars, &out); err != nil {
			return 0, err
		}
		if ue := out.RegisterSource.UserErrors; len(ue) > 0 {
			return 0, fmt.Errorf("registerSource: %s (%s)", ue[0].Message, ue[0].Rule)
		}
		if out.RegisterSource.Result == nil {
			return 0, errors.New("registerSource: no result")
		}
		return out.RegisterSource.Result.Position, nil
	}
}

// waitLive writes sentinel events until every subscriber has received one
// (subscriptions start on the server a little after "subscribe" is sent),
// and returns the last sentinel's position. With no subscribers it writes
// one.
func waitLive(ctx context.Context, subs []*subscriber, write func(context.Context) (int64, error)) (int64, error) {
	deadline := time.Now().Add(60 * time.Second)
	for {
		sentinel, err := write(ctx)
		if err != nil {
			return 0, fmt.Errorf("sentinel: %w", err)
		}
		waitUntil(ctx, time.Now().Add(time.Second), func() bool { return allPast(subs, sentinel) })
		if allPast(subs, sentinel) {
			return sentinel, nil
		}
		if time.Now().After(deadline) {
			return 0, fmt.Errorf("not every subscriber received sentinel %d within 60 s; dropped: %d", sentinel, dropped(subs))
		}
	}
}

func countSeen(s *subscriber, expected map[int64]bool, from int64) uint64 {
	var n uint64
	for p := range expected {
		if s.isSeen(p, from) {
			n++
		}
	}
	return n
}

func allPast(subs []*subscriber, pos int64) bool {
	for _, s := range subs {
		select {
		case <-s.done:
			continue // dropped: counted in the result, not waited for
		default:
		}
		if s.last.Load() < pos {
			return false
		}
	}
	return true
}

func dropped(subs []*subscriber) int {
	n := 0
	for _, s := range subs {
		select {
		case <-s.done:
			n++
		default:
		}
	}
	return n
}

// waitUntil polls cond until it holds, the deadline passes or ctx is done.
func waitUntil(ctx context.Context, deadline time.Time, cond func() bool) {
	t := time.NewTicker(10 * time.Millisecond)
	defer t.Stop()
	for !cond() && time.Now().Before(deadline) {
		select {
		case <-t.C:
		case <-ctx.Done():
			return
		}
	}
}
