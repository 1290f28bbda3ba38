package main

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
)

// defaultMemoryLimit is serve's --memory-limit unless told otherwise: three
// quarters of the memory the process may use (its container's limit, or the
// machine's memory), unless GOMEMLIMIT sets one.
const defaultMemoryLimit = "auto"

// memoryLimit is the soft memory limit serve gives Go's runtime
// (runtime/debug.SetMemoryLimit): under it the garbage collector runs as
// GOGC says; near it, more often, so that the heap a burst of queries
// leaves behind does not double the resident size.
type memoryLimit struct {
	// Bytes is the limit; 0 is none.
	Bytes int64
	// From says where it comes from, for the log.
	From string
}

// parseMemoryLimit reads a --memory-limit setting: "off" or "0" (none), a
// size in bytes with an optional unit (B, KB, MB, GB, KiB, MiB, GiB, TiB:
// "900MiB", "1.5GiB"), a percentage of the memory available ("60%"), or
// "auto": GOMEMLIMIT's limit when set (Go's runtime has applied it), 75% of
// the memory available otherwise. available returns the memory the process
// may use (0 if unknown).
func parseMemoryLimit(s, gomemlimit string, available func() int64) (memoryLimit, error) {
	s = strings.TrimSpace(s)
	switch strings.ToLower(s) {
	case "off", "0", "none":
		return memoryLimit{From: "off"}, nil
	case "auto":
		if gomemlimit != "" {
			return memoryLimit{Bytes: debug.SetMemoryLimit(-1), From: "GOMEMLIMIT=" + gomemlimit}, nil
		}
		s = "75%"
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

// apply sets the limit in Go's runtime; with none, any GOMEMLIMIT is lifted
// too, as asked.
func (l memoryLimit) apply() {
	if l.Bytes > 0 {
		debug.SetMemoryLimit(l.Bytes)
		return
	}
	debug.SetMemoryLimit(math.MaxInt64)
}
