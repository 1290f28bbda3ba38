package kurrentdb

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"net"
	"regexp"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/EventStore/EventStore-Client-Go/v4/esdb"
	"github.com/EventStore/EventStore-Client-Go/v4/protos/shared"
	api "github.com/EventStore/EventStore-Client-Go/v4/protos/streams"
	"github.com/google/uuid"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/keepalive"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"
)

// fakeServer is an in-memory stand-in for the part of the KurrentDB gRPC
// API the Store uses (Streams.Append and Streams.Read), so that the
// conformance suite and the connection paths run without a server. It
// models what the adapter relies on, as documented and as the server's
// source reads: sparse $all positions, reads of $all that include their
// start position and refuse a position no event has, subscriptions that
// start after theirs, optimistic concurrency with the server's idempotency
// (a repeat of the same IDs at the same place succeeds, content unchecked),
// system events interleaved in $all, and a clock that sometimes steps back.
// It proves the adapter against this model; only a real server proves the
// model.
type fakeServer struct {
	api.UnimplementedStreamsServer

	// sharedCommit gives all events of one append the commit position of
	// the append, as in the log format of EventStoreDB 5, instead of one
	// commit position per event.
	sharedCommit bool
	// maxAppendSize is the server's MaxAppendSize: the bytes one append may
	// carry, counted as sizeRule says.
	maxAppendSize atomic.Int64
	// maxEventSize is KurrentDB 25.1's MaxAppendEventSize, the bytes one
	// event may carry (0: no limit, the default).
	maxEventSize atomic.Int64
	// sizeRule is how the server counts an append against its limits:
	// sizeDataOnly as 24.10 does, sizeWithMeta as 25.0 and later do.
	sizeRule atomic.Int32
	// notLeader is how many more calls that ask for the leader are
	// answered not-leader, as a follower does, naming this server as the
	// leader.
	notLeader atomic.Int32
	// followerCalls counts the calls that did not ask for the leader: a
	// follower would serve them, perhaps from a lagging copy.
	followerCalls atomic.Int64
	// loseAnswers is how many more appends get no answer: a new append is
	// written first (its answer is lost), a repeat of one is dropped, as a
	// leader drops the idempotent repeat of an append not yet replicated to
	// a quorum. The call waits until its context ends.
	loseAnswers atomic.Int32
	// appends counts the appends received; appendSeen receives the count
	// of each (without blocking: a test that reads it reads the latest).
	appends    atomic.Int64
	appendSeen chan int64
	// denyAll makes reads and subscriptions of $all fail with access
	// denied, as for a user without read access to $all.
	denyAll atomic.Bool

	lis  net.Listener
	srv  *grpc.Server
	addr string

	mu      sync.Mutex
	log     []fakeRecord
	streams map[string][]int // stream -> indexes in log, by revision
	next    uint64           // next log position
	events  int              // events written, for the clock and system events
	grown   chan struct{}    // closed and replaced when log grows
	drop    chan struct{}    // closed and replaced to drop live subscriptions
	held    chan struct{}    // while not nil, live subscriptions send nothing; closed on release
	mute    chan struct{}    // closed and replaced to silence live subscriptions for good
	// meta holds the stream metadata set by setMetadata, by stream.
	meta map[string]fakeMeta
}

// Ways the fake server counts the size of an append.
const (
	sizeDataOnly = iota // KurrentDB 24.10: the events' data
	sizeWithMeta        // KurrentDB 25.0 and later: data, metadata and twice the type
)

// fakeMeta is the part of a stream's metadata that hides events from
// stream reads: $tb (truncate before; math.MaxInt64 after a soft delete)
// and $maxCount. $maxAge is recorded but, the fake having no clock, hides
// nothing.
type fakeMeta struct {
	tb, maxCount int64
	maxAge       int64
}

type fakeRecord struct {
	id              uuid.UUID
	stream          string
	revision        uint64
	typ             string
	contentType     string
	data, meta      []byte
	commit, prepare uint64
	created         int64 // 100ns ticks since the Unix epoch
}

func (r fakeRecord) pos() esdb.Position { return esdb.Position{Commit: r.commit, Prepare: r.prepare} }

