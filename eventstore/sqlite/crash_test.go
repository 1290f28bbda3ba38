package sqlite_test

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/controlsledger/ledger/eventstore"
	"github.com/controlsledger/ledger/eventstore/sqlite"
)

const (
	// crashHelperEnv names the ledger file the helper process writes to.
	crashHelperEnv = "LEDGER_CRASH_HELPER"
	crashWriters   = 16
)

// crashPayload is the data of a crash-test event: derived from its ID, so
// the checker can tell a torn or mixed-up payload from the real one.
func crashPayload(id uuid.UUID, size int) []byte {
	seed := sha256.Sum256(id[:])
	return bytes.Repeat(seed[:], size/len(seed)+1)[:size]
}

// crashMeta is the metadata of a crash-test event: the size and SHA-256 of
// its data, in hex.
func crashMeta(data []byte) []byte {
	sum := sha256.Sum256(data)
	return fmt.Appendf(nil, "%d %x", len(data), sum)
}

// TestHelperWriter is the child process of TestKillDuringAppends: it
// appends from crashWriters goroutines until it is killed, printing each
// acknowledged append as a line
//
//	ack <stream> <version of last event> <position of last event> <id>,<id>...
//
// only after Append has returned.
func TestHelperWriter(t *testing.T) {
	path := os.Getenv(crashHelperEnv)
	if path == "" {
		t.Skip("helper process of TestKillDuringAppends")
	}
	fail := func(format string, args ...any) {
		fmt.Printf("error "+format+"\n", args...)
		os.Exit(3)
	}
	s, err := sqlite.Open(path, sqlite.Options{})
	if err != nil {
		fail("open: %v", err)
	}
	ctx := context.Background()
	var out sync.Mutex
	for w := range crashWriters {
		go func() {
			stream := fmt.Sprintf("crash-%02d", w)
			evs, err := s.ReadStream(ctx, stream, 0)
			if err != nil {
				fail("read %s: %v", stream, err)
			}
			version := int64(len(evs))
			rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), uint64(w)))
			for {
				batch := make([]eventstore.EventData, 1+rng.IntN(3))
				ids := make([]string, len(batch))
				for i := range batch {
					id := uuid.Must(uuid.NewV7())
					size := rng.IntN(400)
					if rng.IntN(500) == 0 {
						size = 64 << 10 // spans pages and WAL frames
					}
					data := crashPayload(id, size)
					batch[i] = eventstore.EventData{ID: id, Type: "crash_written.v1", Data: data, Metadata: crashMeta(data)}
					ids[i] = id.String()
				}
				res, err := s.Append(ctx, stream, version, batch...)
				if err != nil {
					fail("append %s at v%d: %v", stream, version, err)
				}
				version = res.Version
				line := fmt.Sprintf("ack %s %d %d %s\n", stream, res.Version, res.Position, strings.Join(ids, ","))
				out.Lock()
				_, err = os.Stdout.WriteString(line)
				out.Unlock()
				if err != nil {
					os.Exit(4) // the parent is gone
				}
			}
		}()
	}
	// A guard in case the parent never kills this process.
	time.Sleep(time.Minute)
	fail("not killed within a minute")
}

// crashAck is one acknowledged event.
type crashAck struct {
	stream   string
	version  int64
	position uint64
}

// TestKillDuringAppends kills a process that appends from many goroutines
// with SIGKILL, at a random moment, and checks after each kill that the
// ledger holds every acknowledged event intact and is still gap-free.
// Repeated on the same file; LEDGER_CRASH_CYCLES sets the number of cycles.
// A process kill tests what SQLite committed before acknowledging, not
// what survives a power cut: the page cache of the OS outlives the process.
func TestKillDuringAppends(t *testing.T) {
	if testing.Short() {
		t.Skip("crash test skipped in -short mode")
	}
	cycles := 20
	if v := os.Getenv("LEDGER_CRASH_CYCLES"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			t.Fatalf("LEDGER_CRASH_CYCLES=%q is not a positive number", v)
		}
		cycles = n
	}
	path := filepath.Join(t.TempDir(), "ledger.db")
	st := &crashState{acked: make(map[uuid.UUID]crashAck), versions: make(map[string]int64)}
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 1))
	start := time.Now()
	for c := range cycles {
		killAfter := 200 + rng.IntN(1801)
		n := runAndKill(t, path, killAfter, st.acked)
		// Every fifth cycle and the last re-read the whole ledger.
		full := c%5 == 4 || c == cycles-1
		head := checkCrashedLedger(t, path, st, full)
		t.Logf("cycle %d: killed after %d acknowledged events (target %d); ledger holds %d events, %d acknowledged", c+1, n, killAfter, head, len(st.acked))
		if t.Failed() {
			return
		}
	}
	t.Logf("%d cycles in %v", cycles, time.Since(start).Round(time.Millisecond))
}

