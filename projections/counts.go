package projections

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/controlsledger/ledger/domain"
)

// measureCounts counts the measures a listing of every measure, or of the
// measures of one jurisdiction, with or without a status filter, finds at a
// basis, without visiting them: the total of a page of such a listing at a
// random (validAt, position) would otherwise check every candidate.
//
// A table per listing (jurisdiction, "" for every measure, and statuses)
// holds, for each version of each measure, the valid days from its
// announcement date on on which the listing finds it (its status is one of
// those asked for, and not not_yet_announced, and it implements or affects
// the jurisdiction that day) as
// rectangles over ledger positions [known since, next change) and those
// days. The count at (position, day) is the number of rectangles holding
// it: with each rectangle written as four signed corners, the sum of the
// corners at or before both. Corners come in position order (a version
// starts, and its rectangles close, at the position of an event), so a
// table grows by appending; full blocks of corners are kept sorted by day
// with running sums, so a count reads one sum per block and scans the last
// block.
//
// Tables are built by the counts of their listing and brought up to the
// head by later ones, from the versions that queries derive (see derive);
// nothing is done when events apply. A count takes at most countSteps
// events into its table, so that it holds the read lock (and so delays the
// writer, and the readers behind it) for a bounded time: until its table
// has reached the head, a listing is counted by visiting. The days before
// its announcement on which a retroactive measure is found are not in the
// tables (a measure can become retroactive later, by a correction, and the
// listing then finds it there at every position): MeasurePage counts them
// by visiting the few retroactive measures listed after the valid time.
// At most maxCountTables are
// kept; a new listing takes the place of the least recently used table
// only if no count used it for countIdle counts (else it is counted by
// visiting), so that listings asked in turn do not keep dropping tables
// half built. A table of a listing by
// jurisdiction holds ~2-5 MB on the 1,000,000-event ledger, one of every
// measure in force ~19 MB.
type measureCounts struct {
	mu     sync.Mutex
	tables map[string]*countTable
	clock  uint64 // counts so far, to find the least recently used table
}

var (
	// minCounted is the number of candidates below which a count visits
	// them: a table would not be worth its memory. Tests lower it.
	minCounted = 512
	// countFromTables is turned off by tests, to count by visiting.
	countFromTables = true
	// countSteps bounds the events a count takes into its table (~6-12 ms
	// of work on the 1,000,000-event ledger). Tests lower it.
	countSteps = 1 << 14
	// countIdle is the number of counts after which an unused table may
	// make room for another listing's. Tests lower it.
	countIdle uint64 = 4096
)

const (
	// maxCountTables bounds the tables kept; each holds a few corners per
	// version of a measure of its listing.
	maxCountTables = 8
	// countBlock is the number of corners of a block.
	countBlock = 4096
	// openEnded marks a range of days with no end.
	openEnded = forever
)

// countTable counts one listing.
type countTable struct {
	jurisdiction string
	statuses     []string // any but not_yet_announced if empty
	head         uint64   // the events up to head are in
	used         uint64   // the clock when last used
	corners      []corner
	// sorted holds each full block of corners ordered by day, with the
	// running sum of their weights.
	sorted [][]daySum
	// open holds, per measure, the days its current version is found on:
	// the rectangles still open on the position axis.
	open map[int32][]dayRange
}

type corner struct {
	pos uint64
	day int32
	w   int32
}

type daySum struct{ day, sum int32 }

// dayRange is the valid days [from, to).
type dayRange struct{ from, to int32 }

// countable reports whether the filter's total can come from a table: it
// names at most a jurisdiction and statuses.
func (f MeasureFilter) countable() bool {
	return f.Implementing == "" && f.Affected == "" && f.AuthorityID == "" && f.MeasureType == "" &&
		f.Item == "" && f.Text == ""
}

// countMeasures returns how many measures the listing of f (countable)
// finds at basis b, or false if its table has not reached the head yet;
// cand are the measures that implement or affect its jurisdiction in some
// version (nil: every record). The caller holds the read lock.
func (p *Projection) countMeasures(f MeasureFilter, b Basis, cand set) (int, bool) {
	if !b.PublishedBy.IsZero() {
		return 0, false // the tables count versions by position only
	}
	statuses := slices.Compact(slices.Sorted(slices.Values(f.Status)))
	key := f.Jurisdiction + "\x00" + strings.Join(statuses, ",")
	mc := &p.counts
	mc.mu.Lock()
	defer mc.mu.Unlock()
	mc.clock++
	t := mc.tables[key]
	if t == nil {
		if mc.tables == nil {
			mc.tables = map[string]*countTable{}
		}
		if len(mc.tables) >= maxCountTables {
			var oldest string
			for k, x := range mc.tables {
				if oldest == "" || x.used < mc.tables[oldest].used {
					oldest = k
				}
			}
			if mc.clock-mc.tables[oldest].used < countIdle {
				return 0, false
			}
			delete(mc.tables, oldest)
		}
		t = &countTable{jurisdiction: f.Jurisdiction, statuses: statuses, open: map[int32][]dayRange{}}
		mc.tables[key] = t
	}
	t.used = mc.clock
	if !p.updateCounts(t, cand, countSteps) {
		return 0, false
	}
	return t.count(b.Position, dayOf(b.ValidAt)), true
}

