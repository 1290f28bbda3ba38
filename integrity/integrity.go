package integrity

import (
	"cmp"
	"context"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/google/uuid"

	"github.com/controlsledger/ledger/domain"
	"github.com/controlsledger/ledger/eventstore"
	"github.com/controlsledger/ledger/integrity/merkle"
)

// Proofs is the RFC 6962 Merkle tree over the ledger's event hashes: leaf
// i (from 0) is the event at position i+1, and its leaf input is the
// event's 32-byte Hash (eventstore.ChainHash), so its leaf hash is
// SHA-256(0x00 || Hash). It answers tree heads, inclusion proofs and
// consistency proofs for any size up to Size. It is safe for concurrent
// use; Follow (or Add) feeds it in ledger order.
type Proofs struct {
	mu     sync.RWMutex
	tree   merkle.Tree
	hashes [][32]byte
	grew   chan struct{} // closed and replaced when the tree grows
	// checkpoints are the checkpoint events in the tree, in ledger order.
	checkpoints []Checkpoint
}

// NewProofs returns an empty tree.
func NewProofs() *Proofs { return &Proofs{grew: make(chan struct{})} }

// Add appends the next event of the ledger; it must be at position Size()+1.
func (p *Proofs) Add(ev eventstore.Event) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if want := uint64(len(p.hashes)) + 1; ev.Position != want {
		if ev.Position < want {
			return nil // a resumed subscription may overlap
		}
		return fmt.Errorf("merkle tree: event at position %d, want %d", ev.Position, want)
	}
	if ev.Type == domain.TypeCheckpointSealed {
		d, err := domain.Decode(ev.Type, ev.Data)
		if err != nil {
			return fmt.Errorf("merkle tree: checkpoint at position %d: %w", ev.Position, err)
		}
		p.checkpoints = append(p.checkpoints, Checkpoint{CheckpointSealed: d.(domain.CheckpointSealed), Event: ev})
	}
	p.hashes = append(p.hashes, ev.Hash)
	p.tree.AppendLeafHash(merkle.LeafHash(ev.Hash[:]))
	close(p.grew)
	p.grew = make(chan struct{})
	return nil
}

// Follow subscribes to store from Size() and adds every event, until ctx
// ends or the subscription fails (it returns that error). A caller that
// wants the tree to stay current calls it again after a failure.
func (p *Proofs) Follow(ctx context.Context, store eventstore.Store) error {
	return store.Subscribe(ctx, p.Size(), p.Add)
}

// Size is the number of events in the tree.
func (p *Proofs) Size() uint64 {
	p.mu.RLock()
	defer p.mu.RUnlock()
	return uint64(len(p.hashes))
}

// Hash returns the hash of the event at position (from 1).
func (p *Proofs) Hash(position uint64) ([32]byte, error) {
	p.mu.RLock()
	defer p.mu.RUnlock()
	if position == 0 || position > uint64(len(p.hashes)) {
		return [32]byte{}, fmt.Errorf("hash of position %d in a tree of %d: %w", position, len(p.hashes), merkle.ErrRange)
	}
	return p.hashes[position-1], nil
}

// Root returns the tree head of the first size events.
func (p *Proofs) Root(size uint64) (merkle.Hash, error) {
	p.mu.RLock()
	defer p.mu.RUnlock()
	return p.tree.Root(size)
}

// InclusionProof returns the audit path of the event at position (from 1)
// in the tree of the first size events (leaf index position-1).
func (p *Proofs) InclusionProof(position, size uint64) ([]merkle.Hash, error) {
	if position == 0 {
		return nil, fmt.Errorf("inclusion proof of position 0: %w", merkle.ErrRange)
	}
	p.mu.RLock()
	defer p.mu.RUnlock()
	return p.tree.InclusionProof(position-1, size)
}

// ConsistencyProof returns the proof that the tree of the first m events
// is a prefix of the tree of the first n.
func (p *Proofs) ConsistencyProof(m, n uint64) ([]merkle.Hash, error) {
	p.mu.RLock()
	defer p.mu.RUnlock()
	return p.tree.ConsistencyProof(m, n)
}

