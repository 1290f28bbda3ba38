package eventstore_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/controlsledger/ledger/eventstore"
)

// vectorEvent is the event of the published test vector.
func vectorEvent() eventstore.Event {
	return eventstore.Event{
		ID:         uuid.MustParse("01890a5d-ac96-774b-bcce-b302099a8057"),
		Type:       "measure_announced.v1",
		Stream:     "measure-CN-2024-MOFCOM-46",
		Data:       []byte(`{"measureId":"CN-2024-MOFCOM-46"}`),
		Metadata:   []byte(`{"actor":"editor"}`),
		Version:    1,
		Position:   1,
		RecordedAt: time.Date(2024, 12, 3, 10, 20, 30, 123456789, time.UTC),
	}
}

// TestChainHashVector pins the canonical encoding. The expected values were
// computed once by an independent implementation, in Python, of the
// encoding documented on ChainHash:
//
//	def enc(prev, pos, ver, ns, id, typ, stream, data, meta):
//	    b = prev + b"controls-ledger/event/v1\x00" + struct.pack(">QqQ", pos, ver, ns) + uuid.UUID(id).bytes
//	    for f in (typ, stream, data, meta): b += struct.pack(">I", len(f)) + f
//	    return hashlib.sha256(b).digest()
//
// and the test also writes the encoding out byte by byte. If this test
// fails, the encoding changed, and every recorded hash with it.
//
//	event 1 (prev = 32 zero bytes): position 1, version 1,
//	  recorded at 2024-12-03T10:20:30.123456789Z (1733221230123456789 ns),
//	  id 01890a5d-ac96-774b-bcce-b302099a8057, type measure_announced.v1,
//	  stream measure-CN-2024-MOFCOM-46, data {"measureId":"CN-2024-MOFCOM-46"},
//	  metadata {"actor":"editor"}
//	event 2: the same at position 2, version 2, with empty data and metadata
func TestChainHashVector(t *testing.T) {
	const (
		want1 = "da6a7429f7db691f9a21c8ee726b6e25613b9807d2cb13b6ea1937c986f35236"
		want2 = "6dc6d9d333a68be78b7041f00856d2f64fdd3972ec2c95d998552f3c311ad96f"
	)
	ev := vectorEvent()
	var zero [32]byte
	got1 := eventstore.ChainHash(zero, ev)

	manual := func(prev [32]byte, ev eventstore.Event) [32]byte {
		var b bytes.Buffer
		b.Write(prev[:])
		b.WriteString("controls-ledger/event/v1\x00")
		be := func(v uint64, n int) {
			for i := n - 1; i >= 0; i-- {
				b.WriteByte(byte(v >> (8 * i)))
			}
		}
		be(ev.Position, 8)
		be(uint64(ev.Version), 8)
		be(uint64(ev.RecordedAt.UnixNano()), 8)
		b.Write(ev.ID[:])
		for _, f := range [][]byte{[]byte(ev.Type), []byte(ev.Stream), ev.Data, ev.Metadata} {
			be(uint64(len(f)), 4)
			b.Write(f)
		}
		return sha256.Sum256(b.Bytes())
	}
	if m := manual(zero, ev); got1 != m {
		t.Fatalf("ChainHash %x, the encoding written out gives %x", got1, m)
	}
	ev2 := ev
	ev2.Position, ev2.Version, ev2.Data, ev2.Metadata = 2, 2, nil, []byte{}
	got2 := eventstore.ChainHash(got1, ev2)
	if m := manual(got1, ev2); got2 != m {
		t.Fatalf("ChainHash of event 2 %x, the encoding written out gives %x", got2, m)
	}
	if hex.EncodeToString(got1[:]) != want1 || hex.EncodeToString(got2[:]) != want2 {
		t.Errorf("ChainHash vector: %x, %x; want %s, %s", got1, got2, want1, want2)
	}
}

// TestChainHashCoversEveryField checks that changing any encoded field, or
// the previous hash, changes the hash, and that ev.Hash is ignored.
func TestChainHashCoversEveryField(t *testing.T) {
	base := vectorEvent()
	var prev [32]byte
	h := eventstore.ChainHash(prev, base)
	withHash := base
	withHash.Hash[0] = 1
	if eventstore.ChainHash(prev, withHash) != h {
		t.Error("ChainHash depends on ev.Hash")
	}
	changes := map[string]func(*eventstore.Event){
		"position":    func(e *eventstore.Event) { e.Position++ },
		"version":     func(e *eventstore.Event) { e.Version++ },
		"recorded at": func(e *eventstore.Event) { e.RecordedAt = e.RecordedAt.Add(time.Nanosecond) },
		"id":          func(e *eventstore.Event) { e.ID[15] ^= 1 },
		"type":        func(e *eventstore.Event) { e.Type += "x" },
		"stream":      func(e *eventstore.Event) { e.Stream += "x" },
		"data":        func(e *eventstore.Event) { e.Data = []byte(`{"measureId":"CN-2024-MOFCOM-47"}`) },
		"metadata":    func(e *eventstore.Event) { e.Metadata = nil },
		// Moving a byte from one field to the next must change the hash:
		// the lengths frame the fields.
		"framing": func(e *eventstore.Event) { e.Type, e.Stream = e.Type+"m", e.Stream[1:] },
	}
	for name, change := range changes {
		ev := base
		change(&ev)
		if eventstore.ChainHash(prev, ev) == h {
			t.Errorf("changing the %s leaves the hash unchanged", name)
		}
	}
	prev[31] = 1
	if eventstore.ChainHash(prev, base) == h {
		t.Error("changing the previous hash leaves the hash unchanged")
	}
}

func BenchmarkChainHash(b *testing.B) {
	ev := vectorEvent()
	ev.Data = bytes.Repeat([]byte("x"), 600)
	b.SetBytes(int64(len(ev.Data) + len(ev.Metadata)))
	var prev [32]byte
	for b.Loop() {
		prev = eventstore.ChainHash(prev, ev)
	}
}