// newFakeServer starts a fake server on a free local port; it stops with
// the test.
func newFakeServer(tb testing.TB, sharedCommit bool) *fakeServer {
	tb.Helper()
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	f := newFakeServerOn(tb, lis, sharedCommit)
	return f
}

// newFakeServerOn serves a fake server on lis.
func newFakeServerOn(tb testing.TB, lis net.Listener, sharedCommit bool) *fakeServer {
	tb.Helper()
	f := &fakeServer{
		sharedCommit: sharedCommit,
		lis:          lis,
		addr:         lis.Addr().String(),
		streams:      make(map[string][]int),
		next:         1000,
		grown:        make(chan struct{}),
		drop:         make(chan struct{}),
		mute:         make(chan struct{}),
		appendSeen:   make(chan int64, 1024),
		meta:         make(map[string]fakeMeta),
	}
	f.maxAppendSize.Store(16 << 20)
	// A server starts with a few system events, one of them of a type
	// without '$' in a system stream.
	f.mu.Lock()
	f.writeLocked("$settings", []fakeRecord{{id: uuid.New(), typ: "$settings", contentType: "application/json", data: []byte(`{}`)}})
	f.writeLocked("$users", []fakeRecord{{id: uuid.New(), typ: "$User", contentType: "application/json", data: []byte(`{}`)}})
	f.writeLocked("$projections-demo-checkpoint", []fakeRecord{{id: uuid.New(), typ: "ProjectionCheckpoint", contentType: "application/json", data: []byte(`{}`)}})
	f.mu.Unlock()
	f.srv = grpc.NewServer(
		grpc.KeepaliveEnforcementPolicy(keepalive.EnforcementPolicy{MinTime: time.Second, PermitWithoutStream: true}),
		grpc.MaxRecvMsgSize(32<<20),
	)
	api.RegisterStreamsServer(f.srv, f)
	go f.srv.Serve(lis)
	tb.Cleanup(f.srv.Stop)
	return f
}

// connString is the connection string of the fake server.
func (f *fakeServer) connString() string {
	return "esdb://" + f.addr + "?tls=false&maxDiscoverAttempts=2&discoveryInterval=50"
}

// dropSubscriptions ends every live subscription with Unavailable.
func (f *fakeServer) dropSubscriptions() {
	f.mu.Lock()
	defer f.mu.Unlock()
	close(f.drop)
	f.drop = make(chan struct{})
}

// silence makes the live subscriptions stop sending anything, events or
// checkpoints, and keep their gRPC stream open: what a node shutting down
// does when it drops a subscription as Unsubscribed without ending the
// call. Later subscriptions are served normally.
func (f *fakeServer) silence() {
	f.mu.Lock()
	defer f.mu.Unlock()
	close(f.mute)
	f.mute = make(chan struct{})
}

// setMetadata writes stream metadata, as an operator would: a $metadata
// event in the stream's metastream "$$stream". Stream reads then hide what
// $tb and $maxCount cut; $all keeps every event (until a scavenge, which
// the fake never runs).
func (f *fakeServer) setMetadata(stream string, m fakeMeta, raw string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.meta[stream] = m
	f.writeLocked("$$"+stream, []fakeRecord{{id: uuid.New(), typ: "$metadata", contentType: "application/json", data: []byte(raw)}})
}

// hardDelete deletes stream for good, as KurrentDB's tombstone does: a
// $streamDeleted event in the stream. Stream reads then fail.
func (f *fakeServer) hardDelete(stream string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.meta[stream] = fakeMeta{tb: math.MaxInt64}
	f.writeLocked(stream, []fakeRecord{{id: uuid.New(), typ: "$streamDeleted", contentType: "application/octet-stream"}})
}

// softDelete deletes stream as KurrentDB's soft delete does: metadata with
// $tb at the end of the stream's revisions.
func (f *fakeServer) softDelete(stream string) {
	f.setMetadata(stream, fakeMeta{tb: math.MaxInt64}, `{"$tb":9223372036854775807}`)
}

