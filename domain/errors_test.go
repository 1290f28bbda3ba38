package domain_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/controlsledger/ledger/domain"
)

func TestRuleErrorsThroughWrapping(t *testing.T) {
	var m domain.Measure
	cmd := acsAnnounce()
	cmd.Title, cmd.Sources = "", nil
	_, err := m.Announce(cmd, now)
	wrapped := fmt.Errorf("announce measure %s: %w", cmd.MeasureID, err)

	res := domain.RuleErrors(wrapped)
	if len(res) != 2 || res[0].Rule != "field.required" || res[0].Field != "title" || res[1].Rule != "sources.required" {
		t.Fatalf("RuleErrors(wrapped) = %v, want title field.required and sources.required", res)
	}
	if !errors.Is(wrapped, domain.ErrInvalid) {
		t.Error("a wrapped join of invalid rule errors is not ErrInvalid")
	}
	if errors.Is(wrapped, domain.ErrNotFound) || errors.Is(wrapped, domain.ErrConflict) {
		t.Error("an invalid command matches another kind")
	}
	var re *domain.RuleError
	if !errors.As(wrapped, &re) || re.Field != "title" {
		t.Errorf("errors.As finds %v, want the first rule error", re)
	}
}

func TestRuleErrorsOfOtherErrors(t *testing.T) {
	if got := domain.RuleErrors(nil); len(got) != 0 {
		t.Errorf("RuleErrors(nil) = %v", got)
	}
	if got := domain.RuleErrors(errors.New("disk full")); len(got) != 0 {
		t.Errorf("RuleErrors(plain error) = %v", got)
	}
}

func TestRuleErrorText(t *testing.T) {
	withField := &domain.RuleError{Kind: domain.ErrInvalid, Rule: "field.required", Field: "title", Message: "title is required"}
	if got, want := withField.Error(), "title: field.required: title is required"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	noField := &domain.RuleError{Kind: domain.ErrConflict, Rule: "measure.already_exists", Message: `measure "X" already exists`}
	if got, want := noField.Error(), `measure.already_exists: measure "X" already exists`; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
}
