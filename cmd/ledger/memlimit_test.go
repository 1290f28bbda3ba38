package main

import (
	"io"
	"math"
	"strings"
	"testing"
)

func TestMemoryLimitSetting(t *testing.T) {
	gib := func() int64 { return 4 << 30 }
	unknown := func() int64 { return 0 }
	cases := []struct {
		setting, gomemlimit string
		available           func() int64
		want                int64
		err                 string
	}{
		{"auto", "", gib, 3 << 30, ""}, // the cap of the derived limit
		{"auto", "", unknown, 0, ""},   // no cap
		{"50%", "", gib, 2 << 30, ""},
		{"900MiB", "", gib, 900 << 20, ""},
		{"1.5GiB", "", gib, 3 << 29, ""},
		{"2GB", "", gib, 2e9, ""},
		{"off", "", gib, 0, ""},
		{"0", "", gib, 0, ""},
		{"0%", "", gib, 0, "above 0"},
		{"150%", "", gib, 0, "at most 100"},
		{"lots", "", gib, 0, "not a size"},
		{"-1GB", "", gib, 0, "not a size"},
		{"1MiB", "", gib, 0, "under 64 MiB"},
	}
	for _, tc := range cases {
		got, err := parseMemoryLimit(tc.setting, "25%", tc.gomemlimit, tc.available)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) || !strings.Contains(err.Error(), "--memory-limit") {
				t.Errorf("%q: error %v, want one naming --memory-limit and saying %q", tc.setting, err, tc.err)
			}
			continue
		}
		wantHeadroom := 0.0
		if tc.setting == "auto" {
			wantHeadroom = 0.25 // only auto derives the limit
		}
		if err != nil || got.Bytes != tc.want || got.Headroom != wantHeadroom || got.From == "" {
			t.Errorf("%q: %+v, %v; want %d bytes, headroom %v", tc.setting, got, err, tc.want, wantHeadroom)
		}
	}
	// The default, auto with a headroom of 25 %, derives the limit, under
	// the cap; with the headroom off it is the cap alone.
	if got, err := parseMemoryLimit(defaultMemoryLimit, defaultMemoryHeadroom, "", gib); err != nil || got.Bytes != 3<<30 || got.Headroom != 0.25 {
		t.Errorf("the default: %+v, %v; want 3 GiB of 4 as the cap and a headroom of 0.25", got, err)
	}
	if got, err := parseMemoryLimit(defaultMemoryLimit, "off", "", gib); err != nil || got.Bytes != 3<<30 || got.Headroom != 0 {
		t.Errorf("the headroom off: %+v, %v; want 3 GiB of 4 and no derivation", got, err)
	}
	// auto keeps a limit GOMEMLIMIT set (Go's runtime applied it at start),
	// and derives none.
	got, err := parseMemoryLimit("auto", "25%", "1GiB", gib)
	if err != nil || !strings.Contains(got.From, "GOMEMLIMIT") || got.Headroom != 0 {
		t.Errorf("auto with GOMEMLIMIT: %+v, %v", got, err)
	}
	for _, tc := range []struct {
		headroom string
		want     float64
	}{{"25%", 0.25}, {"10%", 0.1}, {" 100% ", 1}, {"1000%", 10}} {
		if got, err := parseMemoryLimit("auto", tc.headroom, "", gib); err != nil || got.Headroom != tc.want {
			t.Errorf("--memory-headroom %q: %+v, %v; want %v", tc.headroom, got, err, tc.want)
		}
	}
	for _, bad := range []string{"25", "0%", "-5%", "1001%", "lots%", ""} {
		if _, err := parseMemoryLimit("auto", bad, "", gib); err == nil || !strings.Contains(err.Error(), "--memory-headroom") {
			t.Errorf("--memory-headroom %q: %v, want an error naming it", bad, err)
		}
	}
	// The headroom of a fixed limit is not read.
	if got, err := parseMemoryLimit("900MiB", "lots", "", gib); err != nil || got.Bytes != 900<<20 {
		t.Errorf("900MiB with a bad headroom: %+v, %v", got, err)
	}
}