// visible reports whether the event of stream at revision rev, the stream
// having n events, is visible to stream reads under the stream's metadata.
// Called with f.mu held.
func (f *fakeServer) visibleLocked(stream string, rev uint64, n int) bool {
	m, ok := f.meta[stream]
	if !ok {
		return true
	}
	if m.tb > 0 && int64(rev) < m.tb {
		return false
	}
	if m.maxCount > 0 && int64(rev) < int64(n)-m.maxCount {
		return false
	}
	return true
}

// leaderCheck answers a call as a follower would when the fake is told to
// (notLeader), and counts the calls that did not ask for the leader.
func (f *fakeServer) leaderCheck(ctx context.Context, setTrailer func(metadata.MD)) error {
	md, _ := metadata.FromIncomingContext(ctx)
	if len(md.Get("requires-leader")) == 0 || md.Get("requires-leader")[0] != "true" {
		f.followerCalls.Add(1)
		return nil
	}
	for {
		n := f.notLeader.Load()
		if n <= 0 {
			return nil
		}
		if f.notLeader.CompareAndSwap(n, n-1) {
			break
		}
	}
	host, port, _ := net.SplitHostPort(f.addr)
	setTrailer(metadata.Pairs("exception", "not-leader", "leader-endpoint-host", host, "leader-endpoint-port", port))
	return status.Error(codes.NotFound, "Leader info available")
}

// hold makes live subscriptions stop sending events until release, as a
// slow network would: the store's index falls behind the server.
func (f *fakeServer) hold() {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.held == nil {
		f.held = make(chan struct{})
	}
}

func (f *fakeServer) release() {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.held != nil {
		close(f.held)
		f.held = nil
	}
}

// writeLocked appends records to stream, giving them revisions, positions
// and creation times.
func (f *fakeServer) writeLocked(stream string, recs []fakeRecord) {
	first := uint64(len(f.streams[stream]))
	start := len(f.log)
	for i := range recs {
		r := &recs[i]
		r.stream = stream
		r.revision = first + uint64(i)
		r.prepare = f.next
		f.next += 64 + uint64(len(r.data)+len(r.meta))
		r.commit = r.prepare
		// 10ms per event, but every 5th event 2s earlier: a node's clock
		// can step back.
		f.events++
		r.created = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC).UnixNano()/100 + int64(f.events)*100_000
		if f.events%5 == 0 {
			r.created -= 20_000_000
		}
	}
	if f.sharedCommit {
		commit := f.next // the commit record follows the prepares
		f.next += 64
		for i := range recs {
			recs[i].commit = commit
		}
	}
	for i, r := range recs {
		f.log = append(f.log, r)
		f.streams[stream] = append(f.streams[stream], start+i)
	}
	close(f.grown)
	f.grown = make(chan struct{})
}

func (f *fakeServer) Append(stream api.Streams_AppendServer) error {
	select {
	case f.appendSeen <- f.appends.Add(1):
	default:
	}
	if err := f.leaderCheck(stream.Context(), stream.SetTrailer); err != nil {
		return err
	}
	req, err := stream.Recv()
	if err != nil {
		return err
	}
	opts := req.GetOptions()
	if opts == nil {
		return status.Error(codes.InvalidArgument, "first message must be the options")
	}
	name := string(opts.GetStreamIdentifier().GetStreamName())
	const anyRevision, streamExists, noStream = -2, -4, -1
	var expected int64
	switch e := opts.GetExpectedStreamRevision().(type) {
	case *api.AppendReq_Options_Revision:
		expected = int64(e.Revision)
	case *api.AppendReq_Options_NoStream:
		expected = noStream
	case *api.AppendReq_Options_Any:
		expected = anyRevision
	case *api.AppendReq_Options_StreamExists:
		expected = streamExists
	}
	var (
		recs []fakeRecord
		size int
	)
	for {
		req, err := stream.Recv()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return err
		}
		m := req.GetProposedMessage()
		evSize := len(m.GetData())
		if f.sizeRule.Load() == sizeWithMeta {
			evSize += len(m.GetCustomMetadata()) + 2*len(m.GetMetadata()["type"])
		}
		if limit := f.maxEventSize.Load(); limit > 0 && int64(evSize) > limit {
			return status.Error(codes.InvalidArgument, fmt.Sprintf("Event Size: %d, exceeds Maximum Append Event Size of %d.", evSize, limit))
		}
		size += evSize
		if limit := f.maxAppendSize.Load(); int64(size) > limit {
			return status.Error(codes.InvalidArgument, fmt.Sprintf("Maximum Append Size of %d Exceeded.", limit))
		}
		st := m.GetId().GetStructured()
		id, err := esdb.ParseUUIDFromInt64(st.GetMostSignificantBits(), st.GetLeastSignificantBits())
		if err != nil {
			return status.Error(codes.InvalidArgument, err.Error())
		}
		recs = append(recs, fakeRecord{
			id:          id,
			typ:         m.GetMetadata()["type"],
			contentType: m.GetMetadata()["content-type"],
			data:        m.GetData(),
			meta:        m.GetCustomMetadata(),
		})
	}

	lose := false
	for n := f.loseAnswers.Load(); n > 0; n = f.loseAnswers.Load() {
		if f.loseAnswers.CompareAndSwap(n, n-1) {
			lose = true
			break
		}
	}
	resp, err := f.appendLocked(name, expected, recs)
	if lose {
		<-stream.Context().Done()
		return stream.Context().Err()
	}
	if err != nil {
		return err
	}
	return stream.SendAndClose(resp)
}

