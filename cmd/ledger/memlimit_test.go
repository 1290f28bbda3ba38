package main

import (
	"io"
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
		{"auto", "", gib, 3 << 30, ""},
		{"auto", "", unknown, 0, ""},
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
		got, err := parseMemoryLimit(tc.setting, tc.gomemlimit, tc.available)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) || !strings.Contains(err.Error(), "--memory-limit") {
				t.Errorf("%q: error %v, want one naming --memory-limit and saying %q", tc.setting, err, tc.err)
			}
			continue
		}
		if err != nil || got.Bytes != tc.want || got.From == "" {
			t.Errorf("%q: %+v, %v; want %d bytes", tc.setting, got, err, tc.want)
		}
	}
	// auto keeps a limit GOMEMLIMIT set (Go's runtime applied it at start).
	got, err := parseMemoryLimit("auto", "1GiB", gib)
	if err != nil || !strings.Contains(got.From, "GOMEMLIMIT") {
		t.Errorf("auto with GOMEMLIMIT: %+v, %v", got, err)
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
	if err := m.ParseFlags([]string{"serve", "--memory-limit", "lots"}, func(string) string { return "" }); err == nil || !strings.Contains(err.Error(), "--memory-limit") {
		t.Fatalf("--memory-limit lots: %v", err)
	}
}