func TestDerivedMemoryLimit(t *testing.T) {
	const mib = 1 << 20
	cases := []struct {
		name           string
		live, overhead uint64
		headroom       float64
		limitCap       int64
		want           int64
	}{
		{"a quarter of the live heap above it, plus the runtime's own", 1000 * mib, 40 * mib, 0.25, 18000 * mib, 1290 * mib},
		{"at least 64 MiB of room for a small heap", 20 * mib, 8 * mib, 0.25, 18000 * mib, 92 * mib},
		{"never above the cap", 1000 * mib, 40 * mib, 0.25, 1200 * mib, 1200 * mib},
		{"no cap when the memory available is unknown", 1000 * mib, 40 * mib, 0.5, 0, 1540 * mib},
		{"the ledger grew: the limit follows", 2000 * mib, 60 * mib, 0.25, 18000 * mib, 2560 * mib},
	}
	for _, tc := range cases {
		if got := derivedLimit(tc.live, tc.overhead, tc.headroom, tc.limitCap); got != tc.want {
			t.Errorf("%s: derivedLimit(%d MiB, %d MiB, %v, %d MiB) = %d MiB, want %d MiB", tc.name,
				tc.live/mib, tc.overhead/mib, tc.headroom, tc.limitCap/mib, got/mib, tc.want/mib)
		}
	}
}

// The flag and LEDGER_MEMORY_LIMIT set serve's limit; a bad one stops it.
func TestServeMemoryLimitFlag(t *testing.T) {
	m := NewMain(io.Discard, io.Discard)
	env := map[string]string{"LEDGER_MEMORY_LIMIT": "900MiB"}
	if err := m.ParseFlags([]string{"serve"}, func(k string) string { return env[k] }); err != nil || m.Config.MemoryLimit.Bytes != 900<<20 {
		t.Fatalf("LEDGER_MEMORY_LIMIT=900MiB gives %+v (%v)", m.Config.MemoryLimit, err)
	}
	m = NewMain(io.Discard, io.Discard)
	if err := m.ParseFlags([]string{"serve", "--memory-limit", "off"}, func(k string) string { return env[k] }); err != nil || m.Config.MemoryLimit.Bytes != 0 {
		t.Fatalf("--memory-limit off gives %+v (%v)", m.Config.MemoryLimit, err)
	}
	m = NewMain(io.Discard, io.Discard)
	if err := m.ParseFlags([]string{"serve"}, func(string) string { return "" }); err != nil || m.Config.MemoryLimit.Headroom != 0.25 {
		t.Fatalf("serve with no setting gives %+v (%v), want the headroom of 25%%", m.Config.MemoryLimit, err)
	}
	m = NewMain(io.Discard, io.Discard)
	if err := m.ParseFlags([]string{"serve", "--memory-headroom", "off"}, func(string) string { return "" }); err != nil || m.Config.MemoryLimit.Headroom != 0 {
		t.Fatalf("--memory-headroom off gives %+v (%v)", m.Config.MemoryLimit, err)
	}
	env["LEDGER_MEMORY_LIMIT"], env["LEDGER_MEMORY_HEADROOM"] = "", "40%"
	m = NewMain(io.Discard, io.Discard)
	if err := m.ParseFlags([]string{"serve"}, func(k string) string { return env[k] }); err != nil || m.Config.MemoryLimit.Headroom != 0.4 {
		t.Fatalf("LEDGER_MEMORY_HEADROOM=40%% gives %+v (%v)", m.Config.MemoryLimit, err)
	}
	m = NewMain(io.Discard, io.Discard)
	if err := m.ParseFlags([]string{"serve", "--memory-headroom", "0%"}, func(string) string { return "" }); err == nil || !strings.Contains(err.Error(), "--memory-headroom") {
		t.Fatalf("--memory-headroom 0%%: %v", err)
	}
	m = NewMain(io.Discard, io.Discard)
	if err := m.ParseFlags([]string{"serve", "--memory-limit", "lots"}, func(string) string { return "" }); err == nil || !strings.Contains(err.Error(), "--memory-limit") {
		t.Fatalf("--memory-limit lots: %v", err)
	}
}

func TestNextRoom(t *testing.T) {
	cases := []struct {
		name                    string
		room, headroom, gcShare float64
		want                    float64
	}{
		{"within the budget: stays at the headroom", 0.25, 0.25, 0.10, 0.25},
		{"the collector took half the CPU: twice the room", 0.25, 0.25, 0.50, 0.5},
		{"at most twice a window", 0.25, 0.25, 0.90, 0.5},
		{"never more than the live heap", 0.8, 0.25, 0.50, 1},
		{"unless the headroom says more", 1.5, 2, 0.9, 2},
		{"the load eased: back toward the headroom", 0.5, 0.25, 0.15, 0.3},
		{"at most halved a window", 0.8, 0.25, 0.01, 0.4},
		{"never under the headroom", 0.3, 0.25, 0.01, 0.25},
	}
	for _, tc := range cases {
		if got := nextRoom(tc.room, tc.headroom, tc.gcShare); math.Abs(got-tc.want) > 1e-9 {
			t.Errorf("%s: nextRoom(%v, %v, %v) = %v, want %v", tc.name, tc.room, tc.headroom, tc.gcShare, got, tc.want)
		}
	}
}
