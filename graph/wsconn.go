package graph

import (
	"bufio"
	"errors"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql/handler/transport"
)

// coalescingWebsocket accepts websockets whose writes are coalesced:
// messages written while the last ones are still being sent go out
// together, in one system call (see batchConn).
type coalescingWebsocket struct {
	transport.WebsocketImplementation
}

func (c coalescingWebsocket) Accept(w http.ResponseWriter, r *http.Request, opts transport.WebsocketAcceptOptions) (transport.WebsocketConn, error) {
	return c.WebsocketImplementation.Accept(coalescingHijacker{w}, r, opts)
}

// coalescingHijacker hands the websocket library a batchConn when it takes
// over the connection.
type coalescingHijacker struct {
	http.ResponseWriter
}

func (h coalescingHijacker) Hijack() (net.Conn, *bufio.ReadWriter, error) {
	conn, brw, err := http.NewResponseController(h.ResponseWriter).Hijack()
	if err != nil {
		return nil, nil, err
	}
	bc := newBatchConn(conn)
	return bc, bufio.NewReadWriter(brw.Reader, bufio.NewWriter(bc)), nil
}

func (h coalescingHijacker) Unwrap() http.ResponseWriter { return h.ResponseWriter }

// maxPending is how many bytes a batchConn holds unsent before a write
// waits, as a full socket buffer would make it wait.
const maxPending = 1 << 20

// closeDrain bounds how long Close waits for the bytes still unsent (the
// websocket's closing frame among them) before it closes the connection.
const closeDrain = time.Second

// batchConn is a connection whose Write returns once its bytes are queued:
// a goroutine sends them, and whatever is written while it sends goes out
// in its next system call. The transport writes each subscription message
// with a flush of its own, one system call each (about 8 µs on loopback,
// and as much again for the reader); a hundred subscribers receiving a
// list snapshot of hundreds of events is tens of thousands of them. An
// error of the connection is returned by the next Write.
type batchConn struct {
	net.Conn
	mu       sync.Mutex
	drained  *sync.Cond // signalled when the sender has sent what it took
	pending  []byte
	spare    []byte
	sending  bool
	err      error
	closeErr error
	closed   bool
}

func newBatchConn(c net.Conn) *batchConn {
	bc := &batchConn{Conn: c}
	bc.drained = sync.NewCond(&bc.mu)
	return bc
}

func (c *batchConn) Write(p []byte) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for c.err == nil && !c.closed && len(c.pending) > 0 && len(c.pending)+len(p) > maxPending {
		c.drained.Wait()
	}
	switch {
	case c.err != nil:
		return 0, c.err
	case c.closed:
		return 0, net.ErrClosed
	}
	c.pending = append(c.pending, p...)
	if !c.sending {
		c.sending = true
		go c.send()
	}
	return len(p), nil
}

// send writes the pending bytes until there are none.
func (c *batchConn) send() {
	c.mu.Lock()
	defer c.mu.Unlock()
	for len(c.pending) > 0 && c.err == nil {
		out := c.pending
		c.pending = c.spare[:0]
		c.mu.Unlock()
		_, err := c.Conn.Write(out)
		c.mu.Lock()
		c.spare = out[:0]
		if err != nil {
			c.err = err
		}
		c.drained.Broadcast()
	}
	c.pending = c.pending[:0]
	c.sending = false
	c.drained.Broadcast()
}

// Close sends what is pending, waiting at most closeDrain (a peer that
// reads nothing must not hold the connection open), then closes it.
func (c *batchConn) Close() error {
	c.mu.Lock()
	if c.closed {
		c.mu.Unlock()
		return c.closeErr
	}
	if c.sending {
		timer := time.AfterFunc(closeDrain, func() {
			c.mu.Lock()
			c.err = errors.Join(c.err, net.ErrClosed)
			c.mu.Unlock()
			c.Conn.Close() // ends the sender's write
			c.drained.Broadcast()
		})
		for c.sending {
			c.drained.Wait()
		}
		timer.Stop()
	}
	c.closed = true
	c.mu.Unlock()
	err := c.Conn.Close()
	if errors.Is(err, net.ErrClosed) {
		err = nil // closed above, when the drain timed out
	}
	c.mu.Lock()
	c.closeErr = err
	c.drained.Broadcast()
	c.mu.Unlock()
	return err
}
