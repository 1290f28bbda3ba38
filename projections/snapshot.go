package projections

import (
	"bufio"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/controlsledger/ledger/domain"
	"github.com/controlsledger/ledger/eventstore"
	"github.com/controlsledger/ledger/internal/slab"
	"github.com/google/uuid"
)

// A snapshot is the projection's state written out as it is held: the
// dictionary, the arena of events in binary form byte for byte, the
// envelopes, the records and every index. Loading it reads them back with
// no event to decode, so a projection is ready in the time it takes to read
// the file, then catches up from the store.
//
// Layout: a header (magic, format version, fingerprint of the domain types
// and of the projection's layout, position, IDs of the first and last
// events, CRC), then sections, each with its length, a count and a CRC:
// dictionary, dictionary candidates, names, arena chunks, entries, records,
// stored payloads, indexes, and an empty section to end.
//
// A snapshot is refused as a whole if it is missing, of another format or
// layout, damaged anywhere, or does not match the store: the store must
// hold the snapshot's first and last events at their positions (another
// ledger, or a store restored to an earlier state, do not).

const (
	snapshotMagic   = "LDGRPRJ\x00"
	snapshotVersion = 3
	// layoutVersion changes whenever what the projection keeps or indexes
	// changes, which makes older snapshots unusable.
	layoutVersion = 10
)

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// ErrSnapshotRefused is the kind of the errors of a snapshot that cannot
// be used: missing, of another format, damaged, or of another ledger.
var ErrSnapshotRefused = errors.New("snapshot refused")

// eventTypes maps each current event type name to its Go type.
var eventTypes = sync.OnceValue(func() map[string]reflect.Type {
	out := map[string]reflect.Type{}
	for _, name := range domain.EventTypes() {
		ev, err := domain.Decode(name, []byte("{}"))
		if err != nil {
			panic(fmt.Sprintf("projections: event type %s: %v", name, err))
		}
		out[name] = reflect.TypeOf(ev)
	}
	return out
})

// schema is the fingerprint of what a snapshot holds: the domain's event
// types (their binary form) and the projection's layout.
var schema = sync.OnceValue(func() string {
	_, types := eventTags()
	return fingerprint(types...) + "/" + strconv.Itoa(layoutVersion)
})

// shortSchema shortens a schema fingerprint for a message: the types'
// hash to 12 digits, the layout in full ("5d318cc72a71…/10").
func shortSchema(fp string) string {
	hash, layout, _ := strings.Cut(fp, "/")
	if len(hash) > 12 {
		hash = hash[:12] + "…"
	}
	return hash + "/" + layout
}

// WriteSnapshot writes the projection as of its head to path, atomically
// (a temporary file renamed over it), and returns the head it wrote. It
// encodes the records and indexes under the read lock (applies wait; the
// arena, which never changes below the head, is written after).
func (p *Projection) WriteSnapshot(ctx context.Context, path string) (uint64, error) {
	p.mu.RLock()
	head := p.head
	if head == 0 {
		p.mu.RUnlock()
		return 0, nil
	}
	first, last := p.entries[0].id, p.entries[head-1].id
	chunks := slices.Clone(p.arena.chunks)
	cur, size := p.arena.cur, p.arena.size
	body := p.encodeState()
	p.mu.RUnlock()

	fail := func(err error) (uint64, error) { return 0, fmt.Errorf("write snapshot %s: %w", path, err) }
	tmp := path + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return fail(err)
	}
	defer os.Remove(tmp)
	defer f.Close()
	w := bufio.NewWriterSize(f, 1<<20)
	hdr := &encoder{}
	hdr.buf = append(hdr.buf, snapshotMagic...)
	hdr.uvarint(snapshotVersion)
	hdr.bytes([]byte(schema()), false)
	hdr.uvarint(head)
	hdr.buf = append(hdr.buf, first[:]...)
	hdr.buf = append(hdr.buf, last[:]...)
	hdr.buf = binary.LittleEndian.AppendUint32(hdr.buf, crc32.Checksum(hdr.buf, castagnoli))
	if _, err := w.Write(hdr.buf); err != nil {
		return fail(err)
	}
	// The arena: its size and current chunk, then each chunk.
	e := &encoder{}
	e.uvarint(uint64(len(chunks)))
	e.varint(int64(cur))
	e.varint(size)
	if err := writeSection(w, e.buf, 0); err != nil {
		return fail(err)
	}
	for _, c := range chunks {
		if err := ctx.Err(); err != nil {
			return fail(err)
		}
		if err := writeSection(w, c, 0); err != nil {
			return fail(err)
		}
	}
	if _, err := w.Write(body); err != nil {
		return fail(err)
	}
	if err := writeSection(w, nil, 0); err != nil {
		return fail(err)
	}
	if err := w.Flush(); err != nil {
		return fail(err)
	}
	if err := f.Sync(); err != nil {
		return fail(err)
	}
	if err := f.Close(); err != nil {
		return fail(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fail(err)
	}
	if dir, err := os.Open(filepath.Dir(path)); err == nil {
		dir.Sync()
		dir.Close()
	}
	return head, nil
}

