package kurrentdb

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/EventStore/EventStore-Client-Go/v4/esdb"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/controlsledger/ledger/eventstore"
)

// esdbCode returns the code of an *esdb.Error in err's chain.
func esdbCode(err error) (esdb.ErrorCode, bool) {
	var esErr *esdb.Error
	if errors.As(err, &esErr) {
		return esErr.Code(), true
	}
	return 0, false
}

// isWrongExpectedVersion reports an append refused by the server's
// optimistic concurrency check. It looks for the *esdb.Error with
// errors.As, so it also finds one the client wrapped in a plain error
// (esdb.FromError would not).
func isWrongExpectedVersion(err error) bool {
	code, ok := esdbCode(err)
	return ok && code == esdb.ErrorCodeWrongExpectedVersion
}

// isNotFound reports a read of a stream that does not exist.
func isNotFound(err error) bool {
	code, ok := esdbCode(err)
	return ok && code == esdb.ErrorCodeResourceNotFound
}

// isConnectionClosed reports a client that will never connect again: after
// a failed discovery the client closes itself for good. The call that
// reports it sent nothing to the server, so it may be repeated on a new
// client.
func isConnectionClosed(err error) bool {
	code, ok := esdbCode(err)
	return ok && code == esdb.ErrorCodeConnectionClosed
}

// isNotLeader reports a call a follower refused because it needs the
// leader (the adapter asks for the leader on every call). The follower
// executed nothing, and the client has already started to reconnect to the
// leader the answer names, so the call may be repeated.
func isNotLeader(err error) bool {
	code, ok := esdbCode(err)
	return ok && code == esdb.ErrorCodeNotLeader
}

// isConnClosing reports a call that gRPC refused before starting it,
// because the client was closing the connection it chose (as it does to
// reconnect to the leader a follower named): nothing was sent.
func isConnClosing(err error) bool {
	return status.Code(errors.Unwrap(err)) == codes.Canceled && strings.Contains(err.Error(), "the client connection is closing")
}

// isAccessDenied reports a call the server refused for the user's rights.
func isAccessDenied(err error) bool {
	code, ok := esdbCode(err)
	return ok && code == esdb.ErrorCodeAccessDenied
}

// isClientDeadline reports a call the client gave up on by its own default
// deadline (10 seconds unless the connection string's defaultDeadline says
// otherwise), not because the caller's context ended: the caller checks
// its context first. A leader that has written an append but not yet
// replicated it to a quorum silently drops an idempotent repeat of that
// append, and the repeat ends this way.
func isClientDeadline(err error) bool {
	code, ok := esdbCode(err)
	if ok && code == esdb.ErrorCodeDeadlineExceeded {
		return true
	}
	if status.Code(err) == codes.DeadlineExceeded {
		return true
	}
	return errors.Is(err, context.DeadlineExceeded)
}

// isCutShort reports an append whose stream the server ended before the
// client had sent all its events: the client's Send then fails with
// io.EOF and the server's reason (for an append over MaxAppendSize,
// InvalidArgument) is lost. The server commits only an append it received
// whole, so nothing was written.
func isCutShort(err error) bool {
	return errors.Is(err, io.EOF)
}

// translate keeps the client's errors inside the adapter: an *esdb.Error,
// or a gRPC status the client let through, becomes an error of this
// package that carries the same message and, where the contract has one,
// the contract's sentinel; nothing of the client's types stays in the
// chain. Other errors (the adapter's own, the context's) pass unchanged.
func translate(err error) error {
	if err == nil {
		return nil
	}
	var esErr *esdb.Error
	if errors.As(err, &esErr) {
		return fromCode(esErr.Code(), status.Code(esErr.Err()), esErr.Error())
	}
	if st, ok := status.FromError(err); ok {
		return fromCode(esdb.ErrorCodeUnknown, st.Code(), err.Error())
	}
	return err
}

// fromCode builds the translated error of a client error with the given
// esdb code, gRPC code (codes.Unknown when there is none) and message.
func fromCode(code esdb.ErrorCode, grpcCode codes.Code, msg string) error {
	switch {
	case code == esdb.ErrorCodeWrongExpectedVersion:
		return fmt.Errorf("kurrentdb: %s: %w", msg, eventstore.ErrVersionConflict)
	case code == esdb.ErrorCodeAccessDenied || grpcCode == codes.PermissionDenied:
		return fmt.Errorf("kurrentdb: %s: access denied: the user of the connection string needs read access to $all and read and write access to the ledger's streams", msg)
	case code == esdb.ErrorCodeDeadlineExceeded || grpcCode == codes.DeadlineExceeded:
		return fmt.Errorf("kurrentdb: %s: %w", msg, context.DeadlineExceeded)
	case grpcCode == codes.InvalidArgument || grpcCode == codes.ResourceExhausted:
		// The server refuses an append over its MaxAppendSize (or, in
		// KurrentDB, an event over its MaxAppendEventSize) with
		// InvalidArgument, and a gRPC message over its receive limit with
		// ResourceExhausted.
		return fmt.Errorf("kurrentdb: %s: %w", msg, eventstore.ErrInvalid)
	}
	return errors.New("kurrentdb: " + msg)
}
