package projections

import (
	"bufio"
	"cmp"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"sync"

	"github.com/controlsledger/ledger/domain"
	"github.com/controlsledger/ledger/eventstore"
	"github.com/google/uuid"
)

// A snapshot holds the projection's events in the binary form it keeps them
// in, so it loads without JSON: the dictionary of recurring strings, then
// the envelope and binary form of each event. Loading applies them again,
// so the indexes are built by the same code as a rebuild from the store.
//
// Layout: a header (magic, format version, fingerprint of the domain types,
// position, IDs of the first and last events, CRC), the dictionary and its
// candidates (see dictionary), then
// chunks of up to snapshotChunk events, each with its length, count and
// CRC, then an empty chunk. A snapshot is refused if its format or fingerprint differ,
// if the store does not hold the same events at its first and last
// positions (another ledger, or a store restored to an earlier state), or
// if its header is damaged. A damaged chunk stops the load: the chunks
// before it were checked, so the projection keeps them and the runner
// catches up from there.

const (
	snapshotMagic   = "LDGRPRJ\x00"
	snapshotVersion = 1
	snapshotChunk   = 4096
)

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// ErrSnapshotRefused is the kind of the errors of a snapshot that cannot
// be used at all (absent, other format, other ledger, stale, damaged
// header).
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

// schema is the fingerprint of the types a snapshot holds.
var schema = sync.OnceValue(func() string {
	var types []reflect.Type
	names := domain.EventTypes()
	slices.Sort(names)
	for _, n := range names {
		types = append(types, eventTypes()[n])
	}
	for _, k := range domain.RecordKinds {
		types = append(types, reflect.TypeOf(domain.NewRecord(k)).Elem())
	}
	return fingerprint(types...)
})

