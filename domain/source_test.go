package domain_test

import (
	"maps"
	"testing"

	"github.com/controlsledger/ledger/domain"
)

func TestRegisterSource(t *testing.T) {
	runCases(t, registerACSRule, func(s *domain.SourceDocument, c domain.RegisterSource) ([]domain.Event, error) {
		return s.Register(c, now)
	}, func(c domain.RegisterSource) domain.Event { return domain.SourceDocumentRegistered(c) }, []tcase[domain.RegisterSource]{
		{name: "registered with its digest"},
		{name: "only an id, a title and a publisher", when: func(c *domain.RegisterSource) {
			*c = domain.RegisterSource{SourceID: c.SourceID, Title: c.Title, Publisher: c.Publisher}
		}},
		{name: "a language with a script", when: func(c *domain.RegisterSource) { c.Language = "zh-Hans" }},
		{name: "digest in capitals", when: func(c *domain.RegisterSource) {
			c.SHA256 = "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08"
		}},
		{name: "published today", when: func(c *domain.RegisterSource) { c.PublishedOn = day("2026-01-01") }},

		{name: "sourceId required", when: func(c *domain.RegisterSource) { c.SourceID = "" }, then: []want{required("sourceId")}},
		{name: "sourceId malformed", when: func(c *domain.RegisterSource) { c.SourceID = "87 FR 62186" }, then: []want{invalid("id.malformed", "sourceId")}},
		{name: "title required", when: func(c *domain.RegisterSource) { c.Title = "" }, then: []want{required("title")}},
		{name: "publisher required", when: func(c *domain.RegisterSource) { c.Publisher = "" }, then: []want{required("publisher")}},
		{name: "url malformed", when: func(c *domain.RegisterSource) { c.URL = "federalregister.gov" }, then: []want{invalid("url.malformed", "url")}},
		{name: "digest too short", when: func(c *domain.RegisterSource) { c.SHA256 = "9f86d081" }, then: []want{invalid("sha256.malformed", "sha256")}},
		{name: "digest not hexadecimal", when: func(c *domain.RegisterSource) {
			c.SHA256 = "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f0"
		},
			then: []want{invalid("sha256.malformed", "sha256")}},
		{name: "language malformed", when: func(c *domain.RegisterSource) { c.Language = "English" }, then: []want{invalid("language.malformed", "language")}},
		{name: "published in the future", when: func(c *domain.RegisterSource) { c.PublishedOn = day("2026-01-02") },
			then: []want{invalid("date.in_future", "publishedOn")}},
		{name: "several problems at once", when: func(c *domain.RegisterSource) { c.Title, c.Language, c.SHA256 = "", "EN", "x" },
			then: []want{required("title"), invalid("sha256.malformed", "sha256"), invalid("language.malformed", "language")}},

		{name: "source already registered", given: []domain.Event{domain.SourceDocumentRegistered(registerACSRule())},
			then: []want{conflict("source.already_exists", "sourceId")}},
	})
}

func TestCitedSources(t *testing.T) {
	acs := announced(acsAnnounce())
	acs.Sources = append(acs.Sources, srcPress, domain.Source{SourceID: "87-FR-74966", Title: "Extension of the comment period", Publisher: "BIS"})
	acs.Sources[0].SourceID = "87-FR-62186"
	conflictNote := domain.SourceConflictNoted(vishayConflict())
	conflictNote.Claims[1].Source.SourceID = "VISHAY-10-Q"
	for _, tt := range []struct {
		name string
		ev   domain.Event
		want map[string]string
	}{
		{"sources of an event", acs, map[string]string{"sources[0].sourceId": "87-FR-62186", "sources[2].sourceId": "87-FR-74966"}},
		{"claims of a conflict note", conflictNote, map[string]string{"claims[1].source.sourceId": "VISHAY-10-Q"}},
		{"an event citing no registered document", domain.MeasuresLinked(linkGaGeACS()), map[string]string{}},
		{"a registration cites nothing", domain.SourceDocumentRegistered(registerACSRule()), map[string]string{}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := map[string]string{}
			for _, c := range domain.CitedSources(tt.ev) {
				got[c.Field()] = c.ID
			}
			if !maps.Equal(got, tt.want) {
				t.Errorf("CitedSources = %v, want %v", got, tt.want)
			}
		})
	}
}
