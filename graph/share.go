package graph

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"sync"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// Identical subscriptions share one execution per message. Subscribers of
// ledgerEvents or ledgerEventBatches whose operations are the same (the
// document, the operation name, the variables but `after`, and the role
// of the client) receive the same message for the same events, so the
// message is executed and encoded by gqlgen once and its response given to
// each of them: a list snapshot sent to a hundred subscribers costs one
// execution per message, not a hundred.
//
// How, within gqlgen's extension points: an operation interceptor
// (messageCache.aroundOperations) puts a shared stream in the context of
// a shareable subscription and wraps the ResponseHandler the transport
// calls for each message. Before it hands a message over, the resolver
// knows its identity (the operation's key and the positions of the first
// and last events it carries) and asks the cache: on a hit it hands the
// cached response to the wrapper, which returns it without running
// gqlgen's handler at all; on a miss it becomes the one computation of
// that identity (others that ask meanwhile wait for it), hands the events
// to gqlgen as without sharing, and the wrapper stores gqlgen's response.
// A response with errors is neither stored nor shared: whoever waited for
// it computes its own.
//
// The wrapper asks for a message only when its transport is ready for one
// (it sends on shared.items), so that a slow client delays no one: its
// subscription claims an identity only once its transport waits.

// shareFields are the subscriptions whose messages are shared.
var shareFields = map[string]bool{"ledgerEvents": true, "ledgerEventBatches": true}

// messageCache holds the encoded messages of shared subscriptions, bounded
// by their bytes, and the computations in flight.
type messageCache struct {
	lru     *byteLRU[*graphql.Response]
	mu      sync.Mutex
	flights map[string]*flight
	report  func(CacheReport)
}

// flight is one execution of a message that others wait for. done closes
// when resp is set: nil if the execution failed, had errors or never ran.
type flight struct {
	once sync.Once
	done chan struct{}
	resp *graphql.Response
}

// messageOverhead is what a cached message takes beside its key and data:
// the response, the list element and the index entry. A message of one
// small event is a few dozen bytes of data: without it the budget would
// count a third of what such messages hold.
const messageOverhead = 256

func newMessageCache(budget int, report func(CacheReport)) *messageCache {
	// One message may take at most an eighth of the budget, as an answer
	// may of the answer cache.
	return &messageCache{flights: map[string]*flight{}, report: report,
		lru: newByteLRU(budget, budget/8, func(key string, r *graphql.Response) int { return messageOverhead + len(key) + len(r.Data) })}
}

// shared is a shared subscription's side of the cache.
type shared struct {
	cache *messageCache
	// key is the operation's key: the identity of a message is the key and
	// the positions of its events.
	key string
	// items carries, for each message, the channel its item comes on:
	// the resolver sends it when the transport's wrapper waits for a
	// message, then claims the message's identity and sends the item. The
	// resolver closes it when the stream ends.
	items chan chan shareItem
	// started is set when the resolver started the stream; until then the
	// wrapper waits for nothing (an error answer is gqlgen's alone).
	started bool
}

// shareItem is one message: the response to send (a hit), or the flight
// the response gqlgen computes next completes (a miss).
type shareItem struct {
	resp   *graphql.Response
	flight *flight
	id     string
}

type sharedKey struct{}

func sharedFrom(ctx context.Context) *shared {
	s, _ := ctx.Value(sharedKey{}).(*shared)
	return s
}

// aroundOperations is the operation interceptor that shares the messages
// of a shareable subscription.
func (c *messageCache) aroundOperations(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	if !graphql.HasOperationContext(ctx) {
		return next(ctx)
	}
	key, ok := shareKey(graphql.GetOperationContext(ctx), principal(ctx).Role)
	if !ok {
		return next(ctx)
	}
	s := &shared{cache: c, key: key, items: make(chan chan shareItem)}
	h := next(context.WithValue(ctx, sharedKey{}, s))
	if !s.started {
		return h
	}
	return func(ctx context.Context) *graphql.Response {
		if ctx.Err() != nil {
			return nil
		}
		var (
			slot chan shareItem
			ok   bool
		)
		select {
		case slot, ok = <-s.items:
		case <-ctx.Done():
			return nil
		}
		if !ok {
			return h(ctx) // the stream ended: gqlgen's channel is closed
		}
		it, ok := <-slot
		if !ok {
			// The stream ended (gqlgen's channel is closed) or its
			// resolver gave up on this message.
			return h(ctx)
		}
		if it.resp != nil {
			return it.resp
		}
		defer it.flight.finish(c, it.id, nil) // if gqlgen's handler panics
		resp := h(ctx)
		it.flight.finish(c, it.id, resp)
		return resp
	}
}

// hand hands a message over to the transport's wrapper when it waits for
// one, during a turn of t: a cached response, or else send (which hands the
// message's events to gqlgen) after the identity id is claimed. It is the
// shared counterpart of sendInTurn.
func (s *shared) hand(ctx context.Context, t *turn, id string, events int, send func() error) error {
	slot := make(chan shareItem, 1)
	defer close(slot)
	id = s.key + id
	if resp, ok := s.cache.lru.Get(ctx, id); ok {
		// The common case, claimed before waiting: one hand-over.
		slot <- shareItem{resp: resp}
		s.cache.observe(true, id)
		return sendInTurn(ctx, t, s.items, slot, events)
	}
	if err := sendInTurn(ctx, t, s.items, slot, events); err != nil {
		return err
	}
	resp, fl, err := s.cache.claim(ctx, id)
	if err != nil {
		return err
	}
	if resp != nil {
		slot <- shareItem{resp: resp}
		s.cache.observe(true, id)
		return nil
	}
	slot <- shareItem{flight: fl, id: id}
	s.cache.observe(false, id)
	if err := send(); err != nil {
		// gqlgen never had the events: no response will come.
		fl.finish(s.cache, id, nil)
		return err
	}
	return nil
}

