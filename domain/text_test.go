package domain_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/controlsledger/ledger/domain"
)

func TestCheckInputRefusesTextItWouldHaveToChange(t *testing.T) {
	announce := func(edit func(*domain.AnnounceMeasure)) domain.AnnounceMeasure {
		c := acsAnnounce()
		edit(&c)
		return c
	}
	cases := []struct {
		name  string
		cmd   any
		rule  string
		field string
	}{
		{"invalid UTF-8 in a title", announce(func(c *domain.AnnounceMeasure) { c.Title = "Rule \xff\xfe" }), "text.invalid_utf8", "title"},
		{"a lone surrogate as JSON decoders leave it", announce(func(c *domain.AnnounceMeasure) { c.Title = "Rule \ufffd" }), "text.replacement_character", "title"},
		{"a lone surrogate as WTF-8 bytes", announce(func(c *domain.AnnounceMeasure) { c.Title = "Rule \xed\xa0\x80" }), "text.invalid_utf8", "title"},
		{"NUL in a nested title", announce(func(c *domain.AnnounceMeasure) { c.Sources[0].Title = "Rule\x00" }), "text.control_character", "sources[0].title"},
		{"a C1 control", announce(func(c *domain.AnnounceMeasure) { c.Authority.Name = "BIS\u0085" }), "text.control_character", "authority.name"},
		{"DEL", announce(func(c *domain.AnnounceMeasure) { c.Instrument.Citation = "87 FR\x7f" }), "text.control_character", "instrument.citation"},
		{"a line break in a one-line field", announce(func(c *domain.AnnounceMeasure) { c.Provisions[0].Title = "Licence\nrequirement" }), "text.control_character", "provisions[0].title"},
		{"a carriage return in prose", announce(func(c *domain.AnnounceMeasure) { c.Items[0].Description = "chips\r\nand tools" }), "text.control_character", "items[0].description"},
		{"a 0.9 MB title", announce(func(c *domain.AnnounceMeasure) { c.Title = strings.Repeat("a", 900_000) }), "text.too_long", "title"},
		{"a title one character too long", announce(func(c *domain.AnnounceMeasure) { c.Title = strings.Repeat("é", domain.MaxLineLength+1) }), "text.too_long", "title"},
		{"prose too long", announce(func(c *domain.AnnounceMeasure) {
			c.Dates = []domain.DatedFact{{Note: strings.Repeat("x", domain.MaxProseLength+1)}}
		}), "text.too_long", "dates[0].note"},
		{"a list of prose", domain.RecordMeeting{Outcomes: []string{"ok", "bad\x01"}}, "text.control_character", "outcomes[1]"},
		{"NUL in a list's raw entry", domain.DesignateParty{Raw: "entry\r\n\x00"}, "text.control_character", "raw"},
		{"a raw entry too long", domain.DesignateParty{Raw: strings.Repeat("x", domain.MaxVerbatimLength+1)}, "text.too_long", "raw"},
		{"a correction's new value", domain.CorrectRecord{Field: "title", NewValue: json.RawMessage(`"Rule\u0000"`)}, "text.control_character", "newValue"},
		{"a correction's new object", domain.CorrectRecord{Field: "sources[0]", NewValue: json.RawMessage(`{"title":"a\nb"}`)}, "text.control_character", "newValue.title"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := domain.CheckInput(c.cmd, nil, "")
			rules := domain.RuleErrors(err)
			if len(rules) != 1 || rules[0].Rule != c.rule || rules[0].Field != c.field || !errors.Is(err, domain.ErrInvalid) {
				t.Fatalf("CheckInput = %v, want one %s at %s", err, c.rule, c.field)
			}
			if !strings.Contains(rules[0].Message, c.field) {
				t.Fatalf("message %q does not name the field %s", rules[0].Message, c.field)
			}
		})
	}
}

func TestCheckInputAcceptsWhatTheRecordsHold(t *testing.T) {
	c := acsAnnounce()
	c.Title = strings.Repeat("界", domain.MaxLineLength)
	c.Items[0].Description = "advanced chips:\n\t- GPUs\n\t- accelerators"
	c.Sources[0].Title = "Règlement (UE) 2021/821 — «biens à double usage»"
	if err := domain.CheckInput(c, nil, "retry-1"); err != nil {
		t.Fatal(err)
	}
	// A list's entry is kept as its file gave it, line ends and all.
	if err := domain.CheckInput(domain.DesignateParty{Raw: "1,\"ACME\"\r\n\tRoom 5", Remarks: "a.\nb."}, nil, ""); err != nil {
		t.Fatal(err)
	}
	// A correction quotes the value it replaces as the ledger holds it,
	// which may predate these rules.
	fix := domain.CorrectRecord{Field: "title", OldValue: json.RawMessage(`"Rule\ufffd"`), NewValue: json.RawMessage(`"Rule"`)}
	if err := domain.CheckInput(fix, nil, ""); err != nil {
		t.Fatal(err)
	}
}

func TestCheckInputRefusesANegativeVersionAndABadKey(t *testing.T) {
	minus := int64(-1)
	zero := int64(0)
	if err := domain.CheckInput(acsAnnounce(), &zero, ""); err != nil {
		t.Fatalf("expectedVersion 0: %v", err)
	}
	cases := []struct {
		name    string
		version *int64
		key     string
		field   string
		rule    string
	}{
		{"expectedVersion -1", &minus, "", "expectedVersion", "expected_version.negative"},
		{"a key of two lines", nil, "a\nb", "idempotencyKey", "text.control_character"},
		{"a long key", nil, strings.Repeat("k", domain.MaxIdempotencyKeyLength+1), "idempotencyKey", "text.too_long"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := domain.CheckInput(acsAnnounce(), c.version, c.key)
			rules := domain.RuleErrors(err)
			if len(rules) != 1 || rules[0].Field != c.field || rules[0].Rule != c.rule || !errors.Is(err, domain.ErrInvalid) {
				t.Fatalf("CheckInput = %v, want %s at %s", err, c.rule, c.field)
			}
		})
	}
}

func TestCheckInputListsAtMostTwentyProblems(t *testing.T) {
	c := domain.RecordMeeting{Outcomes: make([]string, 1000)}
	for i := range c.Outcomes {
		c.Outcomes[i] = "\x00"
	}
	rules := domain.RuleErrors(domain.CheckInput(c, nil, ""))
	if len(rules) != 21 || rules[20].Rule != "text.too_many_problems" {
		t.Fatalf("%d rule errors, the last %v; want 20 and a note", len(rules), rules[len(rules)-1])
	}
}

// BenchmarkCheckInput measures the check every command pays before it is
// decided, on a measure announcement of the reference case.
func BenchmarkCheckInput(b *testing.B) {
	c := acsAnnounce()
	b.ReportAllocs()
	for b.Loop() {
		if err := domain.CheckInput(c, nil, "key"); err != nil {
			b.Fatal(err)
		}
	}
}
