package projections

// versions is the recorded-time history of one record: each entry is the
// record's state from the ledger position it became known at.
type versions[T any] []version[T]

type version[T any] struct {
	known uint64
	state T
}

// latest returns the newest state (the zero T for no versions).
func (vs versions[T]) latest() T {
	if len(vs) == 0 {
		var zero T
		return zero
	}
	return vs[len(vs)-1].state
}
