//go:build linux

package screening_test

import (
	"runtime"
	"slices"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
	"unsafe"

	"github.com/controlsledger/ledger/screening"
)

// benchQueries are the test set's queries in a fixed mix: every case, in
// the golden file's order (aliases, variants, names on no list).
func benchQueries(b *testing.B) (*screening.Index, []string) {
	b.Helper()
	recs := loadRecords(b)
	ix := newIndex(b, recs)
	cases := buildCases(b, recs)
	qs := make([]string, 0, len(cases)/7+1)
	for i := 0; i < len(cases); i += 7 {
		qs = append(qs, cases[i].Query)
	}
	return ix, qs
}

// BenchmarkSearch is one client screening one name at a time against every
// record of the SDN and UN snapshots; it reports the median and the 99th
// percentile of a query's latency (wall clock), and of its CPU time on its
// thread: on a machine shared with other work the wall clock also counts
// the waits for a core.
func BenchmarkSearch(b *testing.B) {
	ix, qs := benchQueries(b)
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	lat := make([]time.Duration, 0, b.N)
	cpuLat := make([]time.Duration, 0, b.N)
	cpu := cpuTime()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start, startCPU := time.Now(), threadCPU()
		if _, err := ix.Search(screening.Query{Name: qs[i%len(qs)]}); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(start))
		cpuLat = append(cpuLat, threadCPU()-startCPU)
	}
	b.StopTimer()
	b.ReportMetric(float64((cpuTime()-cpu).Microseconds())/float64(b.N), "cpu-µs/op")
	slices.Sort(lat)
	slices.Sort(cpuLat)
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds()), "p50-µs")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds()), "p99-µs")
	b.ReportMetric(float64(cpuLat[len(cpuLat)/2].Microseconds()), "p50-cpu-µs")
	b.ReportMetric(float64(cpuLat[len(cpuLat)*99/100].Microseconds()), "p99-cpu-µs")
}

// threadCPU is the CPU time of the calling OS thread (the benchmark locks
// its goroutine to it), from CLOCK_THREAD_CPUTIME_ID: getrusage counts a
// thread's time only in scheduler ticks.
func threadCPU() time.Duration {
	const clockThreadCPUTime = 3
	var ts syscall.Timespec
	if _, _, errno := syscall.Syscall(syscall.SYS_CLOCK_GETTIME, clockThreadCPUTime, uintptr(unsafe.Pointer(&ts)), 0); errno != 0 {
		return 0
	}
	return time.Duration(ts.Nano())
}

// BenchmarkBatch screens names from all cores at once, as `ledger screen`
// does with a customer file, and reports names per second.
func BenchmarkBatch(b *testing.B) {
	ix, qs := benchQueries(b)
	var next atomic.Int64
	cpu := cpuTime()
	b.ResetTimer()
	start := time.Now()
	b.SetParallelism(1)
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			i := next.Add(1)
			if _, err := ix.Search(screening.Query{Name: qs[int(i)%len(qs)]}); err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "names/s")
	// The machine is shared: names per second of CPU, times the cores,
	// is what the batch does when it has them to itself.
	b.ReportMetric(float64(b.N)/(cpuTime()-cpu).Seconds(), "names/cpu-s")
	b.ReportMetric(float64(runtime.GOMAXPROCS(0)), "cores")
}

// BenchmarkBuild indexes every record of the SDN and UN snapshots.
func BenchmarkBuild(b *testing.B) {
	recs := loadRecords(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ix := screening.NewIndex()
		for _, r := range recs {
			if err := ix.Put(r); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(len(recs)), "records")
}

// cpuTime is the CPU time (user and system) the process has used: on a
// machine shared with other work it says what a query costs, where the
// wall clock also counts the time spent waiting for a core.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
