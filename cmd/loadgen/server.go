package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"
)

// With -server-pid, loadgen also watches the server's process (Linux's
// /proc): its resident memory, sampled every sampleEvery, idle for -idle
// before the load starts and then under load, and the CPU it used in the
// measured window. A server and its generator on the same machine is what
// this tool measures anyway (only loopback targets), so the figures of a run
// come out of one command.

// sampleEvery is how often the server's memory is sampled: often enough to
// see a short peak of the heap between two collections.
const sampleEvery = 250 * time.Millisecond

// clockTicks is the unit of utime and stime in /proc/PID/stat (USER_HZ,
// 100 on every Linux architecture Go supports).
const clockTicks = 100

// procSample is one reading of a process.
type procSample struct {
	at time.Time
	// rss and rssAnon are VmRSS and RssAnon (the process's own memory, not
	// the pages of files it maps), in bytes.
	rss, rssAnon int64
	// cpu is its user plus system CPU time since it started.
	cpu time.Duration
}

// readProc reads a process's memory and CPU from /proc.
func readProc(pid int) (procSample, error) {
	s := procSample{at: time.Now()}
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return s, err
	}
	defer f.Close()
	if s.rss, s.rssAnon, err = parseStatus(f); err != nil {
		return s, fmt.Errorf("/proc/%d/status: %w", pid, err)
	}
	stat, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return s, err
	}
	if s.cpu, err = parseStatCPU(stat); err != nil {
		return s, fmt.Errorf("/proc/%d/stat: %w", pid, err)
	}
	return s, nil
}

// parseStatus reads VmRSS and RssAnon from /proc/PID/status, in bytes.
func parseStatus(r io.Reader) (rss, anon int64, err error) {
	var found int
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		name, value, ok := strings.Cut(sc.Text(), ":")
		if !ok || (name != "VmRSS" && name != "RssAnon") {
			continue
		}
		kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(value), "kB")), 10, 64)
		if err != nil {
			return 0, 0, fmt.Errorf("%s: %q is not a size in kB", name, value)
		}
		if name == "VmRSS" {
			rss = kb << 10
		} else {
			anon = kb << 10
		}
		found++
	}
	if err := sc.Err(); err != nil {
		return 0, 0, err
	}
	if found < 2 {
		return 0, 0, errors.New("no VmRSS or RssAnon line")
	}
	return rss, anon, nil
}

// parseStatCPU reads utime plus stime from /proc/PID/stat. The command
// name, in parentheses, may hold spaces: the fields are counted from the
// last closing parenthesis.
func parseStatCPU(stat []byte) (time.Duration, error) {
	i := bytes.LastIndexByte(stat, ')')
	if i < 0 {
		return 0, errors.New("no command name")
	}
	// After the name: state (field 3) ... utime (14), stime (15).
	f := strings.Fields(string(stat[i+1:]))
	if len(f) < 13 {
		return 0, errors.New("too few fields")
	}
	var ticks int64
	for _, s := range f[11:13] {
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return 0, fmt.Errorf("%q is not a tick count", s)
		}
		ticks += n
	}
	return time.Duration(ticks) * time.Second / clockTicks, nil
}

// ServerStats is what was seen of the server's process. Memory is in MiB.
type ServerStats struct {
	PID int `json:"pid"`
	// Idle is the mean over -idle before the load started (one sample if
	// -idle is 0).
	IdleRSS     float64 `json:"idle_rss_mib"`
	IdleRSSAnon float64 `json:"idle_rss_anon_mib"`
	// Loaded are over the measured window, sampled every 250 ms.
	LoadedRSSMean     float64 `json:"loaded_rss_mean_mib"`
	LoadedRSSMax      float64 `json:"loaded_rss_max_mib"`
	LoadedRSSAnonMean float64 `json:"loaded_rss_anon_mean_mib"`
	LoadedRSSAnonMax  float64 `json:"loaded_rss_anon_max_mib"`
	// GrowthMean and GrowthMax are the loaded mean and max RSS over idle.
	GrowthMean float64 `json:"growth_mean"`
	GrowthMax  float64 `json:"growth_max"`
	// CPUSeconds is the server's CPU time (user + system) in the measured
	// window; CPUPerRequest divides it by the requests answered in it, in
	// milliseconds.
	CPUSeconds    float64 `json:"cpu_s"`
	CPUPerRequest float64 `json:"cpu_per_request_ms"`
}

