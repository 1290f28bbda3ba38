package domain

import (
	"encoding/hex"
	"fmt"
	"reflect"
	"strconv"
	"sync"
	"time"
)

// SourceDocumentRegistered records a document events can cite by its
// SourceID: the legal text, a readout, a filing, with the SHA-256 of the
// captured text so that an auditor can check a copy.
type SourceDocumentRegistered struct {
	SourceID    string `json:"sourceId"`
	Publisher   string `json:"publisher"`
	Title       string `json:"title"`
	Citation    string `json:"citation,omitempty"`
	URL         string `json:"url,omitempty"`
	Official    bool   `json:"official"`
	Language    string `json:"language,omitempty"`
	SHA256      string `json:"sha256,omitempty"`
	PublishedOn Date   `json:"publishedOn,omitzero"`
	// List, for a snapshot of an official list, names the list
	// (us-ofac-sdn, un-sc-consolidated, us-bis-entity-list).
	List string `json:"list,omitempty"`
	// PublishedAt is the instant the document was published, or, for a list
	// that does not date its files, observed (downloaded): the world could
	// know what it says from then on. It sets the publication coordinate of
	// every event that cites the document. RFC 3339 in UTC, e.g.
	// 2022-02-23T01:52:37Z (see PublishedTime).
	PublishedAt string `json:"publishedAt,omitempty"`
	// Bytes and Entries are the size of the captured document and, for a
	// list snapshot, its number of entries.
	Bytes   int64 `json:"bytes,omitempty"`
	Entries int   `json:"entries,omitempty"`
}

func (SourceDocumentRegistered) EventType() string { return TypeSourceRegistered }
func (e SourceDocumentRegistered) Subject() Ref    { return Ref{KindSource, e.SourceID} }

// PublishedTime returns PublishedAt as a time, or, when it is not set, the
// start of PublishedOn; ok is false when the document gives neither.
func (e SourceDocumentRegistered) PublishedTime() (t time.Time, ok bool) {
	if e.PublishedAt != "" {
		t, err := time.Parse(time.RFC3339, e.PublishedAt)
		return t, err == nil
	}
	if !e.PublishedOn.IsZero() {
		return e.PublishedOn.Time(), true
	}
	return time.Time{}, false
}

// RegisterSource records a source document.
type RegisterSource SourceDocumentRegistered

// sourceCommands are the commands on source documents, each about the
// document its SourceID names.
var sourceCommands = []*CommandType{
	decidedBy("RegisterSource", func(c RegisterSource) Ref { return Ref{KindSource, c.SourceID} }, (*SourceDocument).Register),
}

// SourceDocument is the aggregate of one source document's stream.
type SourceDocument struct {
	Knowledge
	Version    int64
	Registered *SourceDocumentRegistered
}

// Exists reports whether the document was registered.
func (s *SourceDocument) Exists() bool { return s.Registered != nil }

// Apply folds one event of the document's stream into the aggregate.
func (s *SourceDocument) Apply(ev Event) {
	s.Version++
	if s.applyKnowledge(ev) {
		return
	}
	if e, ok := ev.(SourceDocumentRegistered); ok {
		s.Registered = &e
	}
}

// Register decides a RegisterSource command.
func (s *SourceDocument) Register(cmd RegisterSource, now time.Time) ([]Event, error) {
	var p problems
	p.id("sourceId", cmd.SourceID)
	p.required("title", cmd.Title)
	p.required("publisher", cmd.Publisher)
	p.url("url", cmd.URL)
	if cmd.SHA256 != "" {
		if b, err := hex.DecodeString(cmd.SHA256); err != nil || len(b) != 32 {
			p.invalid("sha256", "sha256.malformed", "sha256 must be 64 hexadecimal digits")
		}
	}
	if cmd.Language != "" && !languagePattern.MatchString(cmd.Language) {
		p.invalid("language", "language.malformed", "language %q must be a BCP 47 tag such as en or zh-Hans", cmd.Language)
	}
	if !cmd.PublishedOn.IsZero() {
		p.notFuture("publishedOn", cmd.PublishedOn, now)
	}
	if cmd.PublishedAt != "" {
		switch t, err := time.Parse(time.RFC3339, cmd.PublishedAt); {
		case err != nil || t.Location() != time.UTC || t.Format(time.RFC3339Nano) != cmd.PublishedAt:
			p.invalid("publishedAt", "instant.malformed", "publishedAt %q must be an RFC 3339 instant in UTC, such as 2022-02-23T01:52:37Z", cmd.PublishedAt)
		case t.After(now):
			p.invalid("publishedAt", "date.in_future", "publishedAt (%s) is after now: record it once it has happened", cmd.PublishedAt)
		}
	}
	if cmd.List != "" {
		p.id("list", cmd.List)
	}
	if cmd.Bytes < 0 || cmd.Entries < 0 {
		p.invalid("bytes", "count.negative", "bytes and entries cannot be negative")
	}
	if err := p.err(); err != nil {
		return nil, err
	}
	if s.Exists() {
		return nil, &RuleError{Kind: ErrConflict, Rule: "source.already_exists", Field: "sourceId",
			Message: fmt.Sprintf("source %q already exists", cmd.SourceID)}
	}
	return []Event{SourceDocumentRegistered(cmd)}, nil
}

// Citation is a registered document an event cites by ID.
type Citation struct {
	// ID is the document's SourceID.
	ID string
	// index is the citation's index in the event's sources, or in its
	// claims if claim.
	index int
	claim bool
}

// Field returns the field path of the citation in the event:
// sources[i].sourceId, or claims[i].source.sourceId.
func (c Citation) Field() string {
	if c.claim {
		return "claims[" + strconv.Itoa(c.index) + "].source.sourceId"
	}
	return "sources[" + strconv.Itoa(c.index) + "].sourceId"
}

// CitedSources returns the registered documents an event cites by ID, in
// the order of its sources, then of its claims.
func CitedSources(ev Event) []Citation {
	v := reflect.ValueOf(ev)
	if v.Kind() != reflect.Struct {
		return nil
	}
	var out []Citation
	at := citingFields(v.Type())
	if at.sources >= 0 {
		for i, src := range v.Field(at.sources).Interface().([]Source) {
			if src.SourceID != "" {
				out = append(out, Citation{ID: src.SourceID, index: i})
			}
		}
	}
	if at.claims >= 0 {
		for i, c := range v.Field(at.claims).Interface().([]SourceClaim) {
			if c.Source.SourceID != "" {
				out = append(out, Citation{ID: c.Source.SourceID, index: i, claim: true})
			}
		}
	}
	return out
}

// citing is where an event type's fields Sources ([]Source) and Claims
// ([]SourceClaim) are: their indexes, or -1.
type citing struct{ sources, claims int }

// citingByType caches citingFields (every command decided looks it up).
var citingByType sync.Map // reflect.Type → citing

func citingFields(t reflect.Type) citing {
	if c, ok := citingByType.Load(t); ok {
		return c.(citing)
	}
	c := citing{-1, -1}
	if f, ok := t.FieldByName("Sources"); ok && len(f.Index) == 1 && f.Type == reflect.TypeFor[[]Source]() {
		c.sources = f.Index[0]
	}
	if f, ok := t.FieldByName("Claims"); ok && len(f.Index) == 1 && f.Type == reflect.TypeFor[[]SourceClaim]() {
		c.claims = f.Index[0]
	}
	citingByType.Store(t, c)
	return c
}
