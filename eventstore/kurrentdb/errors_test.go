package kurrentdb

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/EventStore/EventStore-Client-Go/v4/esdb"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/controlsledger/ledger/eventstore"
)

// The client's error type has unexported fields: outside the server
// tests, the only *esdb.Error this package can build is an
// ErrorCodeUnknown one, through esdb.FromError. The codes are tested
// through fromCode, which translate calls with the code it found.
func TestTranslateRemovesClientErrors(t *testing.T) {
	esErr, _ := esdb.FromError(status.Error(codes.Unavailable, "connection refused"))
	for _, err := range []error{
		esErr,
		fmt.Errorf("append: %w", esErr),
		status.Error(codes.Internal, "boom"), // a raw gRPC error the client let through
	} {
		got := translate(err)
		var target *esdb.Error
		if errors.As(got, &target) {
			t.Errorf("translate(%v) still carries an *esdb.Error", err)
		}
		if _, ok := status.FromError(got); ok && got != nil {
			t.Errorf("translate(%v) = %v, still a gRPC status", err, got)
		}
		if !strings.HasPrefix(got.Error(), "kurrentdb: ") {
			t.Errorf("translate(%v) = %q, not marked as the server's", err, got)
		}
	}
	if !strings.Contains(translate(esErr).Error(), "connection refused") {
		t.Errorf("translate lost the message: %v", translate(esErr))
	}
	own := errors.New("the adapter's own")
	if got := translate(own); got != own {
		t.Errorf("translate changed an error of the adapter: %v", got)
	}
	if got := translate(context.Canceled); got != context.Canceled {
		t.Errorf("translate changed the context's error: %v", got)
	}
	if translate(nil) != nil {
		t.Error("translate(nil) is not nil")
	}
}

func TestFromCode(t *testing.T) {
	for _, c := range []struct {
		name string
		code esdb.ErrorCode
		grpc codes.Code
		want error // nil: none of the sentinels below
	}{
		{"wrong expected version", esdb.ErrorCodeWrongExpectedVersion, codes.Unknown, eventstore.ErrVersionConflict},
		{"client deadline", esdb.ErrorCodeDeadlineExceeded, codes.DeadlineExceeded, context.DeadlineExceeded},
		{"gRPC deadline", esdb.ErrorCodeUnknown, codes.DeadlineExceeded, context.DeadlineExceeded},
		{"max append size", esdb.ErrorCodeUnknown, codes.InvalidArgument, eventstore.ErrInvalid},
		{"unavailable", esdb.ErrorUnavailable, codes.Unavailable, nil},
		{"access denied", esdb.ErrorCodeAccessDenied, codes.PermissionDenied, nil},
		{"stream deleted", esdb.ErrorCodeStreamDeleted, codes.Unknown, nil},
		{"connection closed", esdb.ErrorCodeConnectionClosed, codes.Unknown, nil},
	} {
		err := fromCode(c.code, c.grpc, "[code] message")
		if !strings.Contains(err.Error(), "[code] message") {
			t.Errorf("%s: %q lost the message", c.name, err)
		}
		for _, sentinel := range []error{eventstore.ErrVersionConflict, context.DeadlineExceeded, eventstore.ErrInvalid, eventstore.ErrClosed, eventstore.ErrDuplicateEvent} {
			if got, want := errors.Is(err, sentinel), sentinel == c.want; got != want {
				t.Errorf("%s: errors.Is(%v, %v) = %v, want %v", c.name, err, sentinel, got, want)
			}
		}
	}
}

func TestClassifiers(t *testing.T) {
	unknown, _ := esdb.FromError(errors.New("x"))
	for name, is := range map[string]func(error) bool{
		"isWrongExpectedVersion": isWrongExpectedVersion,
		"isNotFound":             isNotFound,
		"isConnectionClosed":     isConnectionClosed,
	} {
		for _, err := range []error{nil, errors.New("plain"), unknown, status.Error(codes.NotFound, "not found")} {
			if is(err) {
				t.Errorf("%s(%v) = true", name, err)
			}
		}
	}
	// The positive cases need the client to build the error: the server
	// tests (TestServerErrorsTranslated and the conformance suite against
	// the fake server) make it do so.
}

func TestParseConnString(t *testing.T) {
	cfg, err := parseConnString("esdb://ledger:pw@db1:2113?tls=false")
	if err != nil {
		t.Fatal(err)
	}
	if got := describeAddress(cfg); got != "db1:2113" {
		t.Errorf("address %q, want db1:2113", got)
	}
	cfg, err = parseConnString("esdb://ledger:pw@db1:2113,db2:2113,db3?tls=false")
	if err != nil {
		t.Fatal(err)
	}
	if got := describeAddress(cfg); got != "db1:2113,db2:2113,db3:2113" {
		t.Errorf("address %q, want the three seeds", got)
	}
	cfg, err = parseConnString("esdb+discover://ledger:pw@cluster.example:2113")
	if err != nil {
		t.Fatal(err)
	}
	if got := describeAddress(cfg); strings.Contains(got, "pw") || !strings.Contains(got, "cluster.example") {
		t.Errorf("address %q, want the host without credentials", got)
	}
}