// runAndKill runs the helper on path, kills it once it has acknowledged
// killAfter events, and records every acknowledgement it printed.
func runAndKill(t *testing.T, path string, killAfter int, acked map[uuid.UUID]crashAck) int {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperWriter$", "-test.count=1")
	cmd.Env = append(os.Environ(), crashHelperEnv+"="+path)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	guard := time.AfterFunc(30*time.Second, func() { cmd.Process.Kill() })
	defer guard.Stop()

	n, killed := 0, false
	var unexpected []string
	sc := bufio.NewScanner(stdout)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) != 5 || f[0] != "ack" {
			unexpected = append(unexpected, sc.Text())
			continue
		}
		version, err1 := strconv.ParseInt(f[2], 10, 64)
		position, err2 := strconv.ParseUint(f[3], 10, 64)
		ids := strings.Split(f[4], ",")
		if err1 != nil || err2 != nil {
			unexpected = append(unexpected, sc.Text())
			continue
		}
		// The events of one append are consecutive in the stream and,
		// written in one transaction by one writer, in the ledger.
		for i, s := range ids {
			id, err := uuid.Parse(s)
			if err != nil {
				unexpected = append(unexpected, sc.Text())
				break
			}
			back := len(ids) - 1 - i
			acked[id] = crashAck{stream: f[1], version: version - int64(back), position: position - uint64(back)}
			n++
		}
		if !killed && n >= killAfter {
			if err := cmd.Process.Kill(); err != nil {
				t.Fatalf("kill: %v", err)
			}
			killed = true
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("reading the helper's output: %v", err)
	}
	err = cmd.Wait()
	if !killed || len(unexpected) > 0 {
		t.Fatalf("helper ended on its own (%v) after %d acknowledged events; unexpected output %q; stderr:\n%s", err, n, unexpected, stderr.String())
	}
	return n
}

// crashState is what the checks have established so far.
type crashState struct {
	acked    map[uuid.UUID]crashAck
	head     uint64 // the ledger is checked up to here
	lastID   uuid.UUID
	versions map[string]int64
	last     time.Time
}

// checkCrashedLedger opens the ledger and checks it against the
// acknowledgements: all of it when full, otherwise the events after the
// part already checked (re-reading a growing ledger under the race
// detector each cycle would dominate the test). It returns the head.
func checkCrashedLedger(t *testing.T, path string, st *crashState, full bool) uint64 {
	t.Helper()
	ctx := t.Context()
	s, err := sqlite.Open(path, sqlite.Options{})
	if err != nil {
		t.Fatalf("reopen after kill: %v", err)
	}
	defer func() {
		if err := s.Close(); err != nil {
			t.Errorf("close: %v", err)
		}
	}()
	head, err := s.Head(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if head < st.head {
		t.Fatalf("head %d is before the %d events checked earlier", head, st.head)
	}
	if full {
		st.head, st.lastID, st.versions, st.last = 0, uuid.Nil, make(map[string]int64), time.Time{}
	} else if st.head > 0 {
		prev, err := s.ReadAll(ctx, st.head-1, 1)
		if err != nil {
			t.Fatal(err)
		}
		if len(prev) != 1 || prev[0].ID != st.lastID {
			t.Fatalf("the event at position %d changed since the last check", st.head)
		}
	}
	from := st.head
	seen := make(map[uuid.UUID]bool)
	next := from + 1
	for next <= head {
		page, err := s.ReadAll(ctx, next-1, 1000)
		if err != nil {
			t.Fatal(err)
		}
		if len(page) == 0 {
			t.Fatalf("no events after %d, but head is %d", next-1, head)
		}
		for _, ev := range page {
			if ev.Position != next {
				t.Fatalf("position %d where %d was next: the ledger has a gap", ev.Position, next)
			}
			next++
			if ev.RecordedAt.Before(st.last) {
				t.Errorf("position %d recorded at %v, before the previous event at %v", ev.Position, ev.RecordedAt, st.last)
			}
			st.last = ev.RecordedAt
			if ev.Version != st.versions[ev.Stream]+1 {
				t.Errorf("position %d is %s v%d, after v%d", ev.Position, ev.Stream, ev.Version, st.versions[ev.Stream])
			}
			st.versions[ev.Stream] = ev.Version
			if !bytes.Equal(ev.Metadata, crashMeta(ev.Data)) || !bytes.Equal(ev.Data, crashPayload(ev.ID, len(ev.Data))) {
				t.Errorf("position %d (%s): payload of %d bytes does not match its metadata %q", ev.Position, ev.ID, len(ev.Data), ev.Metadata)
			}
			if a, ok := st.acked[ev.ID]; ok && (a.stream != ev.Stream || a.version != ev.Version || a.position != ev.Position) {
				t.Errorf("event %s acknowledged as %s v%d at %d, recorded as %s v%d at %d", ev.ID, a.stream, a.version, a.position, ev.Stream, ev.Version, ev.Position)
			}
			seen[ev.ID] = true
			st.head, st.lastID = ev.Position, ev.ID
		}
	}
	missing := 0
	for id, a := range st.acked {
		if a.position > from && !seen[id] {
			missing++
			if missing <= 5 {
				t.Errorf("acknowledged event %s (%s v%d at %d) is missing", id, a.stream, a.version, a.position)
			}
		}
	}
	if missing > 0 {
		t.Errorf("%d acknowledged events are missing", missing)
	}
	return head
}