// claim returns the response of message id if it is cached or being
// computed (waiting for it), or else a flight that the caller must finish.
func (c *messageCache) claim(ctx context.Context, id string) (*graphql.Response, *flight, error) {
	for {
		c.mu.Lock()
		if resp, ok := c.lru.Get(ctx, id); ok {
			c.mu.Unlock()
			return resp, nil, nil
		}
		fl, ok := c.flights[id]
		if !ok {
			fl = &flight{done: make(chan struct{})}
			c.flights[id] = fl
			c.mu.Unlock()
			return nil, fl, nil
		}
		c.mu.Unlock()
		select {
		case <-fl.done:
		case <-ctx.Done():
			return nil, nil, ctx.Err()
		}
		if fl.resp != nil {
			return fl.resp, nil, nil
		}
		// That execution failed: one of those who waited computes it.
	}
}

// finish completes the flight of message id with resp, the first time it
// is called: a response with data and no errors is stored and given to
// those who wait; any other leaves them to compute their own.
func (f *flight) finish(c *messageCache, id string, resp *graphql.Response) {
	f.once.Do(func() {
		ok := resp != nil && len(resp.Errors) == 0 && len(resp.Data) > 0
		if ok {
			// gqlgen encodes each message of a subscription into the same
			// buffer: the data is its until the next message.
			kept := *resp
			kept.Data = bytes.Clone(resp.Data)
			resp = &kept
		}
		c.mu.Lock()
		if ok {
			c.lru.Add(context.Background(), id, resp)
			f.resp = resp
		}
		delete(c.flights, id)
		c.mu.Unlock()
		close(f.done)
	})
}

func (c *messageCache) observe(hit bool, id string) {
	if c.report == nil {
		return
	}
	c.report(c.lru.report(hit, id))
}

// shareKey returns the key of a subscription whose messages can be
// shared, and false for any other operation. Two subscriptions with the
// same key receive the same message for the same events: the key covers
// the document, the operation's name, the role of the client and the
// variables, but a variable used only as the subscription's `after`
// (where a subscription starts does not change what a message of given
// events holds). A selection whose answer depends on when it is executed
// (an inclusion proof in the whole ledger, which grows) is not shared.
func shareKey(oc *graphql.OperationContext, role Role) (string, bool) {
	if oc == nil || oc.Operation == nil || oc.Operation.Operation != ast.Subscription || oc.Doc == nil {
		return "", false
	}
	roots := graphql.CollectFields(oc, oc.Operation.SelectionSet, []string{"Subscription"})
	if len(roots) != 1 || !shareFields[roots[0].Name] {
		return "", false
	}
	root := roots[0]
	used := map[string]bool{}
	for _, d := range root.Directives {
		variables(d.Arguments, used)
	}
	for _, a := range root.Arguments {
		if a.Name != "after" {
			variables(ast.ArgumentList{a}, used)
		}
	}
	if !shareable(oc, root.Selections, used, map[string]bool{}) {
		return "", false
	}
	after := root.Arguments.ForName("after")
	vars := map[string]any{}
	for name, v := range oc.Variables {
		if after == nil || after.Value.Kind != ast.Variable || after.Value.Raw != name || used[name] {
			vars[name] = v
		}
	}
	// json.Marshal writes a map's keys sorted: the same variables give
	// the same bytes.
	v, err := json.Marshal(vars)
	if err != nil {
		return "", false
	}
	h := sha256.New()
	for _, part := range []string{oc.RawQuery, oc.OperationName, string(v), role.String()} {
		fmt.Fprintf(h, "%d:%s", len(part), part)
	}
	return fmt.Sprintf("%x/%s/", h.Sum(nil)[:16], root.Name), true
}

// shareable walks a selection: it adds the variables its arguments and
// directives use to used, and reports false if it asks for an inclusion
// proof in the whole ledger (no treeSize).
func shareable(oc *graphql.OperationContext, sels ast.SelectionSet, used, seen map[string]bool) bool {
	for _, sel := range sels {
		switch s := sel.(type) {
		case *ast.Field:
			variables(s.Arguments, used)
			for _, d := range s.Directives {
				variables(d.Arguments, used)
			}
			if s.Name == "inclusionProof" && s.ArgumentMap(oc.Variables)["treeSize"] == nil {
				return false
			}
			if !shareable(oc, s.SelectionSet, used, seen) {
				return false
			}
		case *ast.InlineFragment:
			for _, d := range s.Directives {
				variables(d.Arguments, used)
			}
			if !shareable(oc, s.SelectionSet, used, seen) {
				return false
			}
		case *ast.FragmentSpread:
			for _, d := range s.Directives {
				variables(d.Arguments, used)
			}
			if seen[s.Name] {
				continue
			}
			seen[s.Name] = true
			f := oc.Doc.Fragments.ForName(s.Name)
			if f == nil || !shareable(oc, f.SelectionSet, used, seen) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// variables adds the variables that args use to used.
func variables(args ast.ArgumentList, used map[string]bool) {
	var walk func(v *ast.Value)
	walk = func(v *ast.Value) {
		if v == nil {
			return
		}
		if v.Kind == ast.Variable {
			used[v.Raw] = true
		}
		for _, c := range v.Children {
			walk(c.Value)
		}
	}
	for _, a := range args {
		walk(a.Value)
	}
}