// WaitFor returns when the tree holds at least size events, or ctx's error.
func (p *Proofs) WaitFor(ctx context.Context, size uint64) error {
	for {
		p.mu.RLock()
		n, grew := uint64(len(p.hashes)), p.grew
		p.mu.RUnlock()
		if n >= size {
			return nil
		}
		select {
		case <-grew:
		case <-ctx.Done():
			return fmt.Errorf("wait for the merkle tree to reach %d (at %d): %w", size, n, ctx.Err())
		}
	}
}

// Checkpoint is a signed checkpoint as recorded in the ledger: the sealed
// tree head and the event that carries it.
type Checkpoint struct {
	domain.CheckpointSealed
	// Event is the checkpoint_sealed.v1 event; its Position is after every
	// event the checkpoint covers (Position > TreeSize).
	Event eventstore.Event
}

// Checkpoints returns every checkpoint in the tree, in ledger order. The
// slice is shared: callers must not change it.
func (p *Proofs) Checkpoints() []Checkpoint {
	p.mu.RLock()
	defer p.mu.RUnlock()
	return p.checkpoints[:len(p.checkpoints):len(p.checkpoints)]
}

// CheckpointAt returns the checkpoint covering the most events, at most
// size, and of those the last recorded; false when no checkpoint covers
// size events or fewer.
func (p *Proofs) CheckpointAt(size uint64) (Checkpoint, bool) {
	var best *Checkpoint
	cps := p.Checkpoints()
	for i := range cps {
		if c := &cps[i]; uint64(c.TreeSize) <= size && (best == nil || c.TreeSize >= best.TreeSize) {
			best = c
		}
	}
	if best == nil {
		return Checkpoint{}, false
	}
	return *best, true
}

// CheckpointAtPosition returns the checkpoint recorded at position.
func (p *Proofs) CheckpointAtPosition(position uint64) (Checkpoint, bool) {
	cps := p.Checkpoints()
	i, ok := slices.BinarySearchFunc(cps, position, func(c Checkpoint, pos uint64) int { return cmp.Compare(c.Event.Position, pos) })
	if !ok {
		return Checkpoint{}, false
	}
	return cps[i], true
}

// KeyID identifies a public key: the first 8 bytes of its SHA-256, in hex.
func KeyID(pub ed25519.PublicKey) string {
	sum := sha256.Sum256(pub)
	return hex.EncodeToString(sum[:8])
}

// ErrBadSignature reports a checkpoint whose signature does not verify.
var ErrBadSignature = errors.New("checkpoint signature does not verify")

// VerifyCheckpoint checks cp's signature against the public key it names,
// and that key against trusted when trusted is not nil. It returns the key.
func VerifyCheckpoint(cp domain.CheckpointSealed, trusted ed25519.PublicKey) (ed25519.PublicKey, error) {
	pub, err := base64.StdEncoding.DecodeString(cp.PublicKey)
	if err != nil || len(pub) != ed25519.PublicKeySize {
		return nil, fmt.Errorf("checkpoint of size %d: public key %q is not a base64 Ed25519 key", cp.TreeSize, cp.PublicKey)
	}
	if trusted != nil && !trusted.Equal(ed25519.PublicKey(pub)) {
		return nil, fmt.Errorf("checkpoint of size %d: %w: signed by key %s, not the trusted key %s", cp.TreeSize, ErrBadSignature, KeyID(pub), KeyID(trusted))
	}
	if cp.KeyID != KeyID(pub) {
		return nil, fmt.Errorf("checkpoint of size %d: key ID %s does not match its public key (%s)", cp.TreeSize, cp.KeyID, KeyID(pub))
	}
	sig, err := base64.StdEncoding.DecodeString(cp.Signature)
	if err != nil || !ed25519.Verify(pub, domain.CheckpointMessage(cp.TreeSize, cp.RootHash, cp.SealedAt), sig) {
		return nil, fmt.Errorf("checkpoint of size %d: %w", cp.TreeSize, ErrBadSignature)
	}
	return pub, nil
}

// maxSealAttempts bounds how often a seal is retried after losing a race
// to another sealer of the same ledger.
const maxSealAttempts = 3

// Sealer seals signed checkpoints of the ledger into the ledger: each is a
// CheckpointSealed event on the stream "checkpoint-ledger".
type Sealer struct {
	store  eventstore.Store
	proofs *Proofs
	key    ed25519.PrivateKey
	now    func() time.Time

	mu      sync.Mutex // one seal at a time
	version int64      // of the checkpoint stream; -1 when unknown
}