// WriteSnapshot writes the projection as of its head to path, atomically
// (a temporary file renamed over it), and returns the head it wrote. It
// holds the read lock only to take the head: what lies below it never
// changes.
func (p *Projection) WriteSnapshot(ctx context.Context, path string) (uint64, error) {
	p.mu.RLock()
	head := p.head
	entries := p.entries[:head:head]
	chunks := slices.Clone(p.arena.chunks)
	dict := p.dict.list[:len(p.dict.list):len(p.dict.list)]
	seen := slices.Clone(p.dict.seen)
	recs := p.recs[:len(p.recs):len(p.recs)]
	names := p.names.list[:len(p.names.list):len(p.names.list)]
	upcast := make(map[uint64]storedPayload, len(p.upcast))
	for pos, s := range p.upcast {
		upcast[pos] = s
	}
	p.mu.RUnlock()
	if head == 0 {
		return 0, nil
	}
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
	hdr.buf = append(hdr.buf, entries[0].id[:]...)
	hdr.buf = append(hdr.buf, entries[head-1].id[:]...)
	hdr.buf = binary.LittleEndian.AppendUint32(hdr.buf, crc32.Checksum(hdr.buf, castagnoli))
	if _, err := w.Write(hdr.buf); err != nil {
		return fail(err)
	}
	e := &encoder{}
	section := func(n int) error {
		var pre []byte
		pre = binary.AppendUvarint(pre, uint64(len(e.buf)))
		pre = binary.AppendUvarint(pre, uint64(n))
		pre = binary.LittleEndian.AppendUint32(pre, crc32.Checksum(e.buf, castagnoli))
		if _, err := w.Write(pre); err != nil {
			return err
		}
		_, err := w.Write(e.buf)
		e.buf = e.buf[:0]
		return err
	}
	for _, s := range dict {
		e.str(s)
	}
	for _, s := range names {
		e.str(s)
	}
	if err := section(len(dict)); err != nil {
		return fail(err)
	}
	for _, h := range seen {
		e.buf = binary.LittleEndian.AppendUint64(e.buf, h)
	}
	if err := section(len(seen)); err != nil {
		return fail(err)
	}
	for start := 0; start < len(entries); start += snapshotChunk {
		if err := ctx.Err(); err != nil {
			return fail(err)
		}
		chunk := entries[start:min(start+snapshotChunk, len(entries))]
		for i := range chunk {
			en := &chunk[i]
			pos := uint64(start+i) + 1
			b := getBlob(chunks, en.blob)
			e.bytes(b, false)
			e.buf = append(e.buf, en.id[:]...)
			e.varint(en.recorded)
			e.varint(en.version)
			e.str(recs[en.rec].stream)
			e.str(names[en.actor])
			e.str(names[en.command])
			s, ok := upcast[pos]
			e.bool(ok)
			if ok {
				e.str(s.typ)
				e.bytes(s.data, false)
			}
		}
		if err := section(len(chunk)); err != nil {
			return fail(err)
		}
	}
	if _, err := w.Write([]byte{0}); err != nil {
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

// LoadSnapshot loads the snapshot at path into p, which must be empty,
// after checking it against store. It returns the position p is at. An
// error of kind ErrSnapshotRefused leaves p empty; any other error leaves p
// at the end of the last chunk that was checked and applied (a prefix of
// the ledger), from where it can catch up.
func LoadSnapshot(ctx context.Context, path string, store eventstore.Store, p *Projection) (uint64, error) {
	if p.Head() != 0 {
		return p.Head(), fmt.Errorf("load snapshot: the projection is not empty (at %d)", p.Head())
	}
	f, err := os.Open(path)
	if err != nil {
		return 0, fmt.Errorf("%w: %w", ErrSnapshotRefused, err)
	}
	defer f.Close()
	r := bufio.NewReaderSize(f, 1<<20)
	head, first, last, err := readHeader(r)
	if err != nil {
		return 0, fmt.Errorf("%w: %s: %w", ErrSnapshotRefused, path, err)
	}
	if err := checkAgainst(ctx, store, head, first, last); err != nil {
		return 0, fmt.Errorf("%w: %s: %w", ErrSnapshotRefused, path, err)
	}
	dict, err := readSection(r, 1<<40)
	if err != nil {
		return 0, fmt.Errorf("%w: %s: dictionary: %w", ErrSnapshotRefused, path, err)
	}
	d := &decoder{buf: dict.body}
	table := make([]string, dict.n)
	for i := range table {
		table[i] = d.str()
	}
	for d.err == nil && len(d.buf) > 0 {
		d.str() // the actors and commands: the entries name them
	}
	if d.err != nil {
		return 0, fmt.Errorf("%w: %s: dictionary: %w", ErrSnapshotRefused, path, d.err)
	}
	seen, err := readSection(r, dictionarySeen)
	if err != nil || seen.n != dictionarySeen || len(seen.body) != 8*dictionarySeen {
		return 0, fmt.Errorf("%w: %s: dictionary candidates: %w", ErrSnapshotRefused, path, cmp.Or(err, errCorrupt))
	}
	p.mu.Lock()
	p.dict.list = table
	for i, s := range table {
		p.dict.idx[s] = uint32(i)
	}
	// With the candidates too, the events applied after the snapshot get
	// the same binary form as in the projection that wrote it.
	for i := range p.dict.seen {
		p.dict.seen[i] = binary.LittleEndian.Uint64(seen.body[8*i:])
	}
	p.mu.Unlock()
	err = loadChunks(ctx, r, p, table)
	if err == nil && p.Head() != head {
		err = fmt.Errorf("%w: ends at %d, the header says %d", errCorrupt, p.Head(), head)
	}
	if err != nil {
		return p.Head(), fmt.Errorf("load snapshot %s: %w", path, err)
	}
	return head, nil
}

// section is a length-prefixed, checksummed part of a snapshot holding n
// items.
type section struct {
	body []byte
	n    int
}

// readSection reads the next section; a zero length is the end (nil
// body, no error).
func readSection(r *bufio.Reader, maxItems uint64) (section, error) {
	size, err := binary.ReadUvarint(r)
	if err != nil {
		return section{}, fmt.Errorf("%w: %w", errCorrupt, err)
	}
	if size == 0 {
		return section{}, nil
	}
	n, err := binary.ReadUvarint(r)
	var sum [4]byte
	if err == nil {
		_, err = io.ReadFull(r, sum[:])
	}
	if err != nil || size > 1<<32 || n > maxItems || n > size {
		return section{}, fmt.Errorf("%w: bad section header", errCorrupt)
	}
	body := make([]byte, size)
	if _, err := io.ReadFull(r, body); err != nil {
		return section{}, fmt.Errorf("%w: %w", errCorrupt, err)
	}
	if crc32.Checksum(body, castagnoli) != binary.LittleEndian.Uint32(sum[:]) {
		return section{}, fmt.Errorf("%w: checksum", errCorrupt)
	}
	return section{body: body, n: int(n)}, nil
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
		return 0, first, last, fmt.Errorf("written for other domain types (fingerprint %.12s, not %.12s)", fp, schema())
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

// snapshotChunkJob is a chunk on its way through the load pipeline.
type snapshotChunkJob struct {
	section
	start   uint64 // position of its first event
	decoded []decoded
	err     error
	done    chan struct{}
}

// loadChunks reads, checks and decodes chunks in parallel and applies them
// in order.
func loadChunks(ctx context.Context, r *bufio.Reader, p *Projection, dict []string) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	workers := runtime.GOMAXPROCS(0)
	jobs := make(chan *snapshotChunkJob, workers)
	order := make(chan *snapshotChunkJob, 2*workers)
	var readErr error
	go func() {
		defer close(jobs)
		defer close(order)
		start := uint64(1)
		for {
			s, err := readSection(r, snapshotChunk)
			if err != nil {
				readErr = fmt.Errorf("chunk at position %d: %w", start, err)
				return
			}
			if s.body == nil {
				return
			}
			j := &snapshotChunkJob{section: s, start: start, done: make(chan struct{})}
			start += uint64(s.n)
			select {
			case order <- j:
			case <-ctx.Done():
				return
			}
			jobs <- j
		}
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.decoded, j.err = decodeChunk(j.body, j.n, j.start, dict)
				close(j.done)
			}
		}()
	}
	defer wg.Wait()
	for j := range order {
		select {
		case <-j.done:
		case <-ctx.Done():
			return ctx.Err()
		}
		if j.err != nil {
			return j.err
		}
		if err := p.applyBatch(j.decoded); err != nil {
			return err
		}
	}
	if readErr != nil {
		return readErr
	}
	return ctx.Err()
}