// appendLocked applies an append and returns its answer.
func (f *fakeServer) appendLocked(name string, expected int64, recs []fakeRecord) (*api.AppendResp, error) {
	const anyRevision, streamExists, noStream = -2, -4, -1
	f.mu.Lock()
	defer f.mu.Unlock()
	current := int64(len(f.streams[name])) - 1
	if m, ok := f.meta[name]; ok && m.tb == math.MaxInt64 && expected == noStream {
		// A soft-deleted stream takes an append that expects no stream, and
		// carries on from its last revision.
		expected = current
	}
	ok := expected == anyRevision || expected == current || (expected == streamExists && current >= 0)
	if !ok && expected >= noStream && expected < current {
		// The server's idempotency: the same IDs at the same place make a
		// successful no-op, whatever their content.
		idx := f.streams[name][expected+1:]
		if len(idx) >= len(recs) {
			same := true
			for i, r := range recs {
				same = same && f.log[idx[i]].id == r.id
			}
			if same {
				last := f.log[idx[len(recs)-1]]
				return f.success(last), nil
			}
		}
	}
	if !ok {
		wrong := &api.AppendResp_WrongExpectedVersion{}
		if current < 0 {
			wrong.CurrentRevisionOption = &api.AppendResp_WrongExpectedVersion_CurrentNoStream{CurrentNoStream: &shared.Empty{}}
		} else {
			wrong.CurrentRevisionOption = &api.AppendResp_WrongExpectedVersion_CurrentRevision{CurrentRevision: uint64(current)}
		}
		if expected == noStream {
			wrong.ExpectedRevisionOption = &api.AppendResp_WrongExpectedVersion_ExpectedNoStream{ExpectedNoStream: &shared.Empty{}}
		} else {
			wrong.ExpectedRevisionOption = &api.AppendResp_WrongExpectedVersion_ExpectedRevision{ExpectedRevision: uint64(expected)}
		}
		return &api.AppendResp{Result: &api.AppendResp_WrongExpectedVersion_{WrongExpectedVersion: wrong}}, nil
	}
	if m, deleted := f.meta[name]; deleted && m.tb == math.MaxInt64 {
		// The append undeletes the stream: what it wrote is visible.
		m.tb = current + 1
		f.meta[name] = m
	}
	f.writeLocked(name, recs)
	last := f.log[len(f.log)-1]
	if f.events%4 == 0 {
		f.writeLocked("$stats-"+f.addr, []fakeRecord{{id: uuid.New(), typ: "$statsCollected", contentType: "application/json", data: []byte(`{"cpu":1}`)}})
	}
	return f.success(last), nil
}

