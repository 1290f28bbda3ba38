package progress

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/schollz/progressbar/v3"
)

// Options configure a Reporter. The zero value reports an unknown total of
// "items", detecting the terminal from the writer.
type Options struct {
	// Label starts every line, e.g. "import".
	Label string
	// Unit names what is counted, e.g. "events"; default "items".
	Unit string
	// Total is the expected count; 0 when unknown (no bar, no time left).
	Total int64
	// Interval between plain lines when not on a terminal; default 5s. On
	// a terminal the line is redrawn every 100ms at most.
	Interval time.Duration
	// Terminal forces the terminal (true) or plain (false) format; nil
	// detects it from the writer.
	Terminal *bool
	// Now is the clock of the plain lines; default time.Now. Tests inject
	// theirs. The terminal bar keeps its own time.
	Now func() time.Time
}

// Reporter counts the work done by a job and reports it. Its methods are
// safe for concurrent use. A nil *Reporter does nothing, so callers can pass
// one around unconditionally.
type Reporter struct {
	w        io.Writer
	label    string
	unit     string
	terminal bool
	interval time.Duration
	now      func() time.Time

	mu      sync.Mutex
	total   int64
	done    int64
	started time.Time
	last    time.Time // the last time a line was written
	printed bool      // a plain line was written
	ended   bool
	// bar draws the terminal line; nil off a terminal. It was handed
	// drawn of the units done.
	bar   *progressbar.ProgressBar
	drawn int64
}

// terminalRefresh is how often the terminal line is redrawn at most.
const terminalRefresh = 100 * time.Millisecond

// barWidth is the number of cells of the terminal bar (fewer on a narrow
// terminal).
const barWidth = 30

// New returns a Reporter writing to w, started now.
func New(w io.Writer, o Options) *Reporter {
	r := &Reporter{w: w, label: o.Label, unit: o.Unit, total: o.Total, interval: o.Interval, now: o.Now}
	if r.unit == "" {
		r.unit = "items"
	}
	if r.interval <= 0 {
		r.interval = 5 * time.Second
	}
	if r.now == nil {
		r.now = time.Now
	}
	if o.Terminal != nil {
		r.terminal = *o.Terminal
	} else {
		r.terminal = IsTerminal(w)
	}
	r.started = r.now()
	r.last = r.started
	if r.terminal {
		r.bar = newBar(w, r.label, r.unit, r.total)
	}
	return r
}

// newBar returns the terminal line: a bar when the total is known, the
// count, the rate, and the time left (or taken, once done).
func newBar(w io.Writer, label, unit string, total int64) *progressbar.ProgressBar {
	return progressbar.NewOptions64(barMax(total),
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription(label),
		progressbar.OptionSetWidth(barWidth),
		progressbar.OptionSetTheme(progressbar.Theme{Saucer: "=", SaucerHead: ">", SaucerPadding: " ", BarStart: "[", BarEnd: "]"}),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString(unit),
		// Drawn at once, so that its clock (the rate, the time left)
		// starts with the job.
		progressbar.OptionSetRenderBlankState(true),
		progressbar.OptionShowElapsedTimeOnFinish(),
		// No spinner of its own: it would redraw from a goroutine of the
		// library's, after Done too when the total was never known.
		progressbar.OptionSetSpinnerChangeInterval(0),
		progressbar.OptionOnCompletion(func() { fmt.Fprintln(w) }),
	)
}

// barMax is the bar's maximum for a total: -1 when it is unknown.
func barMax(total int64) int64 {
	if total <= 0 {
		return -1
	}
	return total
}

// IsTerminal reports whether w is a terminal.
func IsTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	return isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd())
}

