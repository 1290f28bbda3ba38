package progress

import (
	"bytes"
	"io"
	"strings"
	"sync"
	"testing"
	"time"
)

// clock is a settable clock for tests.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }

func (c *clock) advance(d time.Duration) { c.mu.Lock(); c.t = c.t.Add(d); c.mu.Unlock() }

func newClock() *clock { return &clock{t: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)} }

func ptr[T any](v T) *T { return &v }

func TestSnapshotRateAndLeft(t *testing.T) {
	for _, tc := range []struct {
		name   string
		s      Snapshot
		rate   float64
		left   time.Duration
		leftOK bool
	}{
		{"a third done in 10s", Snapshot{Done: 100, Total: 300, Elapsed: 10 * time.Second}, 10, 20 * time.Second, true},
		{"unknown total", Snapshot{Done: 100, Elapsed: 4 * time.Second}, 25, 0, false},
		{"no time yet", Snapshot{Done: 0, Total: 300}, 0, 0, false},
		{"nothing done", Snapshot{Done: 0, Total: 300, Elapsed: time.Second}, 0, 0, false},
		{"more than the total", Snapshot{Done: 400, Total: 300, Elapsed: 2 * time.Second}, 200, 0, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.s.Rate(); got != tc.rate {
				t.Errorf("Rate() = %v, want %v", got, tc.rate)
			}
			left, ok := tc.s.Left()
			if left != tc.left || ok != tc.leftOK {
				t.Errorf("Left() = %v, %v, want %v, %v", left, ok, tc.left, tc.leftOK)
			}
		})
	}
}