// NewSealer returns a Sealer that signs with key the heads of the tree in
// proofs, which must follow store. now is the clock (time.Now if nil).
func NewSealer(store eventstore.Store, proofs *Proofs, key ed25519.PrivateKey, now func() time.Time) *Sealer {
	if now == nil {
		now = time.Now
	}
	return &Sealer{store: store, proofs: proofs, key: key, now: now, version: -1}
}

// PublicKey returns the key checkpoints are verified with.
func (s *Sealer) PublicKey() ed25519.PublicKey { return s.key.Public().(ed25519.PublicKey) }

// Seal signs the head of the ledger as it is now (every event up to the
// store's Head) and appends it as a CheckpointSealed, then waits until the
// tree holds it. When nothing was appended since the last checkpoint (the
// ledger's last event is a checkpoint covering every event before it), it
// seals nothing and returns that checkpoint with sealed false; an empty
// ledger gets no checkpoint (the zero Checkpoint, sealed false).
func (s *Sealer) Seal(ctx context.Context) (cp Checkpoint, sealed bool, err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	defer func() {
		if err != nil {
			err = fmt.Errorf("seal checkpoint: %w", err)
		}
	}()
	head, err := s.store.Head(ctx)
	if err != nil {
		return cp, false, err
	}
	if head == 0 {
		return cp, false, nil // an empty ledger has nothing to seal
	}
	if err := s.proofs.WaitFor(ctx, head); err != nil {
		return cp, false, err
	}
	if last, ok := s.proofs.CheckpointAtPosition(head); ok && uint64(last.TreeSize) == head-1 {
		return last, false, nil
	}
	root, err := s.proofs.Root(head)
	if err != nil {
		return cp, false, err
	}
	pub := s.PublicKey()
	c := domain.CheckpointSealed{
		TreeSize:  int64(head),
		RootHash:  hex.EncodeToString(root[:]),
		SealedAt:  s.now().UTC().Format(time.RFC3339Nano),
		KeyID:     KeyID(pub),
		PublicKey: base64.StdEncoding.EncodeToString(pub),
	}
	c.Signature = base64.StdEncoding.EncodeToString(ed25519.Sign(s.key, domain.CheckpointMessage(c.TreeSize, c.RootHash, c.SealedAt)))
	data, err := domain.Encode(c)
	if err != nil {
		return cp, false, err
	}
	meta, _ := json.Marshal(domain.Metadata{Actor: "ledger/sealer", Command: "SealCheckpoint"})
	stream := c.Subject().Stream()
	for attempt := 0; ; attempt++ {
		if s.version < 0 {
			evs, err := s.store.ReadStream(ctx, stream, 0)
			if err != nil {
				return cp, false, err
			}
			s.version = int64(len(evs))
		}
		id, err := uuid.NewV7()
		if err != nil {
			return cp, false, err
		}
		res, err := s.store.Append(ctx, stream, s.version, eventstore.EventData{ID: id, Type: c.EventType(), Data: data, Metadata: meta})
		var conflict *eventstore.VersionConflictError
		if errors.As(err, &conflict) && attempt < maxSealAttempts {
			s.version = conflict.Actual // another sealer on the same ledger
			continue
		}
		if err != nil {
			s.version = -1
			return cp, false, err
		}
		s.version = res.Version
		if err := s.proofs.WaitFor(ctx, res.Position); err != nil {
			return cp, false, err
		}
		got, ok := s.proofs.CheckpointAtPosition(res.Position)
		if !ok {
			return cp, false, fmt.Errorf("the checkpoint appended at position %d is not in the tree", res.Position)
		}
		return got, true, nil
	}
}

// Run seals a checkpoint at once and then every interval while ctx lasts;
// Seal skips the ones when nothing was appended since the last checkpoint.
// A failure to seal is passed to onError (which may be nil) and sealing
// goes on at the next tick. It returns ctx's error.
func (s *Sealer) Run(ctx context.Context, interval time.Duration, onError func(error)) error {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		if _, _, err := s.Seal(ctx); err != nil && ctx.Err() == nil && onError != nil {
			onError(err)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}
