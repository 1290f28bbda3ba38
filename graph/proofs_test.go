package graph_test

import (
	"crypto/ed25519"
	"encoding/base64"
	"encoding/hex"
	"strings"
	"testing"

	"github.com/controlsledger/ledger/eventstore"
	"github.com/controlsledger/ledger/graph"
	"github.com/controlsledger/ledger/integrity"
	"github.com/controlsledger/ledger/integrity/merkle"
)

// doAs sends a query with the given bearer token ("" for none).
func (a *api) doAs(tb testing.TB, token, query string, into any) []gqlError {
	tb.Helper()
	return a.send(tb, token, query, nil, into)
}

// checkpointJSON is a Checkpoint as the API answers it.
type checkpointJSON struct {
	TreeSize                                     int
	RootHash, SealedAt, SignedMessage, Signature string
	PublicKey, KeyID                             string
	Position                                     int
	Event                                        struct {
		Position int
		Type     string
		Hash     string
		Subject  struct{ Kind, ID string }
	}
	ConsistencyProof struct {
		From, To struct {
			Size     int
			RootHash string
		}
		Path []string
	}
}

const checkpointFields = `treeSize rootHash sealedAt signedMessage signature publicKey keyId position
  event { position type hash subject { kind id } }
  consistencyProof { from { size rootHash } to { size rootHash } path }`

func TestNoCheckpointsWithoutAKey(t *testing.T) {
	a := newAPI(t, nil)
	a.announce(t, "M-1", "2024-01-01")
	var got struct {
		Ledger      struct{ SigningKey *struct{ KeyID string } }
		Checkpoint  *checkpointJSON
		Checkpoints struct{ TotalCount int }
	}
	if errs := a.do(t, `{ ledger { signingKey { keyId } } checkpoint { treeSize } checkpoints { totalCount } }`, nil, &got); len(errs) > 0 {
		t.Fatal(errs)
	}
	if got.Ledger.SigningKey != nil || got.Checkpoint != nil || got.Checkpoints.TotalCount != 0 {
		t.Fatalf("a server without a key answers %+v", got)
	}
	errs := a.doAs(t, adminToken, `mutation { sealCheckpoint { sealed } }`, nil)
	if len(errs) != 1 || errs[0].Extensions["rule"] != "checkpoint.no_signing_key" {
		t.Fatalf("sealCheckpoint without a key: %+v", errs)
	}
}