// SetTotal sets the expected count, once it becomes known (0: unknown).
func (r *Reporter) SetTotal(total int64) {
	if r == nil {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	was := r.total
	r.total = total
	if r.bar == nil || r.ended {
		return
	}
	r.bar.ChangeMax64(barMax(total))
	if was <= 0 && r.drawn > 0 {
		// Without a total the library counts around its spinner; count
		// again from what was drawn (its rate restarts here).
		r.bar.Reset()
		r.drawn = 0
		r.draw()
	}
}

// Add counts n more units done, and writes a line if one is due.
func (r *Reporter) Add(n int64) {
	if r == nil {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.done += n
	switch {
	case r.ended:
	case r.bar != nil:
		if now := r.now(); now.Sub(r.last) >= terminalRefresh {
			r.last = now
			r.draw()
		}
	default:
		if now := r.now(); now.Sub(r.last) >= r.interval {
			r.write(now, false)
		}
	}
}

// Done ends the report. On a terminal it ends the line: full, with the
// time taken, when the job reached its total; as it was drawn last when it
// stopped short (on an error) or never knew its total. Elsewhere it writes
// a closing line only if the job was long enough to have written one
// before, so short jobs stay silent in logs. Later calls to Add still count
// but write nothing.
func (r *Reporter) Done() {
	if r == nil {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.ended {
		return
	}
	switch {
	case r.bar != nil:
		if r.drawn != r.done {
			r.draw()
		}
		if r.total <= 0 || r.done < r.total {
			// Finish would fill the bar: end the line as it is.
			_ = r.bar.Exit()
		}
	case r.printed:
		r.write(r.now(), true)
	}
	r.ended = true
}

// Count returns the units counted so far.
func (r *Reporter) Count() int64 {
	if r == nil {
		return 0
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.done
}

// draw hands the bar what was counted since it was last drawn, which
// redraws it; r.mu is held. The Reporter decides when (every
// terminalRefresh at most, by its clock), the library draws every time it
// is called. Past a total that was too low the bar stays full: the library
// refuses to count beyond its maximum.
func (r *Reporter) draw() {
	n := r.done - r.drawn
	if r.total > 0 {
		n = min(n, max(r.total-r.drawn, 0))
	}
	r.drawn += n
	_ = r.bar.Add64(n)
}

// write writes one plain line; r.mu is held.
func (r *Reporter) write(now time.Time, final bool) {
	s := Snapshot{Done: r.done, Total: r.total, Elapsed: now.Sub(r.started)}
	r.last, r.printed = now, true
	fmt.Fprintln(r.w, s.Plain(r.label, r.unit, final))
}

// Snapshot is the state of a job at one moment, from which the lines are
// formatted.
type Snapshot struct {
	Done, Total int64
	Elapsed     time.Duration
}

// Rate is the average number of units per second since the start; 0 before
// any time has passed.
func (s Snapshot) Rate() float64 {
	if s.Elapsed <= 0 {
		return 0
	}
	return float64(s.Done) / s.Elapsed.Seconds()
}

// Left estimates the time to finish at the average rate so far; ok is false
// when the total or the rate is unknown.
func (s Snapshot) Left() (left time.Duration, ok bool) {
	rate := s.Rate()
	if s.Total <= 0 || rate <= 0 {
		return 0, false
	}
	rest := max(s.Total-s.Done, 0)
	return time.Duration(float64(rest) / rate * float64(time.Second)), true
}

// Plain formats the line written when not on a terminal, e.g.
//
//	import: 120000 of 400000 events (30%), 40000 events/s, 7s left
//	import: done, 400000 events in 10s, 40000 events/s
func (s Snapshot) Plain(label, unit string, final bool) string {
	var b strings.Builder
	if label != "" {
		b.WriteString(label + ": ")
	}
	if final {
		fmt.Fprintf(&b, "done, %d %s in %s, %.0f %s/s", s.Done, unit, round(s.Elapsed), s.Rate(), unit)
		return b.String()
	}
	if s.Total > 0 {
		fmt.Fprintf(&b, "%d of %d %s (%d%%)", s.Done, s.Total, unit, percent(s.Done, s.Total))
	} else {
		fmt.Fprintf(&b, "%d %s", s.Done, unit)
	}
	fmt.Fprintf(&b, ", %.0f %s/s", s.Rate(), unit)
	if left, ok := s.Left(); ok {
		fmt.Fprintf(&b, ", %s left", round(left))
	} else {
		fmt.Fprintf(&b, ", %s elapsed", round(s.Elapsed))
	}
	return b.String()
}

// percent is done/total in whole percent, capped at 100.
func percent(done, total int64) int64 {
	if total <= 0 {
		return 0
	}
	return min(max(done, 0)*100/total, 100)
}

// round keeps durations readable: whole seconds, or tenths below 10s.
func round(d time.Duration) time.Duration {
	if d < 10*time.Second {
		return d.Round(100 * time.Millisecond)
	}
	return d.Round(time.Second)
}
