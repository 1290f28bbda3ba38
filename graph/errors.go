package graph

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/controlsledger/ledger/domain"
	"github.com/controlsledger/ledger/eventstore"
	"github.com/controlsledger/ledger/projections"
	"github.com/google/uuid"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// Error codes in extensions.code.
const (
	CodeBadUserInput    = "BAD_USER_INPUT"
	CodeNotFound        = "NOT_FOUND"
	CodeVersionConflict = "VERSION_CONFLICT"
	CodeConflict        = "CONFLICT"
	CodeInternal        = "INTERNAL"
	CodeForbidden       = "FORBIDDEN"
	CodeUnauthenticated = "UNAUTHENTICATED"
)

// inputError is a problem with a query's arguments (not a domain rule).
func inputError(field, rule, format string, args ...any) error {
	return &domain.RuleError{Kind: domain.ErrInvalid, Field: field, Rule: rule, Message: fmt.Sprintf(format, args...)}
}

// ruleCode is the code of a broken rule.
func ruleCode(re *domain.RuleError) string {
	switch re.Kind {
	case errLimit:
		return CodeLimitExceeded
	case domain.ErrNotFound:
		return CodeNotFound
	case domain.ErrConflict:
		return CodeConflict
	}
	return CodeBadUserInput
}

// fieldPath splits a rule error's field ("provisions[1].effectiveOn") into
// a path (["provisions", "1", "effectiveOn"]).
func fieldPath(field string) []string {
	out := []string{}
	for _, part := range strings.FieldsFunc(field, func(r rune) bool { return r == '.' || r == '[' || r == ']' }) {
		out = append(out, part)
	}
	return out
}

type requestIDKey struct{}

// withRequestID returns ctx carrying id.
func withRequestID(ctx context.Context, id string) context.Context {
	return context.WithValue(ctx, requestIDKey{}, id)
}

// requestID returns the request's ID, set by the HTTP handler.
func requestID(ctx context.Context) string {
	id, _ := ctx.Value(requestIDKey{}).(string)
	return id
}

// presenter maps errors to GraphQL errors with a stable extensions.code.
// Anything it does not know is logged with the request ID and shown only as
// INTERNAL with that ID.
func presenter(log *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		gqlErr := graphql.DefaultErrorPresenter(ctx, err)
		var re *domain.RuleError
		var conflict *eventstore.VersionConflictError
		var coerce *coercionError
		var forbidden *forbiddenError
		switch {
		case errors.As(err, &re):
			gqlErr.Message = re.Error()
			gqlErr.Extensions = map[string]any{"code": ruleCode(re), "rule": re.Rule, "field": re.Field}
		case errors.As(err, &conflict):
			gqlErr.Message = fmt.Sprintf("%s changed since version %d (now at version %d): reload and decide again", conflict.Stream, conflict.Expected, conflict.Actual)
			gqlErr.Extensions = map[string]any{"code": CodeVersionConflict, "expectedVersion": conflict.Expected, "actualVersion": conflict.Actual}
		case errors.As(err, &forbidden):
			gqlErr.Message = forbidden.Error()
			gqlErr.Extensions = map[string]any{"code": CodeForbidden}
		case errors.Is(err, context.DeadlineExceeded):
			gqlErr.Message = "the operation took longer than the server allows"
			gqlErr.Extensions = map[string]any{"code": CodeLimitExceeded}
		case errors.Is(err, projections.ErrBadAsOf), errors.Is(err, projections.ErrBeyondHead):
			gqlErr.Message = err.Error()
			gqlErr.Extensions = map[string]any{"code": CodeBadUserInput, "field": "asOf"}
		case errors.As(err, &coerce):
			field := inputField(gqlErr.Path)
			gqlErr.Message = field + ": " + coerce.msg
			gqlErr.Extensions = map[string]any{"code": CodeBadUserInput, "rule": "input.malformed", "field": field}
		case isGraphQLError(err) && len(gqlErr.Path) > 1 && gqlErr.Path[0] == ast.PathName("variable"):
			// A variable that does not fit its type: name the input field.
			field := "$" + pathString(gqlErr.Path[1:])
			gqlErr.Message = field + ": " + gqlErr.Message
			gqlErr.Extensions = map[string]any{"code": CodeBadUserInput, "rule": "input.invalid", "field": field}
		case isGraphQLError(err):
			// Parse and validation errors of gqlgen itself.
			if gqlErr.Extensions == nil {
				gqlErr.Extensions = map[string]any{}
			}
			switch gqlErr.Extensions["code"] {
			case nil:
				gqlErr.Extensions["code"] = CodeBadUserInput
			case "COMPLEXITY_LIMIT_EXCEEDED":
				gqlErr.Extensions["code"] = CodeLimitExceeded
			}
		default:
			id := requestID(ctx)
			log.ErrorContext(ctx, "internal error", "request_id", id, "path", gqlErr.Path.String(), "err", err)
			gqlErr.Message = "internal error (request " + id + ")"
			gqlErr.Extensions = map[string]any{"code": CodeInternal, "requestId": id}
		}
		return gqlErr
	}
}

// isGraphQLError reports an error gqlgen made itself (no wrapped cause).
func isGraphQLError(err error) bool {
	var gqlErr *gqlerror.Error
	return errors.As(err, &gqlErr) && gqlErr.Err == nil
}

// inputField names the input field of an argument path such as
// [announceMeasure input provisions 0 effectiveOn] the way rule errors do:
// "provisions[0].effectiveOn". Other arguments keep their name: "asOf.validAt".
func inputField(path ast.Path) string {
	if len(path) > 1 && path[1] == ast.PathName("input") {
		return pathString(path[2:])
	}
	return pathString(path[1:])
}

// pathString writes a path as "a.b[0].c".
func pathString(path ast.Path) string {
	var b strings.Builder
	for _, el := range path {
		switch el := el.(type) {
		case ast.PathIndex:
			fmt.Fprintf(&b, "[%d]", int(el))
		case ast.PathName:
			if b.Len() > 0 {
				b.WriteByte('.')
			}
			b.WriteString(string(el))
		}
	}
	return b.String()
}

// coercionError is a scalar value the API cannot read.
type coercionError struct{ msg string }

func (e *coercionError) Error() string { return e.msg }

// recoverer turns a panic in a resolver into an internal error.
func recoverer(log *slog.Logger) graphql.RecoverFunc {
	return func(ctx context.Context, p any) error {
		id := requestID(ctx)
		log.ErrorContext(ctx, "panic in resolver", "request_id", id, "panic", p)
		return fmt.Errorf("panic: %v", p)
	}
}

func newRequestID() string { return uuid.NewString() }
