package graph

import (
	"bytes"
	"fmt"
	"io"
	"net"
	"testing"
)

// TestBatchConnSendsEverythingInOrder writes many small messages, as the
// websocket transport does, and reads them at the other end: every byte
// arrives, in order, and Close sends what is still pending first.
func TestBatchConnSendsEverythingInOrder(t *testing.T) {
	client, server := net.Pipe()
	bc := newBatchConn(server)
	var want bytes.Buffer
	got := make(chan []byte, 1)
	go func() {
		b, _ := io.ReadAll(client)
		got <- b
	}()
	for i := range 5000 {
		msg := fmt.Appendf(nil, "message %d;", i)
		want.Write(msg)
		if _, err := bc.Write(msg); err != nil {
			t.Fatal(err)
		}
	}
	if err := bc.Close(); err != nil {
		t.Fatal(err)
	}
	if b := <-got; !bytes.Equal(b, want.Bytes()) {
		t.Fatalf("received %d bytes, want %d: %.80q...", len(b), want.Len(), b)
	}
	if _, err := bc.Write([]byte("late")); err == nil {
		t.Fatal("a write after Close succeeded")
	}
}

// TestBatchConnCloseWithAPeerThatReadsNothing closes a connection whose
// pending bytes cannot be sent: Close must not wait for them forever, and
// the next write reports the failure.
func TestBatchConnCloseWithAPeerThatReadsNothing(t *testing.T) {
	client, server := net.Pipe() // unbuffered: a write waits for a read
	defer client.Close()
	bc := newBatchConn(server)
	if _, err := bc.Write([]byte("never read")); err != nil {
		t.Fatal(err)
	}
	if err := bc.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := bc.Write([]byte("more")); err == nil {
		t.Fatal("a write after Close succeeded")
	}
}

// TestBatchConnReportsAFailedSend writes to a connection whose peer left:
// a write after the failure returns its error instead of queueing more.
func TestBatchConnReportsAFailedSend(t *testing.T) {
	client, server := net.Pipe()
	bc := newBatchConn(server)
	client.Close()
	for range 1000 {
		if _, err := bc.Write([]byte("x")); err != nil {
			bc.Close()
			return
		}
		bc.mu.Lock()
		for bc.sending {
			bc.drained.Wait()
		}
		bc.mu.Unlock()
	}
	t.Fatal("writes to a closed peer never failed")
}