// writeSection writes a section: length + 1, count, CRC, body. A nil body
// ends the snapshot (a length of 0); an empty one is a section.
func writeSection(w io.Writer, body []byte, n int) error {
	if body == nil {
		_, err := w.Write([]byte{0})
		return err
	}
	var pre []byte
	pre = binary.AppendUvarint(pre, uint64(len(body))+1)
	pre = binary.AppendUvarint(pre, uint64(n))
	pre = binary.LittleEndian.AppendUint32(pre, crc32.Checksum(body, castagnoli))
	if _, err := w.Write(pre); err != nil {
		return err
	}
	_, err := w.Write(body)
	return err
}

// stateWriter encodes the sections after the arena.
type stateWriter struct {
	out []byte
	e   encoder
}

func (s *stateWriter) section(n int) {
	s.out = binary.AppendUvarint(s.out, uint64(len(s.e.buf))+1)
	s.out = binary.AppendUvarint(s.out, uint64(n))
	s.out = binary.LittleEndian.AppendUint32(s.out, crc32.Checksum(s.e.buf, castagnoli))
	s.out = append(s.out, s.e.buf...)
	s.e.buf = s.e.buf[:0]
}

func (s *stateWriter) postings(l postings) {
	s.e.uvarint(uint64(len(l)))
	prev := int32(0)
	for _, x := range l {
		s.e.varint(int64(x - prev))
		prev = x
	}
}

func (s *stateWriter) postingsMap(m map[string]postings) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	s.e.uvarint(uint64(len(keys)))
	for _, k := range keys {
		s.e.str(k)
		s.postings(m[k])
	}
}

func (s *stateWriter) refMap(m map[domain.Ref]postings) {
	keys := make([]domain.Ref, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b domain.Ref) int {
		if a.Kind != b.Kind {
			return compareStrings(a.Kind, b.Kind)
		}
		return compareStrings(a.ID, b.ID)
	})
	s.e.uvarint(uint64(len(keys)))
	for _, k := range keys {
		s.e.str(k.Kind)
		s.e.str(k.ID)
		s.postings(m[k])
	}
}

