package graph

import (
	"bufio"
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
)

// Role is what a caller may do. Each role includes the ones before it.
type Role int

// Roles.
const (
	// RoleNone may do nothing.
	RoleNone Role = iota
	// RoleReader may query and subscribe.
	RoleReader
	// RoleRecorder may also record facts (mutations).
	RoleRecorder
	// RoleAdmin may also run operational mutations.
	RoleAdmin
)

func (r Role) String() string {
	switch r {
	case RoleReader:
		return "reader"
	case RoleRecorder:
		return "recorder"
	case RoleAdmin:
		return "admin"
	}
	return "none"
}

// ParseRole reads a role name.
func ParseRole(s string) (Role, error) {
	for r := RoleNone; r <= RoleAdmin; r++ {
		if r.String() == s {
			return r, nil
		}
	}
	return RoleNone, fmt.Errorf("role %q is not one of none, reader, recorder, admin", s)
}

// Token is a bearer token as configured: only its SHA-256 is kept.
type Token struct {
	Hash  [sha256.Size]byte
	Role  Role
	Actor string
}

// HashToken returns the hash a token is configured by.
func HashToken(token string) string {
	sum := sha256.Sum256([]byte(token))
	return "sha256:" + hex.EncodeToString(sum[:])
}

// ParseTokens reads token lines "sha256:HEX ROLE ACTOR" (blank lines and
// lines starting with # are skipped), reporting every bad line.
func ParseTokens(r io.Reader) ([]Token, error) {
	var tokens []Token
	var problems []error
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		if len(f) != 3 {
			problems = append(problems, fmt.Errorf("token line %d: want \"sha256:HEX ROLE ACTOR\"", n))
			continue
		}
		var t Token
		raw, err := hex.DecodeString(strings.TrimPrefix(f[0], "sha256:"))
		if !strings.HasPrefix(f[0], "sha256:") || err != nil || len(raw) != sha256.Size {
			problems = append(problems, fmt.Errorf("token line %d: the hash must be sha256: and 64 hexadecimal digits (see ledger hash-token)", n))
			continue
		}
		copy(t.Hash[:], raw)
		if t.Role, err = ParseRole(f[1]); err != nil || t.Role == RoleNone {
			problems = append(problems, fmt.Errorf("token line %d: role must be reader, recorder or admin", n))
			continue
		}
		t.Actor = f[2]
		tokens = append(tokens, t)
	}
	if err := sc.Err(); err != nil {
		problems = append(problems, err)
	}
	return tokens, errors.Join(problems...)
}

// Principal is the authenticated caller of a request.
type Principal struct {
	Role  Role
	Actor string
}

type principalKey struct{}

func withPrincipal(ctx context.Context, p Principal) context.Context {
	return context.WithValue(ctx, principalKey{}, p)
}

func principal(ctx context.Context) Principal {
	p, _ := ctx.Value(principalKey{}).(Principal)
	return p
}

// errUnauthenticated is a credential that is missing where one is required,
// or unknown.
var errUnauthenticated = errors.New("unauthenticated")

// authenticator resolves bearer tokens to principals.
type authenticator struct {
	tokens    []Token
	anonymous Principal
}

// authenticate returns the principal of a credential ("Bearer X", or empty).
func (a *authenticator) authenticate(credential string) (Principal, error) {
	if credential == "" {
		if a.anonymous.Role == RoleNone {
			return Principal{}, fmt.Errorf("%w: send Authorization: Bearer <token>", errUnauthenticated)
		}
		return a.anonymous, nil
	}
	token, ok := strings.CutPrefix(credential, "Bearer ")
	if !ok {
		return Principal{}, fmt.Errorf("%w: the credential must be a bearer token", errUnauthenticated)
	}
	sum := sha256.Sum256([]byte(strings.TrimSpace(token)))
	for _, t := range a.tokens {
		if subtle.ConstantTimeCompare(sum[:], t.Hash[:]) == 1 {
			return Principal{Role: t.Role, Actor: t.Actor}, nil
		}
	}
	return Principal{}, fmt.Errorf("%w: unknown token", errUnauthenticated)
}

// require fails unless the request's principal has role r.
func require(ctx context.Context, r Role) error {
	if p := principal(ctx); p.Role < r {
		return &forbiddenError{need: r, have: p.Role}
	}
	return nil
}

type forbiddenError struct{ need, have Role }

func (e *forbiddenError) Error() string {
	return fmt.Sprintf("forbidden: this needs the %s role; the caller is %s", e.need, e.have)
}

// writeHTTPError writes a GraphQL error response outside of an operation.
func writeHTTPError(w http.ResponseWriter, status int, code, message string) {
	w.Header().Set("Content-Type", "application/json")
	if status == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", `Bearer realm="ledger"`)
	}
	w.WriteHeader(status)
	fmt.Fprintf(w, `{"errors":[{"message":%q,"extensions":{"code":%q}}]}`, message, code)
}
