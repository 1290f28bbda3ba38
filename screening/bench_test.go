package screening_test

import (
	"runtime"
	"slices"
	"sync/atomic"
	"testing"
	"time"

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
// percentile of a query's latency.
func BenchmarkSearch(b *testing.B) {
	ix, qs := benchQueries(b)
	lat := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		if _, err := ix.Search(screening.Query{Name: qs[i%len(qs)]}); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(start))
	}
	b.StopTimer()
	slices.Sort(lat)
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds()), "p50-µs")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds()), "p99-µs")
}

// BenchmarkBatch screens names from all cores at once, as `ledger screen`
// does with a customer file, and reports names per second.
func BenchmarkBatch(b *testing.B) {
	ix, qs := benchQueries(b)
	var next atomic.Int64
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