func compareStrings(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func (s *stateWriter) words(w *wordIndex) {
	s.e.uvarint(uint64(len(w.words)))
	for i, word := range w.words {
		s.e.str(word)
		s.postings(w.postings[i])
	}
}

func (s *stateWriter) order(l *orderList) {
	s.e.uvarint(uint64(l.len))
	l.all(func(e orderEntry) bool {
		s.e.varint(int64(e.day))
		s.e.uvarint(uint64(e.rec))
		return true
	})
}

// encodeState encodes every section after the arena. The caller holds the
// read lock.
func (p *Projection) encodeState() []byte {
	var s stateWriter
	s.e.uvarint(uint64(len(p.entries)))
	s.e.uvarint(uint64(len(p.recs)))
	for _, k := range domain.RecordKinds {
		s.e.uvarint(uint64(p.ids[k].Len()))
	}
	s.section(2 + len(domain.RecordKinds))
	for _, x := range p.dict.list {
		s.e.str(x)
	}
	s.section(len(p.dict.list))
	for _, h := range p.dict.seen {
		s.e.buf = binary.LittleEndian.AppendUint64(s.e.buf, h)
	}
	s.section(len(p.dict.seen))
	for _, x := range p.names.list {
		s.e.str(x)
	}
	s.section(len(p.names.list))
	const group = 1 << 16
	for start := 0; start < len(p.entries); start += group {
		part := p.entries[start:min(start+group, len(p.entries))]
		for i := range part {
			en := &part[i]
			s.e.uvarint(uint64(en.blob))
			s.e.buf = append(s.e.buf, en.id[:]...)
			s.e.varint(en.recorded)
			s.e.varint(en.version)
			s.e.uvarint(uint64(en.rec))
			s.e.uvarint(uint64(en.actor))
			s.e.uvarint(uint64(en.command))
			s.e.bool(en.base != 0)
		}
		s.section(len(part))
	}
	for start := 0; start < len(p.recs); start += group {
		part := p.recs[start:min(start+group, len(p.recs))]
		for _, r := range part {
			s.e.str(r.ref.Kind)
			s.e.str(r.ref.ID)
			s.e.str(r.stream)
			s.postings(postings(r.events))
			s.e.uvarint(r.retractedAt)
			s.e.uvarint(uint64(len(r.keys)))
			for _, k := range r.keys {
				s.e.uvarint(k.from)
				s.e.varint(int64(k.day))
			}
		}
		s.section(len(part))
	}
	positions := make([]uint64, 0, len(p.upcast))
	for pos := range p.upcast {
		positions = append(positions, pos)
	}
	slices.Sort(positions)
	for _, pos := range positions {
		s.e.uvarint(pos)
		s.e.str(p.upcast[pos].typ)
		s.e.bytes(p.upcast[pos].data, false)
	}
	s.e.bool(true) // sections are never empty
	s.section(len(positions))
	m := &p.measures
	for _, x := range []map[string]postings{m.implementing, m.affected, m.authority, m.measureType, p.designations.party, p.designations.programs, p.parties, p.jurisdictions} {
		s.postingsMap(x)
	}
	s.words(m.items)
	s.words(m.text)
	s.words(p.designations.lists)
	s.words(p.designations.names)
	retro := make([]int32, 0, len(m.retro))
	for n := range m.retro {
		retro = append(retro, n)
	}
	slices.Sort(retro)
	s.postings(retro)
	s.order(&m.retroList)
	for _, k := range domain.RecordKinds {
		s.order(p.orders[k])
	}
	s.refMap(p.linksOf.from)
	s.refMap(p.linksOf.to)
	s.postings(p.linksOf.all)
	for _, k := range []string{spanSuspended, spanRevoked, spanExpired} {
		spans := m.spans[k]
		s.e.uvarint(uint64(len(spans.list)))
		for _, sp := range spans.list {
			s.e.uvarint(uint64(sp.rec))
			s.e.varint(int64(sp.from))
			s.e.varint(int64(sp.to))
			s.e.uvarint(sp.known)
			s.e.uvarint(sp.until)
		}
		open := make([]spanKey, 0, len(spans.open))
		for k := range spans.open {
			open = append(open, k)
		}
		slices.SortFunc(open, func(a, b spanKey) int { return spans.open[a] - spans.open[b] })
		s.e.uvarint(uint64(len(open)))
		for _, k := range open {
			s.e.uvarint(uint64(spans.open[k]))
			s.e.str(k.id)
		}
		planned := make([]spanKey, 0, len(spans.planned))
		for k := range spans.planned {
			planned = append(planned, k)
		}
		slices.SortFunc(planned, func(a, b spanKey) int {
			if a.rec != b.rec {
				return int(a.rec - b.rec)
			}
			return compareStrings(a.id, b.id)
		})
		s.e.uvarint(uint64(len(planned)))
		for _, k := range planned {
			s.e.uvarint(uint64(k.rec))
			s.e.str(k.id)
			s.e.varint(int64(spans.planned[k][0]))
			s.e.varint(int64(spans.planned[k][1]))
		}
	}
	s.section(1)
	return s.out
}

// LoadSnapshot loads the snapshot at path into p, which must be empty,
// after checking it against store, and returns the position p is then at.
// On error p is left empty.
func LoadSnapshot(ctx context.Context, path string, store eventstore.Store, p *Projection) (uint64, error) {
	s, err := ReadSnapshot(ctx, path)
	if err != nil {
		return 0, err
	}
	return s.Load(ctx, store, p)
}

// Snapshot is a snapshot file read into memory and not yet checked against
// a store. Reading needs no store, so a server can read its snapshot while
// it opens the store.
type Snapshot struct {
	path        string
	head        uint64
	first, last uuid.UUID
	state       *Projection
}

// ReadSnapshot reads and checks the snapshot file at path. Its errors wrap
// ErrSnapshotRefused.
func ReadSnapshot(ctx context.Context, path string) (*Snapshot, error) {
	refuse := func(err error) (*Snapshot, error) {
		return nil, fmt.Errorf("%w: %s: %w", ErrSnapshotRefused, path, err)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrSnapshotRefused, err)
	}
	defer f.Close()
	r := bufio.NewReaderSize(f, 1<<20)
	s := &Snapshot{path: path}
	if s.head, s.first, s.last, err = readHeader(r); err != nil {
		return refuse(err)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.state = New(Options{})
	if err := s.state.readState(r, s.head); err != nil {
		return refuse(err)
	}
	return s, nil
}

// Load checks that the snapshot is of store's ledger and moves its state
// into p, which must be empty; it returns the position p is then at. A
// Snapshot loads once. On error p is left empty.
func (s *Snapshot) Load(ctx context.Context, store eventstore.Store, p *Projection) (uint64, error) {
	if p.Head() != 0 {
		return p.Head(), fmt.Errorf("load snapshot: the projection is not empty (at %d)", p.Head())
	}
	if s.state == nil {
		return 0, fmt.Errorf("%w: %s: already loaded", ErrSnapshotRefused, s.path)
	}
	if err := checkAgainst(ctx, store, s.head, s.first, s.last); err != nil {
		return 0, fmt.Errorf("%w: %s: %w", ErrSnapshotRefused, s.path, err)
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.takeState(s.state)
	s.state = nil
	return s.head, nil
}

// takeState moves the state of q into p. The caller holds p's lock.
func (p *Projection) takeState(q *Projection) {
	p.head, p.entries, p.bases, p.arena, p.dict, p.recs = q.head, q.entries, q.bases, q.arena, q.dict, q.recs
	p.ids, p.streams, p.names, p.upcast = q.ids, q.streams, q.names, q.upcast
	p.measures, p.designations, p.orders, p.linksOf = q.measures, q.designations, q.orders, q.linksOf
	p.parties, p.jurisdictions = q.parties, q.jurisdictions
	close(p.changed)
	p.changed = make(chan struct{})
}

func readHeader(r *bufio.Reader) (head uint64, first, last uuid.UUID, err error) {
	var raw []byte
	read := func(n int) []byte {
		b := make([]byte, n)
		if err == nil {
			_, err = io.ReadFull(r, b)
		}
		raw = append(raw, b...)
		return b
	}
	uvarint := func() uint64 {
		x, rerr := binary.ReadUvarint(byteCounter{r, &raw})
		if err == nil {
			err = rerr
		}
		return x
	}
	if string(read(len(snapshotMagic))) != snapshotMagic {
		return 0, first, last, fmt.Errorf("not a projection snapshot")
	}
	if v := uvarint(); err == nil && v != snapshotVersion {
		return 0, first, last, fmt.Errorf("format version %d, not %d", v, snapshotVersion)
	}
	n := uvarint()
	if n == 0 || n > 1024 {
		return 0, first, last, fmt.Errorf("%w: bad fingerprint", errCorrupt)
	}
	if fp := read(int(n) - 1); err == nil && string(fp) != schema() {
		return 0, first, last, fmt.Errorf("written for other domain types or another layout (%s, not %s)", shortSchema(string(fp)), shortSchema(schema()))
	}
	head = uvarint()
	copy(first[:], read(16))
	copy(last[:], read(16))
	sum := crc32.Checksum(raw, castagnoli)
	if want := read(4); err == nil && binary.LittleEndian.Uint32(want) != sum {
		return 0, first, last, fmt.Errorf("%w: header checksum", errCorrupt)
	}
	if err != nil {
		return 0, first, last, fmt.Errorf("%w: %w", errCorrupt, err)
	}
	if head == 0 {
		return 0, first, last, fmt.Errorf("%w: empty", errCorrupt)
	}
	return head, first, last, nil
}

// byteCounter is an io.ByteReader that keeps the bytes it reads.
type byteCounter struct {
	r   *bufio.Reader
	raw *[]byte
}

func (b byteCounter) ReadByte() (byte, error) {
	c, err := b.r.ReadByte()
	if err == nil {
		*b.raw = append(*b.raw, c)
	}
	return c, err
}

// checkAgainst checks that store holds the snapshot's first and last
// events at their positions.
func checkAgainst(ctx context.Context, store eventstore.Store, head uint64, first, last uuid.UUID) error {
	storeHead, err := store.Head(ctx)
	if err != nil {
		return err
	}
	if storeHead < head {
		return fmt.Errorf("the snapshot is at %d, beyond the store's head %d (another ledger, or the store was restored)", head, storeHead)
	}
	for _, c := range []struct {
		pos uint64
		id  uuid.UUID
	}{{1, first}, {head, last}} {
		evs, err := store.ReadAll(ctx, c.pos-1, 1)
		if err != nil {
			return err
		}
		if len(evs) != 1 || evs[0].Position != c.pos || evs[0].ID != c.id {
			return fmt.Errorf("the store holds another event at position %d: the snapshot is of another ledger", c.pos)
		}
	}
	return nil
}

// section is a length-prefixed, checksummed part of a snapshot holding n
// items.
type section struct {
	body []byte
	n    int
}

// readSection reads the next section; the end is a nil body and no error.
func readSection(r *bufio.Reader) (section, error) {
	size, err := binary.ReadUvarint(r)
	if err != nil {
		return section{}, fmt.Errorf("%w: %w", errCorrupt, err)
	}
	if size == 0 {
		return section{}, nil
	}
	size--
	n, err := binary.ReadUvarint(r)
	var sum [4]byte
	if err == nil {
		_, err = io.ReadFull(r, sum[:])
	}
	if err != nil || size > 1<<32 || n > 1<<32 {
		return section{}, fmt.Errorf("%w: bad section header", errCorrupt)
	}
	body := make([]byte, size, max(size, arenaChunk))
	if _, err := io.ReadFull(r, body); err != nil {
		return section{}, fmt.Errorf("%w: %w", errCorrupt, err)
	}
	if crc32.Checksum(body, castagnoli) != binary.LittleEndian.Uint32(sum[:]) {
		return section{}, fmt.Errorf("%w: checksum", errCorrupt)
	}
	return section{body: body, n: int(n)}, nil
}

// stateReader decodes the sections into a new projection, checking that
// every number points where it must.
type stateReader struct {
	r *bufio.Reader
	d decoder
	n int // items of the current section
	// ints and keys are the unused parts of the slabs postings and
	// records' order keys are carved from (see carve).
	ints []int32
	keys []orderKey
}

func (s *stateReader) next() bool {
	if s.d.err != nil {
		return false
	}
	if len(s.d.buf) != 0 {
		s.d.fail("%d bytes left in a section", len(s.d.buf))
		return false
	}
	sec, err := readSection(s.r)
	if err == nil && sec.body == nil {
		err = fmt.Errorf("%w: ends early", errCorrupt)
	}
	if err != nil {
		s.d.err = err
		return false
	}
	s.d.buf, s.n = sec.body, sec.n
	return true
}

func (s *stateReader) index(limit int) int32 {
	x := s.d.uvarint()
	if x >= uint64(limit) {
		s.d.fail("index %d of %d", x, limit)
		return 0
	}
	return int32(x)
}

func (s *stateReader) postings(limit int) postings {
	n := s.d.uvarint()
	if n > uint64(len(s.d.buf)) {
		s.d.fail("postings of %d", n)
		return nil
	}
	out := s.carve(int(n))
	prev := int64(0)
	for i := range out {
		prev += s.d.varint()
		if prev < 0 || prev >= int64(limit) {
			s.d.fail("posting %d of %d", prev, limit)
			return nil
		}
		out[i] = int32(prev)
	}
	return out
}

// carve returns n int32s for a list of postings (see carveFrom).
func (s *stateReader) carve(n int) []int32 { return carveFrom(&s.ints, n) }

// carveFrom returns n elements from *slab, a slab shared with the lists
// carved before (a few large objects for the collector rather than one
// small one per list), and keeps the rest in *slab. Its capacity is n: an
// append to the list copies it out rather than writing over the next one.
func carveFrom[T any](slab *[]T, n int) []T {
	const size = 64 << 10 // elements
	if n == 0 || n >= size/8 {
		return make([]T, n)
	}
	if n > len(*slab) {
		*slab = make([]T, size)
	}
	out := (*slab)[:n:n]
	*slab = (*slab)[n:]
	return out
}

func (s *stateReader) postingsMap(limit int) map[string]postings {
	n := s.d.uvarint()
	m := make(map[string]postings, min(n, 1<<20))
	for range n {
		if s.d.err != nil {
			break
		}
		k := s.d.str()
		m[k] = s.postings(limit)
	}
	return m
}

func (s *stateReader) refMap(limit int) map[domain.Ref]postings {
	n := s.d.uvarint()
	m := make(map[domain.Ref]postings, min(n, 1<<20))
	for range n {
		if s.d.err != nil {
			break
		}
		k := domain.Ref{Kind: s.d.str(), ID: s.d.str()}
		m[k] = s.postings(limit)
	}
	return m
}

func (s *stateReader) words(limit int) *wordIndex {
	w := newWordIndex()
	n := s.d.uvarint()
	for range n {
		if s.d.err != nil {
			break
		}
		word := s.d.str() // held by the reader's slab: not copied again
		if _, dup := w.ids[word]; dup {
			s.d.fail("word %q twice", word)
			break
		}
		w.postings[w.insert(word)] = s.postings(limit)
	}
	return w
}

func (s *stateReader) order(recs []*recordState) *orderList {
	l := &orderList{}
	n := s.d.uvarint()
	for range n {
		day := int32(s.d.varint())
		rec := s.index(len(recs))
		if s.d.err != nil {
			break
		}
		l.append(orderEntry{day: day, rec: rec, id: recs[rec].ref.ID})
	}
	return l
}

// readState reads the sections after the header into p, a new projection.
func (p *Projection) readState(r *bufio.Reader, head uint64) error {
	s := &stateReader{r: r, d: decoder{strs: &slab.Strings{}}}
	// The arena.
	if !s.next() {
		return s.d.err
	}
	chunks, cur, size := s.d.uvarint(), s.d.varint(), s.d.varint()
	if chunks > 1<<24 || cur < -1 || cur >= int64(max(chunks, 1)) {
		return fmt.Errorf("%w: arena of %d chunks", errCorrupt, chunks)
	}
	if len(s.d.buf) != 0 {
		return fmt.Errorf("%w: arena header", errCorrupt)
	}
	for range chunks {
		sec, err := readSection(r)
		if err == nil && sec.body == nil {
			err = fmt.Errorf("%w: ends early", errCorrupt)
		}
		if err != nil {
			return err
		}
		p.arena.chunks = append(p.arena.chunks, sec.body)
	}
	p.arena.cur, p.arena.size = int(cur), size
	// How many entries and records.
	if !s.next() {
		return s.d.err
	}
	if entries, records := s.d.uvarint(), s.d.uvarint(); entries != head || records > head {
		return fmt.Errorf("%w: %d entries and %d records at position %d", errCorrupt, entries, records, head)
	} else {
		p.recs = make([]*recordState, 0, records)
		p.streams.reserve(nil, int(records))
	}
	for _, k := range domain.RecordKinds {
		if n := s.d.uvarint(); n <= head {
			p.ids[k].reserve(nil, int(n))
		}
	}
	// The dictionary, its candidates and the names.
	if !s.next() {
		return s.d.err
	}
	p.dict.list = make([]string, 0, s.n)
	p.dict.reserve(s.n)
	for range s.n {
		x := s.d.str()
		p.dict.add(x, fnv1a(x)|1)
	}
	if !s.next() {
		return s.d.err
	}
	if s.n != len(p.dict.seen) || len(s.d.buf) != 8*s.n {
		return fmt.Errorf("%w: dictionary candidates", errCorrupt)
	}
	for i := range p.dict.seen {
		p.dict.seen[i] = binary.LittleEndian.Uint64(s.d.buf[8*i:])
	}
	s.d.buf = nil
	if !s.next() {
		return s.d.err
	}
	p.names.list = nil
	clear(p.names.idx)
	for range s.n {
		p.names.id(s.d.str())
	}
	// The entries, then the records they point at (checked after).
	p.entries = make([]entry, 0, head)
	for uint64(len(p.entries)) < head {
		if !s.next() {
			return s.d.err
		}
		for range s.n {
			var e entry
			e.blob = blobRef(s.d.uvarint())
			if len(s.d.buf) < 16 {
				s.d.fail("truncated entry")
				break
			}
			copy(e.id[:], s.d.buf[:16])
			s.d.buf = s.d.buf[16:]
			e.recorded = s.d.varint()
			e.version = s.d.varint()
			e.rec = int32(s.d.uvarint())
			e.actor = uint32(s.index(len(p.names.list)))
			e.command = uint32(s.index(len(p.names.list)))
			if s.d.bool() {
				e.base = p.newBase()
			}
			if !p.arena.holds(e.blob) {
				s.d.fail("entry %d outside the arena", len(p.entries)+1)
			}
			p.entries = append(p.entries, e)
		}
		if s.d.err != nil {
			return s.d.err
		}
	}
	if uint64(len(p.entries)) != head {
		return fmt.Errorf("%w: %d entries, not %d", errCorrupt, len(p.entries), head)
	}
	p.head = head
	for len(p.recs) < cap(p.recs) {
		if !s.next() {
			return s.d.err
		}
		// The section's records in one allocation: records live as long
		// as the projection.
		block := make([]recordState, s.n)
		for i := range s.n {
			r := &block[i]
			kind := s.d.str()
			byID, ok := p.ids[kind]
			if !ok {
				s.d.fail("record of kind %q", kind)
				break
			}
			r.ref = domain.Ref{Kind: kind, ID: s.d.str()}
			r.stream = s.d.str()
			r.events = []int32(s.postings(int(head)))
			r.retractedAt = s.d.uvarint()
			if k := s.d.uvarint(); k > uint64(len(s.d.buf)) {
				s.d.fail("%d order keys", k)
			} else if k > 0 {
				r.keys = carveFrom(&s.keys, int(k))
				for i := range r.keys {
					r.keys[i] = orderKey{from: s.d.uvarint(), day: int32(s.d.varint())}
				}
			}
			n := int32(len(p.recs))
			r.n = n
			if _, dup := byID.get(p.recs, r.ref.ID); dup {
				s.d.fail("record %s twice", r.ref)
				break
			}
			p.recs = append(p.recs, r)
			byID.put(p.recs, n)
			if _, taken := p.streams.get(p.recs, r.stream); !taken {
				p.streams.put(p.recs, n)
			}
		}
		if s.d.err != nil {
			return s.d.err
		}
	}
	for i, e := range p.entries {
		if int(e.rec) >= len(p.recs) {
			return fmt.Errorf("%w: entry %d of record %d of %d", errCorrupt, i+1, e.rec, len(p.recs))
		}
	}
	// Stored payloads of superseded types.
	if !s.next() {
		return s.d.err
	}
	for range s.n {
		pos := s.d.uvarint()
		typ := s.d.str()
		data := s.d.bytes()
		if pos == 0 || pos > head {
			s.d.fail("stored payload at %d", pos)
			break
		}
		p.upcast[pos] = storedPayload{typ: typ, data: data}
	}
	s.d.bool()
	// The indexes.
	if !s.next() {
		return s.d.err
	}
	recs := len(p.recs)
	m := &p.measures
	for _, x := range []*map[string]postings{&m.implementing, &m.affected, &m.authority, &m.measureType, &p.designations.party, &p.designations.programs, &p.parties, &p.jurisdictions} {
		*x = s.postingsMap(recs)
	}
	m.items = s.words(recs)
	m.text = s.words(recs)
	p.designations.lists = s.words(recs)
	p.designations.names = s.words(recs)
	for _, n := range s.postings(recs) {
		m.retro[n] = true
	}
	m.retroList = *s.order(p.recs)
	for _, k := range domain.RecordKinds {
		p.orders[k] = s.order(p.recs)
	}
	p.linksOf.from = s.refMap(recs)
	p.linksOf.to = s.refMap(recs)
	p.linksOf.all = s.postings(recs)
	for _, k := range []string{spanSuspended, spanRevoked, spanExpired} {
		spans := m.spans[k]
		for range s.d.uvarint() {
			sp := statusSpan{rec: s.index(recs), from: int32(s.d.varint()), to: int32(s.d.varint()), known: s.d.uvarint(), until: s.d.uvarint()}
			if s.d.err != nil {
				break
			}
			spans.list = append(spans.list, sp)
		}
		for range s.d.uvarint() {
			i := s.index(len(spans.list))
			id := s.d.str()
			if s.d.err != nil {
				break
			}
			spans.open[spanKey{spans.list[i].rec, id}] = int(i)
		}
		for range s.d.uvarint() {
			k := spanKey{rec: s.index(recs), id: s.d.str()}
			from, to := int32(s.d.varint()), int32(s.d.varint())
			if s.d.err != nil {
				break
			}
			spans.planned[k] = [2]int32{from, to}
		}
	}
	if s.d.err != nil {
		return s.d.err
	}
	if len(s.d.buf) != 0 {
		return fmt.Errorf("%w: %d bytes after the indexes", errCorrupt, len(s.d.buf))
	}
	if end, err := readSection(r); err != nil || end.body != nil {
		return fmt.Errorf("%w: no end after the indexes", errCorrupt)
	}
	return nil
}