func (f *fakeServer) success(last fakeRecord) *api.AppendResp {
	return &api.AppendResp{Result: &api.AppendResp_Success_{Success: &api.AppendResp_Success{
		CurrentRevisionOption: &api.AppendResp_Success_CurrentRevision{CurrentRevision: last.revision},
		PositionOption: &api.AppendResp_Success_Position{Position: &api.AppendResp_Position{
			CommitPosition: last.commit, PreparePosition: last.commit,
		}},
	}}}
}

func (r fakeRecord) proto() *api.ReadResp {
	most, least := esdb.UUIDAsInt64(r.id)
	return &api.ReadResp{Content: &api.ReadResp_Event{Event: &api.ReadResp_ReadEvent{
		Event: &api.ReadResp_ReadEvent_RecordedEvent{
			Id:               &shared.UUID{Value: &shared.UUID_Structured_{Structured: &shared.UUID_Structured{MostSignificantBits: most, LeastSignificantBits: least}}},
			StreamIdentifier: &shared.StreamIdentifier{StreamName: []byte(r.stream)},
			StreamRevision:   r.revision,
			PreparePosition:  r.prepare,
			CommitPosition:   r.commit,
			Metadata: map[string]string{
				"type":         r.typ,
				"content-type": r.contentType,
				"created":      strconv.FormatInt(r.created, 10),
			},
			CustomMetadata: r.meta,
			Data:           r.data,
		},
		Position: &api.ReadResp_ReadEvent_CommitPosition{CommitPosition: r.commit},
	}}}
}

func (f *fakeServer) Read(req *api.ReadReq, srv api.Streams_ReadServer) error {
	if err := f.leaderCheck(srv.Context(), srv.SetTrailer); err != nil {
		return err
	}
	o := req.GetOptions()
	backwards := o.GetReadDirection() == api.ReadReq_Options_Backwards
	switch so := o.GetStreamOption().(type) {
	case *api.ReadReq_Options_Stream:
		if o.GetSubscription() != nil {
			return status.Error(codes.Unimplemented, "the fake has no stream subscriptions")
		}
		return f.readStream(so.Stream, backwards, o.GetCount(), srv)
	case *api.ReadReq_Options_All:
		if f.denyAll.Load() {
			return status.Error(codes.PermissionDenied, "Access denied")
		}
		if o.GetSubscription() != nil {
			return f.subscribeAll(so.All, o.GetFilter(), srv)
		}
		return f.readAll(so.All, backwards, o.GetCount(), srv)
	}
	return status.Error(codes.InvalidArgument, "no stream option")
}

func (f *fakeServer) readStream(so *api.ReadReq_Options_StreamOptions, backwards bool, count uint64, srv api.Streams_ReadServer) error {
	name := string(so.GetStreamIdentifier().GetStreamName())
	f.mu.Lock()
	var recs []fakeRecord
	for _, i := range f.streams[name] {
		recs = append(recs, f.log[i])
	}
	visible := make([]bool, len(recs))
	for i := range recs {
		visible[i] = f.visibleLocked(name, uint64(i), len(recs))
	}
	f.mu.Unlock()
	if len(recs) == 0 {
		return srv.Send(&api.ReadResp{Content: &api.ReadResp_StreamNotFound_{StreamNotFound: &api.ReadResp_StreamNotFound{StreamIdentifier: so.GetStreamIdentifier()}}})
	}
	var from int64
	switch r := so.GetRevisionOption().(type) {
	case *api.ReadReq_Options_StreamOptions_Revision:
		from = int64(r.Revision)
	case *api.ReadReq_Options_StreamOptions_Start:
		from = 0
	case *api.ReadReq_Options_StreamOptions_End:
		from = int64(len(recs)) - 1
		if !backwards {
			from = int64(len(recs))
		}
	}
	step := int64(1)
	if backwards {
		step = -1
	}
	for i := from; i >= 0 && i < int64(len(recs)) && count > 0; i += step {
		if !visible[i] {
			continue
		}
		if err := srv.Send(recs[i].proto()); err != nil {
			return err
		}
		count--
	}
	return nil
}