// watcher samples a process until stopped.
type watcher struct {
	pid    int
	cancel context.CancelFunc
	done   chan struct{}

	mu      sync.Mutex
	samples []procSample
	err     error
}

// measureIdle samples pid for d (at least once) and returns the mean.
func measureIdle(ctx context.Context, pid int, d time.Duration) (procSample, error) {
	var sum procSample
	n := int64(0)
	end := time.Now().Add(d)
	for {
		s, err := readProc(pid)
		if err != nil {
			return sum, fmt.Errorf("-server-pid %d: %w", pid, err)
		}
		sum.rss += s.rss
		sum.rssAnon += s.rssAnon
		n++
		if !time.Now().Add(sampleEvery).Before(end) {
			break
		}
		select {
		case <-time.After(sampleEvery):
		case <-ctx.Done():
			return sum, ctx.Err()
		}
	}
	sum.rss /= n
	sum.rssAnon /= n
	return sum, nil
}

// watch starts sampling pid every sampleEvery.
func watch(pid int) *watcher {
	ctx, cancel := context.WithCancel(context.Background())
	w := &watcher{pid: pid, cancel: cancel, done: make(chan struct{})}
	go func() {
		defer close(w.done)
		t := time.NewTicker(sampleEvery)
		defer t.Stop()
		for {
			s, err := readProc(pid)
			w.mu.Lock()
			if err != nil {
				w.err = fmt.Errorf("-server-pid %d: %w", pid, err)
			} else {
				w.samples = append(w.samples, s)
			}
			w.mu.Unlock()
			if err != nil {
				return
			}
			select {
			case <-t.C:
			case <-ctx.Done():
				return
			}
		}
	}()
	return w
}

// stop ends the sampling and summarises the samples taken from measureFrom
// on, against idle, for a run that answered requests in that window.
func (w *watcher) stop(measureFrom time.Time, idle procSample, requests uint64) (*ServerStats, error) {
	w.cancel()
	<-w.done
	// A last sample, so that the CPU of the whole window counts.
	last, err := readProc(w.pid)
	if err != nil {
		return nil, fmt.Errorf("-server-pid %d: %w", w.pid, err)
	}
	if w.err != nil {
		return nil, w.err
	}
	return summarise(append(w.samples, last), measureFrom, idle, requests), nil
}

// summarise is stop's arithmetic: the samples from measureFrom on (the
// first of them starts the CPU window, the last ends it).
func summarise(samples []procSample, measureFrom time.Time, idle procSample, requests uint64) *ServerStats {
	const mib = 1 << 20
	st := &ServerStats{IdleRSS: float64(idle.rss) / mib, IdleRSSAnon: float64(idle.rssAnon) / mib}
	var in []procSample
	for _, s := range samples {
		if !s.at.Before(measureFrom) {
			in = append(in, s)
		}
	}
	if len(in) == 0 {
		return st
	}
	var rss, anon float64
	for _, s := range in {
		rss += float64(s.rss)
		anon += float64(s.rssAnon)
		st.LoadedRSSMax = max(st.LoadedRSSMax, float64(s.rss)/mib)
		st.LoadedRSSAnonMax = max(st.LoadedRSSAnonMax, float64(s.rssAnon)/mib)
	}
	st.LoadedRSSMean = rss / float64(len(in)) / mib
	st.LoadedRSSAnonMean = anon / float64(len(in)) / mib
	if idle.rss > 0 {
		st.GrowthMean = st.LoadedRSSMean / st.IdleRSS
		st.GrowthMax = st.LoadedRSSMax / st.IdleRSS
	}
	st.CPUSeconds = (in[len(in)-1].cpu - in[0].cpu).Seconds()
	if requests > 0 {
		st.CPUPerRequest = st.CPUSeconds * 1000 / float64(requests)
	}
	return st
}
