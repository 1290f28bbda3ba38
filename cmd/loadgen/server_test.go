package main

import (
	"math"
	"os"
	"strings"
	"testing"
	"time"
)

func TestParseProc(t *testing.T) {
	status := "Name:\tledger\nVmPeak:\t 3000000 kB\nVmRSS:\t 1343684 kB\nRssAnon:\t 1171912 kB\nRssFile:\t  171772 kB\n"
	rss, anon, err := parseStatus(strings.NewReader(status))
	if err != nil || rss != 1343684<<10 || anon != 1171912<<10 {
		t.Errorf("parseStatus: %d, %d, %v", rss, anon, err)
	}
	if _, _, err := parseStatus(strings.NewReader("Name:\tledger\nVmRSS:\t 10 kB\n")); err == nil {
		t.Error("parseStatus without RssAnon: no error")
	}
	if _, _, err := parseStatus(strings.NewReader("VmRSS:\t lots kB\nRssAnon:\t 1 kB\n")); err == nil {
		t.Error("parseStatus of a bad size: no error")
	}
	// A command name with spaces and a parenthesis; utime 1234, stime 566.
	stat := "4242 (led ger) (x) S 1 4242 4242 0 -1 4194560 100 0 0 0 1234 566 0 0 20 0 12 0 500 3000000 300000"
	cpu, err := parseStatCPU([]byte(stat))
	if err != nil || cpu != 18*time.Second {
		t.Errorf("parseStatCPU: %v, %v; want 18s", cpu, err)
	}
	if _, err := parseStatCPU([]byte("4242 (ledger) S 1 2")); err == nil {
		t.Error("parseStatCPU of a short line: no error")
	}
	// This process, for real.
	s, err := readProc(os.Getpid())
	if err != nil || s.rss <= 0 || s.rssAnon <= 0 || s.rssAnon > s.rss {
		t.Errorf("readProc(self): %+v, %v", s, err)
	}
}

func TestSummarise(t *testing.T) {
	const mib = 1 << 20
	t0 := time.Date(2026, 12, 6, 7, 0, 0, 0, time.UTC)
	at := func(s float64) time.Time { return t0.Add(time.Duration(s * float64(time.Second))) }
	idle := procSample{rss: 1000 * mib, rssAnon: 900 * mib}
	samples := []procSample{
		{at: at(0), rss: 1100 * mib, rssAnon: 1000 * mib, cpu: 5 * time.Second},         // warm-up: left out
		{at: at(2), rss: 1200 * mib, rssAnon: 1100 * mib, cpu: 6 * time.Second},         // the window starts
		{at: at(3), rss: 1600 * mib, rssAnon: 1500 * mib, cpu: 7 * time.Second},         // the peak
		{at: at(4), rss: 1300 * mib, rssAnon: 1200 * mib, cpu: 8500 * time.Millisecond}, // the last
	}
	st := summarise(samples, at(2), idle, 500)
	want := ServerStats{IdleRSS: 1000, IdleRSSAnon: 900, LoadedRSSMean: 1366.6666666666667, LoadedRSSMax: 1600,
		LoadedRSSAnonMean: 1266.6666666666667, LoadedRSSAnonMax: 1500, GrowthMean: 1.3666666666666667, GrowthMax: 1.6,
		CPUSeconds: 2.5, CPUPerRequest: 5}
	got := *st
	for _, f := range []struct {
		name      string
		got, want float64
	}{
		{"idle", got.IdleRSS, want.IdleRSS}, {"idle anon", got.IdleRSSAnon, want.IdleRSSAnon},
		{"mean", got.LoadedRSSMean, want.LoadedRSSMean}, {"max", got.LoadedRSSMax, want.LoadedRSSMax},
		{"anon mean", got.LoadedRSSAnonMean, want.LoadedRSSAnonMean}, {"anon max", got.LoadedRSSAnonMax, want.LoadedRSSAnonMax},
		{"growth mean", got.GrowthMean, want.GrowthMean}, {"growth max", got.GrowthMax, want.GrowthMax},
		{"cpu", got.CPUSeconds, want.CPUSeconds}, {"cpu per request", got.CPUPerRequest, want.CPUPerRequest},
	} {
		if math.Abs(f.got-f.want) > 1e-9 {
			t.Errorf("%s: %v, want %v", f.name, f.got, f.want)
		}
	}
}
