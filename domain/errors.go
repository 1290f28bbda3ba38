package domain

import (
	"errors"
	"fmt"
	"strings"
)

// Error kinds. Every error the domain returns matches one of them with
// errors.Is.
var (
	// ErrInvalid is the kind of a command that breaks a rule.
	ErrInvalid = errors.New("invalid")
	// ErrNotFound is the kind of a command about a record that does not exist.
	ErrNotFound = errors.New("not found")
	// ErrConflict is the kind of a command that lost a race or repeats a
	// decision that can be taken only once.
	ErrConflict = errors.New("conflict")
	// ErrForbidden is the kind of a command the caller may not give.
	ErrForbidden = errors.New("forbidden")
)

// RuleError is a violated business rule. Rule is stable (e.g.
// "measure.not_found") and safe to match on; Field is the path of the
// offending input field in the command's JSON form (e.g.
// "provisions[1].effectiveOn"); Message is safe to show a user.
type RuleError struct {
	Kind    error
	Rule    string
	Field   string
	Message string
}

func (e *RuleError) Error() string {
	if e.Field == "" {
		return fmt.Sprintf("%s: %s", e.Rule, e.Message)
	}
	return fmt.Sprintf("%s: %s: %s", e.Field, e.Rule, e.Message)
}

// Is reports whether target is the error's kind.
func (e *RuleError) Is(target error) bool { return target == e.Kind }

// RuleErrors lists the rule errors in err, which may be a single *RuleError
// or a join of several.
func RuleErrors(err error) []*RuleError {
	var out []*RuleError
	var walk func(error)
	walk = func(err error) {
		if err == nil {
			return
		}
		if re, ok := err.(*RuleError); ok {
			out = append(out, re)
			return
		}
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			for _, e := range j.Unwrap() {
				walk(e)
			}
			return
		}
		walk(errors.Unwrap(err))
	}
	walk(err)
	return out
}

// problems collects rule violations so that a command reports all of them at
// once.
type problems struct{ errs []error }

func (p *problems) add(kind error, field, rule, format string, args ...any) {
	p.errs = append(p.errs, &RuleError{Kind: kind, Rule: rule, Field: field, Message: fmt.Sprintf(format, args...)})
}

func (p *problems) invalid(field, rule, format string, args ...any) {
	p.add(ErrInvalid, field, rule, format, args...)
}

func (p *problems) err() error { return errors.Join(p.errs...) }

// required reports an empty string field.
func (p *problems) required(field, value string) bool {
	if strings.TrimSpace(value) == "" {
		p.invalid(field, "field.required", "%s is required", field)
		return false
	}
	return true
}

// requiredDate reports a missing date.
func (p *problems) requiredDate(field string, d Date) bool {
	if d.IsZero() {
		p.invalid(field, "field.required", "%s is required", field)
		return false
	}
	return true
}

// oneOf reports a value outside the allowed set.
func (p *problems) oneOf(field, value string, allowed []string) {
	if !p.required(field, value) {
		return
	}
	for _, a := range allowed {
		if value == a {
			return
		}
	}
	p.invalid(field, "field.not_allowed", "%s must be one of %s, not %q", field, strings.Join(allowed, ", "), value)
}

// ordered reports a later date that comes before an earlier one.
func (p *problems) ordered(earlierField string, earlier Date, laterField string, later Date) {
	if !earlier.IsZero() && !later.IsZero() && later.Before(earlier) {
		p.invalid(laterField, "dates.out_of_order", "%s (%s) is before %s (%s)", laterField, later, earlierField, earlier)
	}
}
