package main

import (
	"bufio"
	"io"
	"sync"
	"time"
)

// logWriter gathers log lines and writes them at most every interval, or
// sooner when a block's worth waits: the server's line per GraphQL
// operation written on its own cost a system call per request, about 4 % of
// its CPU on small queries. Lines are written whole, so other writers of the
// same file interleave with them line by line. Close writes what is left.
type logWriter struct {
	mu     sync.Mutex
	w      *bufio.Writer
	stop   chan struct{}
	done   chan struct{}
	closed bool
}

func newLogWriter(w io.Writer, interval time.Duration) *logWriter {
	lw := &logWriter{w: bufio.NewWriterSize(w, 64<<10), stop: make(chan struct{}), done: make(chan struct{})}
	go func() {
		defer close(lw.done)
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				lw.flush()
			case <-lw.stop:
				return
			}
		}
	}()
	return lw
}

// Write takes one log line (slog writes each record in one call).
func (lw *logWriter) Write(p []byte) (int, error) {
	lw.mu.Lock()
	defer lw.mu.Unlock()
	if len(p) > lw.w.Available() && lw.w.Buffered() > 0 {
		if err := lw.w.Flush(); err != nil {
			return 0, err
		}
	}
	n, err := lw.w.Write(p)
	if lw.closed && err == nil {
		err = lw.w.Flush() // after Close, each line is written at once
	}
	return n, err
}

func (lw *logWriter) flush() error {
	lw.mu.Lock()
	defer lw.mu.Unlock()
	return lw.w.Flush()
}

// Close writes what is buffered; later lines are written at once.
func (lw *logWriter) Close() error {
	lw.mu.Lock()
	if lw.closed {
		lw.mu.Unlock()
		return nil
	}
	lw.closed = true
	lw.mu.Unlock()
	close(lw.stop)
	<-lw.done
	return lw.flush()
}