func TestCheckpoints(t *testing.T) {
	_, key, _ := ed25519.GenerateKey(nil)
	a := newAPI(t, nil, func(r *graph.Resolver, store eventstore.Store, proofs *integrity.Proofs) {
		r.Sealer = integrity.NewSealer(store, proofs, key, nil)
	})
	pub := key.Public().(ed25519.PublicKey)
	for _, id := range []string{"M-1", "M-2", "M-3"} {
		a.announce(t, id, "2024-01-01")
	}
	seal := `mutation { sealCheckpoint { sealed checkpoint { ` + checkpointFields + ` } } }`
	if errs := a.doAs(t, recorderToken, seal, nil); len(errs) != 1 || errs[0].Extensions["code"] != "FORBIDDEN" {
		t.Fatalf("a recorder seals a checkpoint: %+v", errs)
	}
	type sealed struct {
		SealCheckpoint struct {
			Sealed     bool
			Checkpoint checkpointJSON
		}
	}
	var first sealed
	if errs := a.doAs(t, adminToken, seal, &first); len(errs) > 0 {
		t.Fatal(errs)
	}
	cp := first.SealCheckpoint.Checkpoint
	if !first.SealCheckpoint.Sealed || cp.TreeSize != 3 || cp.Position != 4 || cp.Event.Position != 4 ||
		cp.Event.Type != "checkpoint_sealed.v1" || cp.Event.Subject.Kind != "CHECKPOINT" {
		t.Fatalf("first seal: %+v", first.SealCheckpoint)
	}
	if cp.PublicKey != base64.StdEncoding.EncodeToString(pub) || cp.KeyID != integrity.KeyID(pub) {
		t.Errorf("checkpoint key %s (%s), want the server's", cp.PublicKey, cp.KeyID)
	}
	sig, _ := base64.StdEncoding.DecodeString(cp.Signature)
	if !ed25519.Verify(pub, []byte(cp.SignedMessage), sig) ||
		cp.SignedMessage != "controls-ledger/checkpoint/v1\n3\n"+cp.RootHash+"\n"+cp.SealedAt+"\n" {
		t.Errorf("the signature does not verify over the signed message %q", cp.SignedMessage)
	}
	var head struct{ TreeHead struct{ RootHash string } }
	if errs := a.do(t, `{ treeHead(size: 3) { rootHash } }`, nil, &head); len(errs) > 0 || head.TreeHead.RootHash != cp.RootHash {
		t.Errorf("checkpoint root %s, tree head of 3 %s (%v)", cp.RootHash, head.TreeHead.RootHash, errs)
	}

	// Nothing new: nothing sealed, the same checkpoint back.
	var again sealed
	if errs := a.doAs(t, adminToken, seal, &again); len(errs) > 0 || again.SealCheckpoint.Sealed || again.SealCheckpoint.Checkpoint.Position != 4 {
		t.Fatalf("second seal with nothing new: %+v %v", again.SealCheckpoint, errs)
	}

	a.announce(t, "M-4", "2024-01-01")
	a.announce(t, "M-5", "2024-01-01")
	var second sealed
	if errs := a.doAs(t, adminToken, seal, &second); len(errs) > 0 || !second.SealCheckpoint.Sealed ||
		second.SealCheckpoint.Checkpoint.TreeSize != 6 || second.SealCheckpoint.Checkpoint.Position != 7 {
		t.Fatalf("seal after new events: %+v %v", second.SealCheckpoint, errs)
	}

	// checkpoint(size): exact, the latest before, none; and its proof that
	// the current ledger extends it.
	var got struct {
		Exact, Before, Latest checkpointJSON
		None                  *checkpointJSON
	}
	q := `{ exact: checkpoint(size: 6) { ` + checkpointFields + ` }
	  before: checkpoint(size: 5) { ` + checkpointFields + ` }
	  latest: checkpoint { position }
	  none: checkpoint(size: 2) { position } }`
	if errs := a.do(t, q, nil, &got); len(errs) > 0 {
		t.Fatal(errs)
	}
	if got.Exact.TreeSize != 6 || got.Before.TreeSize != 3 || got.Latest.Position != 7 || got.None != nil {
		t.Fatalf("checkpoint(size: 6, 5, none, 2) = %d, %d, %d, %v", got.Exact.TreeSize, got.Before.TreeSize, got.Latest.Position, got.None)
	}
	c := got.Before.ConsistencyProof
	if c.From.Size != 3 || c.From.RootHash != cp.RootHash || c.To.Size != 7 {
		t.Fatalf("consistency proof of the first checkpoint: %+v", c)
	}
	path := make([]merkle.Hash, len(c.Path))
	for i, s := range c.Path {
		b, _ := hex.DecodeString(s)
		path[i] = merkle.Hash(b)
	}
	from, _ := hex.DecodeString(c.From.RootHash)
	to, _ := hex.DecodeString(c.To.RootHash)
	if err := merkle.VerifyConsistency(3, 7, merkle.Hash(from), merkle.Hash(to), path); err != nil {
		t.Errorf("the checkpoint's consistency proof does not verify: %v", err)
	}
	if errs := a.do(t, `{ checkpoint { consistencyProof(to: 2) { path } } }`, nil, nil); len(errs) != 1 || errs[0].Extensions["rule"] != "size.before_checkpoint" {
		t.Errorf("a proof to a size before the checkpoint: %+v", errs)
	}

	// The connection, newest first, a page at a time.
	var conn struct {
		Checkpoints struct {
			TotalCount int
			PageInfo   struct {
				HasNextPage bool
				EndCursor   string
			}
			Nodes []struct{ Position int }
		}
	}
	if errs := a.do(t, `{ checkpoints(first: 1) { totalCount pageInfo { hasNextPage endCursor } nodes { position } } }`, nil, &conn); len(errs) > 0 {
		t.Fatal(errs)
	}
	if conn.Checkpoints.TotalCount != 2 || len(conn.Checkpoints.Nodes) != 1 || conn.Checkpoints.Nodes[0].Position != 7 || !conn.Checkpoints.PageInfo.HasNextPage {
		t.Fatalf("first page: %+v", conn.Checkpoints)
	}
	a.announce(t, "M-6", "2024-01-01")
	if errs := a.doAs(t, adminToken, seal, nil); len(errs) > 0 {
		t.Fatal(errs)
	}
	q = `{ checkpoints(first: 5, after: "` + conn.Checkpoints.PageInfo.EndCursor + `") { totalCount pageInfo { hasNextPage } nodes { position } } }`
	if errs := a.do(t, q, nil, &conn); len(errs) > 0 {
		t.Fatal(errs)
	}
	if len(conn.Checkpoints.Nodes) != 1 || conn.Checkpoints.Nodes[0].Position != 4 || conn.Checkpoints.PageInfo.HasNextPage {
		t.Fatalf("second page, cut at the first page's basis although a third checkpoint was sealed since: %+v", conn.Checkpoints)
	}

	// The event feed carries the checkpoints.
	events := a.sse(t, `subscription { ledgerEvents(after: 0, filter: {kinds: [CHECKPOINT]}) { position type subject { kind id } } }`)
	for _, want := range []string{`"position":4,`, `"position":7,`, `"position":9,`} {
		if got := next(t, events); !strings.Contains(got, want) || !strings.Contains(got, `"kind":"CHECKPOINT"`) {
			t.Fatalf("checkpoint event = %s, want %s", got, want)
		}
	}
}
