package projections

// Page is one page of a list: the items from Offset, and whether more
// follow. Total is the length of the whole list, or -1 when it was not
// asked for (counting evaluates every candidate).
type Page[T any] struct {
	Items  []T
	Offset int
	More   bool
	Total  int
}

// PageRequest asks for up to Limit items from Offset (an index into the
// whole list). Limit below 1 asks for every item from Offset. Count asks
// for the total.
type PageRequest struct {
	Offset int
	Limit  int
	Count  bool
}

// eachByDate calls fn, in order of date and ID, for the records of kind
// dated on or before the basis's valid time, known and not retracted at its
// position, with the number of their events known then; fn returns false
// to stop.
func (p *Projection) eachByDate(kind string, b Basis, only *candidates, fn func(r *recordState, n int) bool) {
	valid := dayOf(b.ValidAt)
	p.orders[kind].all(func(e orderEntry) bool {
		if e.day > valid {
			return false
		}
		if only != nil && !only.has(e.rec) {
			return true
		}
		r := p.recs[e.rec]
		n := p.versionAt(r, b)
		if n == 0 || p.retracted(r, b) {
			return true
		}
		if day, _ := r.dayAt(r.knownSince(n)); day != e.day {
			return true
		}
		return fn(r, n)
	})
}

// collect gathers a page from a stream of matches: it keeps those in the
// page, notes whether one follows, and counts if asked.
type collector[T any] struct {
	req     PageRequest
	page    Page[T]
	matched int
}

func newCollector[T any](req PageRequest) *collector[T] {
	return &collector[T]{req: req, page: Page[T]{Offset: req.Offset, Total: -1}}
}

// wants reports whether the next match falls in the page.
func (c *collector[T]) wants() bool {
	return c.matched >= c.req.Offset && (c.req.Limit < 1 || c.matched < c.req.Offset+c.req.Limit)
}

// add records a match (v is used only if wanted) and reports whether to go
// on.
func (c *collector[T]) add(v T) bool {
	switch {
	case c.wants():
		c.page.Items = append(c.page.Items, v)
	case c.matched >= c.req.Offset:
		c.page.More = true
		if !c.req.Count {
			return false
		}
	}
	c.matched++
	return true
}

func (c *collector[T]) done() Page[T] {
	if c.req.Count {
		c.page.Total = c.matched
	}
	return c.page
}
