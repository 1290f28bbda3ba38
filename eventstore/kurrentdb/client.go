package kurrentdb

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"

	"github.com/EventStore/EventStore-Client-Go/v4/esdb"
	"google.golang.org/grpc/metadata"

	"github.com/controlsledger/ledger/eventstore"
)

// conn is one esdb client and the calls using it.
//
// The client has two traits the Store works around. A client whose
// discovery fails (the first connection, or a reconnection after the server
// went away) closes itself for good and answers every later call with
// ErrorCodeConnectionClosed: the Store then retires it and builds a new
// one. And a call that reaches the client while it is in that state can
// block inside the library for ever, and closing the client under such a
// call panics: so every call runs in its own goroutine that the caller
// stops waiting for when its context ends, and a retired client is closed
// only once no call uses it.
type conn struct {
	client  *esdb.Client
	users   int  // calls in progress; guarded by Store.mu
	retired bool // replaced; closed when users drops to 0
}

// parseConnString parses a connection string without ever repeating it in
// an error, since it may carry a password.
func parseConnString(connString string) (*esdb.Configuration, error) {
	cfg, err := esdb.ParseConnectionString(connString)
	if err != nil {
		var urlErr *url.Error
		if errors.As(err, &urlErr) {
			err = urlErr.Err // url.Error quotes the whole string
		}
		return nil, fmt.Errorf("kurrentdb: invalid connection string: %s", translate(err))
	}
	return cfg, nil
}

// describeAddress names the server(s) of a configuration for messages,
// without credentials.
func describeAddress(cfg *esdb.Configuration) string {
	if len(cfg.GossipSeeds) > 0 {
		seeds := make([]string, len(cfg.GossipSeeds))
		for i, seed := range cfg.GossipSeeds {
			seeds[i] = seed.String()
		}
		return strings.Join(seeds, ",")
	}
	return cfg.Address
}

// clientLogger adapts Options.Logf to the client's logging hook.
func clientLogger(logf func(format string, args ...any)) esdb.LoggingFunc {
	if logf == nil {
		return esdb.NoopLogging()
	}
	return func(level esdb.LogLevel, format string, args ...any) {
		logf("kurrentdb client: "+level+": "+format, args...)
	}
}

func (s *Store) newConn() (*conn, error) {
	client, err := esdb.NewClient(s.cfg)
	if err != nil {
		return nil, fmt.Errorf("kurrentdb %s: %w", s.addr, translate(err))
	}
	return &conn{client: client}, nil
}

// acquire returns the current client for one call; release must follow.
func (s *Store) acquire() (*conn, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cur == nil {
		return nil, eventstore.ErrClosed
	}
	s.cur.users++
	return s.cur, nil
}

func (s *Store) release(c *conn) {
	s.mu.Lock()
	c.users--
	closeIt := c.retired && c.users == 0
	s.mu.Unlock()
	if closeIt {
		c.client.Close()
	}
}

// retire replaces c, if it is still the current client, by a new client,
// and closes c once no call uses it.
func (s *Store) retire(c *conn) {
	s.mu.Lock()
	current := s.cur == c && !c.retired
	s.mu.Unlock()
	if !current {
		return
	}
	fresh, err := s.newConn()
	s.mu.Lock()
	var closeOld *conn
	if s.cur == c && !c.retired {
		if err == nil {
			s.cur, fresh = fresh, nil
			c.retired = true
		}
		// A configuration that made one client cannot fail to make
		// another; should it, the old client stays.
	}
	if c.retired && c.users == 0 {
		closeOld = c
	}
	s.mu.Unlock()
	if fresh != nil {
		fresh.client.Close()
	}
	if closeOld != nil {
		closeOld.client.Close()
	}
}

// dropClient retires the current client for good, at Close.
func (s *Store) dropClient() {
	s.mu.Lock()
	c := s.cur
	s.cur = nil
	closeIt := false
	if c != nil && !c.retired {
		c.retired = true
		closeIt = c.users == 0
	}
	s.mu.Unlock()
	if closeIt {
		c.client.Close()
	}
}

// errNoAnswer reports a call that the server did not answer within
// Options.CallTimeout.
var errNoAnswer = errors.New("no answer")

