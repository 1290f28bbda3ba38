package main

import (
	"bufio"
	"context"
	"fmt"
	"log/slog"
	"math"
	"os"
	"runtime/debug"
	rtmetrics "runtime/metrics"
	"strconv"
	"strings"
	"sync/atomic"
	"time"
)

// Defaults of serve's --memory-limit and --memory-headroom: GOMEMLIMIT's
// limit if set, else, once the server has loaded, the live heap plus a
// quarter of it as room for garbage (followed every 10 s, widened while
// the collector takes more than a quarter of the CPU: see nextRoom), under
// a cap of three quarters of the memory the process may use (its
// container's limit, or the machine's memory). Under steady query load the
// resident size then grows 1.1-1.2x from idle, against 1.5-1.7x with the
// headroom off (GOGC alone). What a tight limit costs is the collector's
// work per cycle, which it repeats more often: each cycle marks the whole
// live heap, and the read models are held so that it has few objects and
// pointers to follow (a cycle of a million events' server: ~80 ms of CPU,
// against ~330-400 ms before the fourth wave of issue 20), so the
// collector took 14 % of the server's CPU under a load that kept both
// cores busy, and a request cost what it does without the limit
// (BENCHMARKS.md, "Memory under query load").
const (
	defaultMemoryLimit    = "auto"
	defaultMemoryHeadroom = "25%"
)

// minRoom is the least room the derived limit leaves for garbage: a small
// heap (the demo's) is then left to GOGC alone.
const minRoom = 64 << 20

// limitEvery is how often the derived limit follows the live heap, and the
// window of the GC CPU fraction.
const limitEvery = 10 * time.Second

// gcBudget is the share of the CPU available to the process (GOMAXPROCS
// cores) the collector may take over a window before the derived limit
// leaves it more room (nextRoom). Each collection marks the whole live
// heap, so less room means proportionally more collections for the same
// garbage: with a quarter of the live heap as room, a server of a million
// events whose query load kept both cores busy gave half of them to the
// collector (BENCHMARKS.md, "Memory under query load"). A server with CPU
// to spare keeps the tighter limit: that is what a memory limit is for.
// Go's own guard stops the collector at half the CPU (and lets the heap
// exceed the limit).
const gcBudget = 0.25

// memoryLimit is the soft memory limit serve gives Go's runtime
// (runtime/debug.SetMemoryLimit): under it the garbage collector runs as
// GOGC says (a collection when the heap has doubled since the last);
// near it, more often, so that the garbage a burst of queries leaves does
// not double the resident size.
type memoryLimit struct {
	// Bytes is the limit; 0 is none. With Headroom it is the cap: the
	// limit until the server has loaded, and the most the derived limit
	// may be.
	Bytes int64
	// Headroom, above 0, derives the limit from the live heap once the
	// server has loaded: the least room for garbage, as a share of the
	// live heap (see derivedLimit, nextRoom and limiter).
	Headroom float64
	// From says where it comes from, for the log.
	From string
}

// parseMemoryLimit reads the --memory-limit and --memory-headroom settings.
// --memory-limit is "off" or "0" (none), a size in bytes with an optional
// unit (B, KB, MB, GB, KiB, MiB, GiB, TiB: "900MiB", "1.5GiB"), a percentage
// of the memory available ("60%"), or "auto": GOMEMLIMIT's limit when set
// (Go's runtime has applied it), otherwise a limit derived from the live
// heap with the headroom, a percentage of it ("25%"), capped at 75% of the
// memory available, or with the headroom off that cap alone. The headroom
// applies to auto only. available returns
// the memory the process may use (0 if unknown).
func parseMemoryLimit(s, headroom, gomemlimit string, available func() int64) (memoryLimit, error) {
	s = strings.TrimSpace(s)
	switch strings.ToLower(s) {
	case "off", "0", "none":
		return memoryLimit{From: "off"}, nil
	case "auto":
		if gomemlimit != "" {
			return memoryLimit{Bytes: debug.SetMemoryLimit(-1), From: "GOMEMLIMIT=" + gomemlimit}, nil
		}
		h, err := parseHeadroom(headroom)
		if err != nil {
			return memoryLimit{}, err
		}
		if h == 0 {
			s = "75%" // a cap only
			break
		}
		l := memoryLimit{Headroom: h, From: fmt.Sprintf("auto: the live heap + %s", strings.TrimSpace(headroom))}
		if avail := available(); avail > 0 {
			l.Bytes = avail / 4 * 3
			l.From += fmt.Sprintf(", at most 75%% of %d MiB available", avail>>20)
		}
		return l, nil
	}
	if p, ok := strings.CutSuffix(s, "%"); ok {
		pct, err := strconv.ParseFloat(p, 64)
		if err != nil || pct <= 0 || pct > 100 {
			return memoryLimit{}, fmt.Errorf("--memory-limit %q: a percentage must be above 0 and at most 100", s)
		}
		avail := available()
		if avail <= 0 {
			return memoryLimit{From: "off: the memory available is unknown"}, nil
		}
		return memoryLimit{Bytes: int64(float64(avail) * pct / 100), From: fmt.Sprintf("%s of %d MiB available", s, avail>>20)}, nil
	}
	n, err := parseBytes(s)
	if err != nil {
		return memoryLimit{}, fmt.Errorf("--memory-limit %q: want off, auto, a percentage (60%%) or a size (900MiB, 2GB): %w", s, err)
	}
	if n < 64<<20 {
		return memoryLimit{}, fmt.Errorf("--memory-limit %q: a limit under 64 MiB would keep the collector running; use off for none", s)
	}
	return memoryLimit{Bytes: n, From: "--memory-limit " + s}, nil
}