// decodeChunk decodes the n entries of a chunk whose first event is at
// position start.
func decodeChunk(body []byte, n int, start uint64, dict []string) ([]decoded, error) {
	d := &decoder{buf: body}
	out := make([]decoded, 0, n)
	for i := range n {
		var x decoded
		x.blob = d.bytes()
		if d.err != nil || len(d.buf) < 16 {
			d.fail("truncated")
			break
		}
		ev, err := decodeEvent(x.blob, dict)
		if err != nil {
			d.fail("event at position %d: %v", start+uint64(i), err)
			break
		}
		x.ev = ev
		copy(x.rec.ID[:], d.buf[:16])
		d.buf = d.buf[16:]
		x.rec.Position = start + uint64(i)
		x.rec.RecordedAt = timeOfNanos(d.varint())
		x.rec.Version = d.varint()
		x.rec.Stream = d.str()
		x.meta.Actor = d.str()
		x.meta.Command = d.str()
		if d.bool() {
			x.stored = &storedPayload{typ: d.str(), data: d.bytes()}
		}
		if d.err != nil {
			break
		}
		out = append(out, x)
	}
	if d.err == nil && len(d.buf) != 0 {
		d.fail("%d bytes after the last event", len(d.buf))
	}
	if d.err != nil {
		return nil, fmt.Errorf("chunk at position %d: %w", start, d.err)
	}
	return out, nil
}