// call runs fn with the current client, in a goroutine of its own (see
// conn), and returns fn's error untranslated. It stops waiting when ctx ends
// (returning ctx's error) or after Options.CallTimeout; a client that timed
// out is retired. A call refused because the client closed itself is
// repeated once on a new client: such a call sent nothing.
//
// fn may set variables of the caller; the caller must read them only when
// call returns nil or fn's own error.
func (s *Store) call(ctx context.Context, fn func(ctx context.Context, c *esdb.Client) error) error {
	ctx = leaderOnly(ctx)
	notLeader := 0
	wait := resubscribeBackoff
	for attempt := 1; ; attempt++ {
		c, err := s.acquire()
		if err != nil {
			return err
		}
		cctx, cancel := context.WithTimeout(ctx, s.opts.CallTimeout)
		done := make(chan error, 1)
		go func() {
			defer s.release(c)
			done <- fn(cctx, c.client)
		}()
		select {
		case err = <-done:
		case <-cctx.Done():
			select {
			case err = <-done: // finished meanwhile
			default:
				cancel()
				if ctx.Err() != nil {
					return ctx.Err()
				}
				s.retire(c)
				return fmt.Errorf("kurrentdb %s: %w within %v", s.addr, errNoAnswer, s.opts.CallTimeout)
			}
		}
		cancel()
		if attempt == 1 && isConnectionClosed(err) {
			s.retire(c)
			continue
		}
		if (isNotLeader(err) || isConnClosing(err)) && notLeader < maxNotLeader {
			// A follower refused the call without executing it, and the
			// client is reconnecting to the leader it named; a call made
			// while it closes the old connection is refused before it
			// starts.
			notLeader++
			s.logf("kurrentdb: %s answered not-leader (%d of %d); repeating the call on the leader in %v", s.addr, notLeader, maxNotLeader, wait)
			if err := sleep(ctx, wait); err != nil {
				return err
			}
			wait = min(2*wait, maxBackoff)
			continue
		}
		return err
	}
}

// maxNotLeader is how many not-leader answers one call takes before it
// reports the last one: during an election each node may name another.
const maxNotLeader = 5

// requiresLeader is the gRPC metadata by which KurrentDB serves a call on
// the leader only; a follower answers not-leader with the leader's
// address.
const requiresLeader = "requires-leader"

// leaderOnly marks every call of ctx as one only the leader may serve.
// The ledger index, the conflict checks of appends and the reads that
// look events up in the index all need the current state: a lagging
// follower would answer with events the index does not hold yet (ReadAll
// "ends before ledger position..."), or a stream version behind the one a
// conflict was refused for. Client v4.2.0 cannot ask for it (its
// RequiresLeader option and NodePreference=leader set the header on the
// incoming context, which gRPC does not send), so the adapter sets it on
// the outgoing one.
func leaderOnly(ctx context.Context) context.Context {
	if md, ok := metadata.FromOutgoingContext(ctx); ok && len(md.Get(requiresLeader)) > 0 {
		return ctx
	}
	return metadata.AppendToOutgoingContext(ctx, requiresLeader, "true")
}

// ping reads the last event of $all: proof that the client reached a node
// that serves reads.
func ping(ctx context.Context, c *esdb.Client) error {
	rs, err := c.ReadAll(ctx, esdb.ReadAllOptions{Direction: esdb.Backwards, From: esdb.End{}}, 1)
	if err != nil {
		return err
	}
	defer rs.Close()
	if _, err := rs.Recv(); err != nil && !errors.Is(err, io.EOF) {
		return err
	}
	return nil
}

// connect makes sure the client reaches the server, rebuilding it between
// attempts (a client whose first connection failed never connects again).
func (s *Store) connect(ctx context.Context) error {
	wait := s.opts.ConnectBackoff
	var err error
	for attempt := 1; ; attempt++ {
		err = s.call(ctx, ping)
		if err == nil {
			return nil
		}
		if isAccessDenied(err) {
			// Another attempt would be refused alike.
			return fmt.Errorf("kurrentdb: connect to %s: %w", s.addr, translate(err))
		}
		if ctx.Err() != nil {
			return fmt.Errorf("kurrentdb: connect to %s: %w", s.addr, ctx.Err())
		}
		if attempt == s.opts.ConnectAttempts {
			break
		}
		s.logf("kurrentdb: connect to %s, attempt %d of %d: %v", s.addr, attempt, s.opts.ConnectAttempts, translate(err))
		if c, aerr := s.acquire(); aerr == nil {
			s.release(c)
			s.retire(c)
		}
		if err := sleep(ctx, wait); err != nil {
			return fmt.Errorf("kurrentdb: connect to %s: %w", s.addr, err)
		}
		wait = min(2*wait, maxBackoff)
	}
	return fmt.Errorf("kurrentdb: cannot reach %s after %d attempts: %w", s.addr, s.opts.ConnectAttempts, translate(err))
}

// sleep waits for d or until ctx ends.
func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