// startIndex finds where a read of $all from opt starts: the first record
// at or after the position (inclusive), or, for a subscription, after it.
func (f *fakeServer) startIndex(opt *api.ReadReq_Options_AllOptions, exclusive bool) (int, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	switch a := opt.GetAllOption().(type) {
	case *api.ReadReq_Options_AllOptions_Start:
		return 0, nil
	case *api.ReadReq_Options_AllOptions_End:
		return len(f.log), nil
	case *api.ReadReq_Options_AllOptions_Position:
		pos := esdb.Position{Commit: a.Position.GetCommitPosition(), Prepare: a.Position.GetPreparePosition()}
		for i, r := range f.log {
			if r.pos() != pos {
				continue
			}
			if !exclusive {
				return i, nil
			}
			// With shared commit positions, the fake resumes at commit
			// granularity, the harshest reading of "after": it skips the
			// rest of the append.
			for i < len(f.log) && (f.log[i].pos() == pos || (f.sharedCommit && f.log[i].commit == pos.Commit)) {
				i++
			}
			return i, nil
		}
		return 0, status.Error(codes.Unknown, fmt.Sprintf("invalid position %d/%d", pos.Commit, pos.Prepare))
	}
	return 0, status.Error(codes.InvalidArgument, "no $all position")
}

func (f *fakeServer) readAll(opt *api.ReadReq_Options_AllOptions, backwards bool, count uint64, srv api.Streams_ReadServer) error {
	start, err := f.startIndex(opt, false)
	if err != nil {
		return err
	}
	f.mu.Lock()
	recs := append([]fakeRecord(nil), f.log...)
	f.mu.Unlock()
	if backwards {
		for i := start - 1; i >= 0 && count > 0; i-- {
			if err := srv.Send(recs[i].proto()); err != nil {
				return err
			}
			count--
		}
		return nil
	}
	for i := start; i < len(recs) && count > 0; i++ {
		if err := srv.Send(recs[i].proto()); err != nil {
			return err
		}
		count--
	}
	return nil
}

func (f *fakeServer) subscribeAll(opt *api.ReadReq_Options_AllOptions, filter *api.ReadReq_Options_FilterOptions, srv api.Streams_ReadServer) error {
	next, err := f.startIndex(opt, true)
	if err != nil {
		return err
	}
	var typeFilter *regexp.Regexp
	if expr := filter.GetEventType(); expr != nil && expr.GetRegex() != "" {
		typeFilter = regexp.MustCompile(expr.GetRegex())
	}
	if err := srv.Send(&api.ReadResp{Content: &api.ReadResp_Confirmation{Confirmation: &api.ReadResp_SubscriptionConfirmation{SubscriptionId: uuid.NewString()}}}); err != nil {
		return err
	}
	caughtUp := false
	f.mu.Lock()
	mute := f.mute
	f.mu.Unlock()
	for {
		f.mu.Lock()
		recs := append([]fakeRecord(nil), f.log[next:]...)
		grown, drop, held := f.grown, f.drop, f.held
		f.mu.Unlock()
		select {
		case <-mute:
			// Unsubscribed, with the call left open.
			<-srv.Context().Done()
			return srv.Context().Err()
		default:
		}
		if held != nil {
			select {
			case <-held:
				continue
			case <-srv.Context().Done():
				return srv.Context().Err()
			}
		}
		for _, r := range recs {
			if typeFilter == nil || typeFilter.MatchString(r.typ) {
				if err := srv.Send(r.proto()); err != nil {
					return err
				}
			}
		}
		next += len(recs)
		if len(recs) > 0 && typeFilter != nil {
			last := recs[len(recs)-1]
			if err := srv.Send(&api.ReadResp{Content: &api.ReadResp_Checkpoint_{Checkpoint: &api.ReadResp_Checkpoint{CommitPosition: last.commit, PreparePosition: last.prepare}}}); err != nil {
				return err
			}
		}
		if !caughtUp {
			caughtUp = true
			if err := srv.Send(&api.ReadResp{Content: &api.ReadResp_CaughtUp_{CaughtUp: &api.ReadResp_CaughtUp{}}}); err != nil {
				return err
			}
		}
		select {
		case <-grown:
		case <-mute:
		case <-drop:
			return status.Error(codes.Unavailable, "subscription dropped by the test")
		case <-srv.Context().Done():
			return srv.Context().Err()
		}
	}
}
