package domain_test

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/controlsledger/ledger/domain"
)

// Test types: a command and events of the same struct, one with other
// tags, one that encodes itself.
type (
	stampCommand struct {
		At string `json:"at"`
	}
	stampEvent       stampCommand
	stampRetagged    struct{ At string }
	stampSelfEncoded stampCommand
)

func (stampEvent) EventType() string       { return "stamp.v1" }
func (stampEvent) Subject() domain.Ref     { return domain.Ref{} }
func (stampRetagged) EventType() string    { return "stamp.v1" }
func (stampRetagged) Subject() domain.Ref  { return domain.Ref{} }
func (stampSelfEncoded) EventType() string { return "stamp.v1" }
func (stampSelfEncoded) Subject() domain.Ref {
	return domain.Ref{}
}
func (s stampSelfEncoded) MarshalJSON() ([]byte, error) { return json.Marshal("at " + s.At) }

// An event that is its command converted has the command's JSON form, and
// Echoes says so; any other event, or a pair of types whose JSON forms may
// differ, it does not.
func TestEchoes(t *testing.T) {
	revoke := revokeACS()
	revoked := domain.MeasureRevoked(revoke)
	if !domain.Echoes(revoke, revoked) {
		t.Fatal("MeasureRevoked(cmd) does not echo its RevokeMeasure")
	}
	cmdJSON, err := domain.EncodeJSON(revoke)
	if err != nil {
		t.Fatal(err)
	}
	if evJSON, err := domain.Encode(revoked); err != nil || string(evJSON) != string(cmdJSON) {
		t.Fatalf("the event encodes as %s (%v), the command as %s", evJSON, err, cmdJSON)
	}
	other := revoked
	other.Reason += " (amended)"
	// Equal values that are not the command's own (a list copied, an empty
	// list for none) may encode otherwise (null for no list): not echoes.
	copied := revoked
	copied.Sources = slices.Clone(revoked.Sources)
	noSources := revoke
	noSources.Sources = nil
	emptySources := domain.MeasureRevoked(noSources)
	emptySources.Sources = []domain.Source{}
	announce := acsAnnounce()
	for _, tt := range []struct {
		name string
		cmd  any
		ev   domain.Event
	}{
		{"an event with another value", revoke, other},
		{"an event with a list copied", revoke, copied},
		{"an event with an empty list for none", noSources, emptySources},
		{"an event of another command", announce, revoked},
		{"an event of other tags", stampCommand{At: "noon"}, stampRetagged{At: "noon"}},
		{"an event that encodes itself", stampCommand{At: "noon"}, stampSelfEncoded{At: "noon"}},
		{"no command", nil, revoked},
	} {
		if domain.Echoes(tt.cmd, tt.ev) {
			t.Errorf("%s: Echoes reports true", tt.name)
		}
	}
	if !domain.Echoes(stampCommand{At: "noon"}, stampEvent{At: "noon"}) {
		t.Error("a plain conversion does not echo")
	}
}
