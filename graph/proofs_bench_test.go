package graph_test

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// BenchmarkProofQuery times a proof request as an auditor sends it: the
// head of a size, the inclusion proof of an event and the consistency
// proof from an earlier size, in one query through the real handler, on a
// ledger of 256 events.
//
//	go test ./graph -run '^$' -bench ProofQuery -benchtime 2000x
func BenchmarkProofQuery(b *testing.B) {
	const events = 256
	a := newAPI(b, nil)
	for i := range events {
		a.announce(b, fmt.Sprintf("M-%d", i), "2024-01-01")
	}
	rng := rand.New(rand.NewPCG(5, 6))
	for b.Loop() {
		n := 2 + rng.IntN(events-1)
		m := 1 + rng.IntN(n-1)
		q := fmt.Sprintf(`{ treeHead(size: %d) { rootHash }
  consistencyProof(from: %d, to: %d) { path }
  measure(recordId: "M-%d") { history { inclusionProof(treeSize: %d) { path } } } }`, n, m, n, rng.IntN(n), n)
		if errs := a.do(b, q, nil, nil); len(errs) > 0 {
			b.Fatal(errs)
		}
	}
}
