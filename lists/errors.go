package lists

import (
	"errors"
	"fmt"
)

// The rules a snapshot is refused under. Each is a stable name a caller can
// show, log or test with errors.Is against the matching Err value.
const (
	// RuleEmpty: the file holds no entry at all (a failed download).
	RuleEmpty = "snapshot.empty"
	// RuleTruncated: the file stops before its end (a cut download).
	RuleTruncated = "snapshot.truncated"
	// RuleUnparseable: the file is not in the format it was read as.
	RuleUnparseable = "snapshot.unparseable"
	// RuleMassRemoval: the snapshot would remove more than the allowed share
	// of the previous snapshot's entries.
	RuleMassRemoval = "snapshot.mass_removal"
	// RuleWrongList: the two snapshots compared are of different lists.
	RuleWrongList = "snapshot.wrong_list"
)

// Sentinels to test a refusal's rule with errors.Is.
var (
	ErrEmpty       = &RefusedError{Rule: RuleEmpty}
	ErrTruncated   = &RefusedError{Rule: RuleTruncated}
	ErrUnparseable = &RefusedError{Rule: RuleUnparseable}
	ErrMassRemoval = &RefusedError{Rule: RuleMassRemoval}
	ErrWrongList   = &RefusedError{Rule: RuleWrongList}
)

// RefusedError says why a snapshot was refused. Its message is safe to show
// an operator: it names the format, the rule, and where in the file.
type RefusedError struct {
	// Rule is one of the Rule constants.
	Rule string
	// Format is the format the file was read as (empty for Check and Diff).
	Format Format
	// Where locates the problem in the file ("line 9084", "byte 2036211",
	// "entry 306"), when it has a place.
	Where string
	// Detail says what is wrong, in words.
	Detail string
	// Err is the underlying cause (a gzip or XML error), if any.
	Err error
}

func (e *RefusedError) Error() string {
	msg := "snapshot refused (" + e.Rule + ")"
	if e.Format != "" {
		msg = string(e.Format) + " " + msg
	}
	if e.Where != "" {
		msg += " at " + e.Where
	}
	if e.Detail != "" {
		msg += ": " + e.Detail
	}
	if e.Err != nil {
		msg += ": " + e.Err.Error()
	}
	return msg
}

// Unwrap returns the underlying cause.
func (e *RefusedError) Unwrap() error { return e.Err }

// Is matches a RefusedError with the same rule, so that
// errors.Is(err, ErrTruncated) holds for every truncated file.
func (e *RefusedError) Is(target error) bool {
	var t *RefusedError
	return errors.As(target, &t) && t.Rule == e.Rule && t.Where == "" && t.Detail == "" && t.Err == nil
}

func refuse(f Format, rule, where, format string, args ...any) *RefusedError {
	return &RefusedError{Rule: rule, Format: f, Where: where, Detail: fmt.Sprintf(format, args...)}
}