// updateCounts takes up to steps events into t, and reports whether t has
// reached the head: each measure event among the candidates (nil: every
// measure) starts a version, whose found days replace the open ones if they
// differ. The caller holds the read lock.
func (p *Projection) updateCounts(t *countTable, cand set, steps int) bool {
	end := min(p.head, t.head+uint64(steps))
	for at := t.head; at < end; at++ {
		n := p.entries[at].rec
		r := p.recs[n]
		if r.ref.Kind != domain.KindMeasure || (cand != nil && !cand.has(n)) {
			continue
		}
		pos := at + 1
		days := p.foundOn(r, p.versionAt(r, Basis{Position: pos}), pos, t.jurisdiction, t.statuses)
		old := t.open[n]
		if slices.Equal(old, days) {
			continue
		}
		for _, d := range old {
			t.add(pos, d.from, -1)
			t.add(pos, d.to, 1)
		}
		for _, d := range days {
			t.add(pos, d.from, 1)
			t.add(pos, d.to, -1)
		}
		if len(days) == 0 {
			delete(t.open, n)
		} else {
			t.open[n] = days
		}
	}
	t.head = end
	return end == p.head
}

// foundOn returns the valid days, from its announcement date on, on which
// the listing of jurisdiction j and statuses finds the n-th version of
// measure r, known from pos on: what MeasurePage checks of each candidate,
// over every day at once.
func (p *Projection) foundOn(r *recordState, n int, pos uint64, j string, statuses []string) []dayRange {
	if p.retracted(r, Basis{Position: pos}) {
		return nil
	}
	day, ok := r.dayAt(pos)
	if !ok {
		return nil
	}
	d := p.derive(r, n)
	var out []dayRange
	tl := d.timeline
	for i, s := range tl {
		if name := statusName(s.status); name == domain.StatusNotYetAnnounced || (len(statuses) > 0 && !slices.Contains(statuses, name)) {
			continue
		}
		to := openEnded
		if i+1 < len(tl) {
			to = tl[i+1].from
		}
		out = appendRange(out, dayRange{s.from, to})
	}
	if j != "" && d.implementing != j {
		var affects []dayRange
		for i, s := range d.affected {
			if !slices.Contains(s.codes, j) {
				continue
			}
			to := openEnded
			if i+1 < len(d.affected) {
				to = d.affected[i+1].from
			}
			affects = appendRange(affects, dayRange{s.from, to})
		}
		out = intersect(out, affects)
	}
	// Listed under its announcement date; a retroactive measure found
	// before it is counted by visiting.
	return intersect(out, []dayRange{{day, openEnded}})
}

// appendRange appends d to sorted disjoint ranges, joining it to the last
// one if they touch.
func appendRange(out []dayRange, d dayRange) []dayRange {
	if d.from >= d.to {
		return out
	}
	if n := len(out); n > 0 && out[n-1].to == d.from {
		out[n-1].to = d.to
		return out
	}
	return append(out, d)
}

// intersect returns the days in both sorted disjoint lists of ranges.
func intersect(a, b []dayRange) []dayRange {
	var out []dayRange
	for i, k := 0, 0; i < len(a) && k < len(b); {
		out = appendRange(out, dayRange{max(a[i].from, b[k].from), min(a[i].to, b[k].to)})
		if a[i].to < b[k].to {
			i++
		} else {
			k++
		}
	}
	return out
}

// add appends a corner; a corner at the open end counts on no day.
func (t *countTable) add(pos uint64, day, w int32) {
	if day == openEnded {
		return
	}
	t.corners = append(t.corners, corner{pos: pos, day: day, w: w})
	if len(t.corners)%countBlock == 0 {
		block := t.corners[len(t.corners)-countBlock:]
		s := make([]daySum, len(block))
		for i, c := range block {
			s[i] = daySum{day: c.day, sum: c.w}
		}
		slices.SortFunc(s, func(a, b daySum) int { return cmp.Compare(a.day, b.day) })
		for i := 1; i < len(s); i++ {
			s[i].sum += s[i-1].sum
		}
		t.sorted = append(t.sorted, s)
	}
}

// count returns the number of rectangles holding (pos, day): the sum of
// the corners at or before both.
func (t *countTable) count(pos uint64, day int32) int {
	end := sort.Search(len(t.corners), func(i int) bool { return t.corners[i].pos > pos })
	total := int32(0)
	full := end / countBlock
	for _, s := range t.sorted[:full] {
		if i := sort.Search(len(s), func(i int) bool { return s[i].day > day }); i > 0 {
			total += s[i-1].sum
		}
	}
	for _, c := range t.corners[full*countBlock : end] {
		if c.day <= day {
			total += c.w
		}
	}
	return int(total)
}
