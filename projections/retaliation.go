package projections

import (
	"fmt"
	"slices"

	"github.com/controlsledger/ledger/domain"
)

// RetaliationGraph is the neighbourhood of a record through the links
// standing at a basis: what it answered, what answered it, and so on.
type RetaliationGraph struct {
	Root domain.Ref
	// Nodes are the records reached, the root first, each at its distance
	// (in links) from the root, in the order they were reached.
	Nodes []GraphNode
	// Edges are the links between them, each once, with who asserted it
	// and on what evidence: for each node in turn, its links in the order
	// they were recorded.
	Edges []LinkView
	// Truncated is set when the graph was cut at MaxGraphNodes.
	Truncated bool
}

// GraphNode is a record of a retaliation graph.
type GraphNode struct {
	RecordSummary
	Depth int
}

// MaxGraphNodes bounds the records of one retaliation graph.
const MaxGraphNodes = 10_000

// RetaliationGraph returns the records linked to ref, in both directions,
// up to depth links away, through the links standing at the basis of asOf
// (recorded, neither withdrawn nor retracted by then), whatever their
// relation. Each record is visited once, so cycles end.
func (p *Projection) RetaliationGraph(ref domain.Ref, depth int, asOf AsOf) (Basis, RetaliationGraph, error) {
	if depth < 0 {
		return Basis{}, RetaliationGraph{}, fmt.Errorf("%w: depth %d is negative", ErrInvalidQuery, depth)
	}
	p.mu.RLock()
	defer p.mu.RUnlock()
	b, err := p.resolve(asOf)
	if err != nil {
		return Basis{}, RetaliationGraph{}, err
	}
	g := RetaliationGraph{Root: ref}
	seen := map[domain.Ref]bool{ref: true}
	linked := map[int32]bool{}
	g.Nodes = append(g.Nodes, GraphNode{RecordSummary: p.summary(ref, b)})
	for i := 0; i < len(g.Nodes); i++ {
		node := g.Nodes[i]
		if node.Depth == depth {
			continue
		}
		// The links from and to the node, in the order they were recorded.
		list := append(slices.Clone(p.linksOf.from[node.Ref]), p.linksOf.to[node.Ref]...)
		slices.Sort(list)
		for _, n := range slices.Compact(list) {
			l, ok := p.linkAt(p.recs[n], b)
			if !ok || (l.From != node.Ref && l.To != node.Ref) {
				continue
			}
			if !linked[n] {
				linked[n] = true
				g.Edges = append(g.Edges, l)
			}
			other := l.To
			if other == node.Ref {
				other = l.From
			}
			if seen[other] {
				continue
			}
			if len(g.Nodes) >= MaxGraphNodes {
				g.Truncated = true
				continue
			}
			seen[other] = true
			g.Nodes = append(g.Nodes, GraphNode{RecordSummary: p.summary(other, b), Depth: node.Depth + 1})
		}
	}
	return b, g, nil
}
