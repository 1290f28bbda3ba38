package kurrentdb

import (
	"context"
	"errors"
	"fmt"

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
	case code == esdb.ErrorCodeDeadlineExceeded || grpcCode == codes.DeadlineExceeded:
		return fmt.Errorf("kurrentdb: %s: %w", msg, context.DeadlineExceeded)
	case grpcCode == codes.InvalidArgument:
		// The server refuses an append over its MaxAppendSize (or, in
		// KurrentDB, an event over its MaxAppendEventSize) this way.
		return fmt.Errorf("kurrentdb: %s: %w", msg, eventstore.ErrInvalid)
	}
	return errors.New("kurrentdb: " + msg)
}