// parseHeadroom reads --memory-headroom: off (0: the limit is not derived
// from the live heap), or a percentage of the live heap, above 0 and at
// most 1000.
func parseHeadroom(s string) (float64, error) {
	if strings.EqualFold(strings.TrimSpace(s), "off") {
		return 0, nil
	}
	p, ok := strings.CutSuffix(strings.TrimSpace(s), "%")
	pct, err := strconv.ParseFloat(p, 64)
	if !ok || err != nil || !(pct > 0 && pct <= 1000) {
		return 0, fmt.Errorf("--memory-headroom %q: want off or a percentage of the live heap above 0 and at most 1000 (25%%)", s)
	}
	return pct / 100, nil
}

// derivedLimit is the limit for a live heap of live bytes (what the last
// collection found reachable: the read models, mostly) and overhead bytes
// of the runtime's own memory outside the heap (stacks, GC metadata):
// the live heap, room for the garbage allocated between two collections
// (room × live, at least minRoom), and the overhead; at most limitCap
// when it is above 0. Go counts heap and overhead against the limit.
func derivedLimit(live, overhead uint64, room float64, limitCap int64) int64 {
	bytes := max(uint64(float64(live)*room), minRoom)
	l := min(live+bytes+overhead, math.MaxInt64)
	if limitCap > 0 && int64(l) > limitCap {
		return limitCap
	}
	return int64(l)
}

// nextRoom is the room (a share of the live heap) the derived limit leaves
// for the next window, after a window in which the collector took gcShare
// of the CPU available with room. For the same garbage, the collector's
// CPU goes as the inverse of the room: room × gcShare / gcBudget would
// bring it to the budget. It moves by at most a factor of 2 a window, and
// stays between the headroom and the live heap itself (Go's default,
// GOGC=100, collects when the heap has doubled: more room than that and
// the limit would not bind) or the headroom if that is more.
func nextRoom(room, headroom, gcShare float64) float64 {
	f := min(max(gcShare/gcBudget, 0.5), 2)
	return min(max(room*f, headroom), max(1, headroom))
}

// runtimeSamples are the runtime/metrics the limiter reads, in this order.
var runtimeSamples = []string{
	"/gc/heap/live:bytes",
	"/memory/classes/total:bytes",
	"/memory/classes/heap/objects:bytes",
	"/memory/classes/heap/unused:bytes",
	"/memory/classes/heap/free:bytes",
	"/memory/classes/heap/released:bytes",
	"/cpu/classes/gc/total:cpu-seconds",
	"/cpu/classes/total:cpu-seconds",
}

// limiter applies a memoryLimit: the fixed limit (or the cap) at once,
// and, with a headroom, the derived limit once the server has loaded (its
// read models and Merkle tree ready, and the garbage of loading them
// collected: before, the live heap Go measured last may be a fraction of
// what serving holds), following the live heap every limitEvery. It also
// keeps the share of the CPU available to the process that went to garbage
// collection over the last window, for /metrics: a limit too close to the live heap
// shows there first (Go lets the collector take up to about half of the
// CPU before it lets the heap exceed the limit).
type limiter struct {
	limit   memoryLimit
	log     *slog.Logger
	samples []rtmetrics.Sample
	// logged is the derived limit last logged; a change of more than a
	// sixteenth of it is logged again.
	logged int64
	// room is the room for garbage, as a share of the live heap, that the
	// derived limit leaves now: Headroom, or more (nextRoom).
	room float64
	// gc, avail: the GC's CPU seconds and the CPU seconds available to
	// the process (Go's estimates: GOMAXPROCS × time) at the last tick.
	gc, avail  float64
	gcFraction atomic.Uint64 // float64 bits
}

func newLimiter(l memoryLimit, log *slog.Logger) *limiter {
	s := make([]rtmetrics.Sample, len(runtimeSamples))
	for i, name := range runtimeSamples {
		s[i].Name = name
	}
	return &limiter{limit: l, log: log, samples: s, room: l.Headroom}
}