func TestPlainLinesAreWrittenEveryInterval(t *testing.T) {
	c := newClock()
	var out bytes.Buffer
	r := New(&out, Options{Label: "import", Unit: "events", Total: 1000, Interval: 5 * time.Second, Terminal: ptr(false), Now: c.Now})

	r.Add(100)
	c.advance(4 * time.Second)
	r.Add(100) // 4s: not yet due
	if out.Len() != 0 {
		t.Fatalf("a line before the interval: %q", out.String())
	}
	c.advance(1 * time.Second)
	r.Add(50) // 5s: 250 of 1000 at 50/s, 750 left: 15s
	c.advance(1 * time.Second)
	r.Add(50) // 6s: not due again until 10s
	c.advance(4 * time.Second)
	r.Add(100) // 10s: 400 at 40/s, 600 left: 15s
	c.advance(2500 * time.Millisecond)
	r.Add(600)
	r.Done() // 12.5s (rounded up): 1000 at 80/s

	want := []string{
		"import: 250 of 1000 events (25%), 50 events/s, 15s left",
		"import: 400 of 1000 events (40%), 40 events/s, 15s left",
		"import: done, 1000 events in 13s, 80 events/s",
	}
	if got := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n"); !equal(got, want) {
		t.Errorf("lines:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestPlainUnknownTotal(t *testing.T) {
	c := newClock()
	var out bytes.Buffer
	r := New(&out, Options{Label: "export", Unit: "rows", Terminal: ptr(false), Now: c.Now})
	c.advance(8 * time.Second)
	r.Add(2000)
	if got, want := out.String(), "export: 2000 rows, 250 rows/s, 8s elapsed\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestShortJobIsSilentOffTerminal(t *testing.T) {
	c := newClock()
	var out bytes.Buffer
	r := New(&out, Options{Label: "import", Total: 10, Terminal: ptr(false), Now: c.Now})
	r.Add(10)
	c.advance(time.Second)
	r.Done()
	if out.Len() != 0 {
		t.Errorf("a job shorter than the interval wrote %q", out.String())
	}
}

// lines returns the lines a terminal shows one after the other in out:
// what each carriage return starts, blanks left out; and whether out ends
// the line.
func lines(out string) (shown []string, ended bool) {
	for _, l := range strings.Split(out, "\r") {
		if strings.TrimSpace(l) != "" {
			shown = append(shown, strings.TrimRight(l, " "))
		}
	}
	return shown, strings.HasSuffix(out, "\n") && strings.Count(out, "\n") == 1
}

func TestTerminalRedrawsOneLine(t *testing.T) {
	c := newClock()
	var out bytes.Buffer
	r := New(&out, Options{Label: "import", Unit: "events", Total: 200, Terminal: ptr(true), Now: c.Now})
	c.advance(time.Second)
	r.Add(50) // 25%
	c.advance(10 * time.Millisecond)
	r.Add(1) // too soon to redraw
	c.advance(3 * time.Second)
	r.Add(149) // 100%: redrawn, and the line ends
	r.Done()
	shown, ended := lines(out.String())
	if !ended {
		t.Fatalf("the line is not ended once, at the end: %q", out.String())
	}
	if len(shown) != 3 {
		t.Fatalf("drawn %d times, want 3 (at the start, 25%%, done): %q", len(shown), shown)
	}
	for i, want := range []string{"import   0% [ ", "import  25% [======> ", "import 100% [==============================]"} {
		if !strings.HasPrefix(shown[i], want) {
			t.Errorf("line %d = %q, want it to start %q", i, shown[i], want)
		}
	}
	for i, want := range []string{"(0/200, ", "(50/200, ", "(200/200, "} {
		if !strings.Contains(shown[i], want) || !strings.Contains(shown[i], " events/") {
			t.Errorf("line %d = %q, want the count %q and a rate in events", i, shown[i], want)
		}
	}
}

func TestTerminalDoneShortOfTheTotal(t *testing.T) {
	c := newClock()
	var out bytes.Buffer
	r := New(&out, Options{Label: "verify", Unit: "events", Total: 200, Terminal: ptr(true), Now: c.Now})
	r.Add(40) // too soon to redraw, but Done draws what was counted
	r.Done()
	r.Add(10) // counted, not drawn
	shown, ended := lines(out.String())
	if !ended || len(shown) == 0 {
		t.Fatalf("output %q: want the line ended once", out.String())
	}
	if last := shown[len(shown)-1]; !strings.Contains(last, "(40/200, ") || strings.Contains(last, "100%") {
		t.Errorf("a job that stopped at 40 of 200 ends on %q", last)
	}
	if r.Count() != 50 {
		t.Errorf("Count() = %d, want 50", r.Count())
	}
}

func TestTerminalTotalKnownLate(t *testing.T) {
	c := newClock()
	var out bytes.Buffer
	r := New(&out, Options{Label: "verify", Unit: "events", Terminal: ptr(true), Now: c.Now})
	c.advance(time.Second)
	r.Add(30)
	if shown, _ := lines(out.String()); !strings.Contains(shown[len(shown)-1], "(30/-, ") {
		t.Errorf("without a total the line shows %q", shown[len(shown)-1])
	}
	r.SetTotal(60)
	c.advance(time.Second)
	r.Add(40) // ten more than the total: the bar stays full
	r.Done()
	shown, ended := lines(out.String())
	if last := shown[len(shown)-1]; !ended || !strings.Contains(last, " 100% ") || !strings.Contains(last, "(60/60, ") {
		t.Errorf("the job ends on %q (ended: %v)", last, ended)
	}
}

func TestConcurrentAddCountsEverything(t *testing.T) {
	var out bytes.Buffer
	r := New(&out, Options{Terminal: ptr(false), Interval: time.Hour})
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 1000 {
				r.Add(1)
			}
		})
	}
	wg.Wait()
	r.Done()
	if got := r.Count(); got != 8000 {
		t.Errorf("Count() = %d, want 8000", got)
	}
}

func TestNilReporterDoesNothing(t *testing.T) {
	var r *Reporter
	r.Add(1)
	r.SetTotal(3)
	r.Done()
	if r.Count() != 0 {
		t.Error("a nil reporter counted")
	}
}

func TestIsTerminalOfABuffer(t *testing.T) {
	if IsTerminal(&bytes.Buffer{}) {
		t.Error("a buffer is not a terminal")
	}
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// BenchmarkAdd times one Add as the long jobs call it, once per batch or
// command, on a terminal (drawn every 100ms) and in a pipe.
//
//	go test ./internal/progress -run '^$' -bench Add -benchtime 2000000x
func BenchmarkAdd(b *testing.B) {
	for _, terminal := range []bool{true, false} {
		name := map[bool]string{true: "terminal", false: "plain"}[terminal]
		b.Run(name, func(b *testing.B) {
			r := New(io.Discard, Options{Label: "import", Unit: "events", Total: 1 << 40, Terminal: ptr(terminal)})
			for b.Loop() {
				r.Add(1)
			}
			r.Done()
		})
	}
}