// start sets the limit (or the cap) in Go's runtime and logs it; with
// none, any GOMEMLIMIT is lifted too, as asked.
func (l *limiter) start() {
	if l.limit.Bytes > 0 {
		debug.SetMemoryLimit(l.limit.Bytes)
	} else {
		debug.SetMemoryLimit(math.MaxInt64)
	}
	if l.limit.Headroom > 0 {
		l.log.Info("memory limit", "from", l.limit.From, "until_ready_bytes", l.limit.Bytes)
		return
	}
	l.log.Info("memory limit", "bytes", l.limit.Bytes, "from", l.limit.From)
}

// run updates the GC CPU fraction every limitEvery until ctx ends and,
// once loaded is closed, the derived limit.
func (l *limiter) run(ctx context.Context, loaded <-chan struct{}) {
	t := time.NewTicker(limitEvery)
	defer t.Stop()
	derive := false
	l.tick(false)
	for {
		select {
		case <-ctx.Done():
			return
		case <-loaded:
			loaded, derive = nil, l.limit.Headroom > 0
		case <-t.C:
		}
		l.tick(derive)
	}
}

// tick reads the runtime's metrics, updates the GC CPU fraction and, if
// derive, sets the derived limit.
func (l *limiter) tick(derive bool) {
	rtmetrics.Read(l.samples)
	v := make([]float64, len(l.samples))
	for i, s := range l.samples {
		switch s.Value.Kind() {
		case rtmetrics.KindUint64:
			v[i] = float64(s.Value.Uint64())
		case rtmetrics.KindFloat64:
			v[i] = s.Value.Float64()
		}
	}
	// The CPU classes move at each collection: with none in the window
	// the fraction stays.
	gc, avail := v[6], v[7]
	measured := avail > l.avail && l.avail > 0
	share := 0.0
	if measured {
		share = (gc - l.gc) / (avail - l.avail)
		l.gcFraction.Store(math.Float64bits(share))
	}
	l.gc, l.avail = gc, avail
	if !derive {
		return
	}
	if measured {
		l.room = nextRoom(l.room, l.limit.Headroom, share)
	}
	live := l.samples[0].Value.Uint64()
	var heap uint64
	for _, s := range l.samples[2:6] {
		heap += s.Value.Uint64()
	}
	overhead := l.samples[1].Value.Uint64() - heap
	limit := derivedLimit(live, overhead, l.room, l.limit.Bytes)
	debug.SetMemoryLimit(limit)
	if d := limit - l.logged; d > l.logged/16 || -d > l.logged/16 {
		l.logged = limit
		l.log.Info("memory limit derived", "bytes", limit, "live_heap_bytes", live, "overhead_bytes", overhead,
			"room", math.Round(l.room*1000)/1000, "gc_cpu_fraction", math.Round(share*1000)/1000, "cap_bytes", l.limit.Bytes)
	}
}

// GCFraction is the share of the CPU available to the process that went
// to garbage collection between the last two ticks.
func (l *limiter) GCFraction() float64 { return math.Float64frombits(l.gcFraction.Load()) }

// units are the size suffixes parseBytes takes, longest first.
var units = []struct {
	suffix string
	scale  float64
}{
	{"KiB", 1 << 10}, {"MiB", 1 << 20}, {"GiB", 1 << 30}, {"TiB", 1 << 40},
	{"KB", 1e3}, {"MB", 1e6}, {"GB", 1e9}, {"TB", 1e12}, {"B", 1},
}

// parseBytes reads a size such as "900MiB", "1.5GB" or "1000000".
func parseBytes(s string) (int64, error) {
	scale := 1.0
	for _, u := range units {
		if num, ok := strings.CutSuffix(s, u.suffix); ok {
			s, scale = strings.TrimSpace(num), u.scale
			break
		}
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || f < 0 || math.IsInf(f, 0) || math.IsNaN(f) || f*scale >= math.MaxInt64 {
		return 0, fmt.Errorf("%q is not a size", s)
	}
	return int64(f * scale), nil
}

// availableMemory is the memory the process may use: its cgroup's limit
// (v2, then v1) when it has one, the machine's memory otherwise; 0 if
// neither is known.
func availableMemory() int64 {
	total := memTotal()
	for _, f := range []string{"/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"} {
		b, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		n, err := strconv.ParseInt(strings.TrimSpace(string(b)), 10, 64)
		if err == nil && n > 0 && (total == 0 || n < total) {
			return n // "max", or v1's huge number, means none
		}
	}
	return total
}

// memTotal is the machine's memory from /proc/meminfo; 0 if unknown.
func memTotal() int64 {
	f, err := os.Open("/proc/meminfo")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "MemTotal:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			if err != nil {
				return 0
			}
			return kb << 10
		}
	}
	return 0
}
