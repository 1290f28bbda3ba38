package domain_test

import (
	"slices"
	"testing"

	"github.com/controlsledger/ledger/domain"
)

func TestAnnounceMeasure(t *testing.T) {
	tests := []struct {
		name  string
		given []domain.Event
		when  func(*domain.AnnounceMeasure)
		then  []want // nil: the command succeeds
	}{
		{name: "staged rule is recorded", when: func(*domain.AnnounceMeasure) {}},
		{name: "country-neutral measure needs no affected jurisdiction", when: func(c *domain.AnnounceMeasure) {
			c.Affected, c.CountryNeutral = nil, true
		}},
		{name: "announced today is not in the future", when: func(c *domain.AnnounceMeasure) { c.AnnouncedOn = day("2026-01-01") }},
		{name: "provisions may take effect after today", when: func(c *domain.AnnounceMeasure) { c.Provisions[2].EffectiveOn = day("2027-01-01") }},

		{name: "measureId required", when: func(c *domain.AnnounceMeasure) { c.MeasureID = "" }, then: []want{required("measureId")}},
		{name: "measureId malformed", when: func(c *domain.AnnounceMeasure) { c.MeasureID = "US 2022/ACS" }, then: []want{invalid("id.malformed", "measureId")}},
		{name: "measureId must start with a letter or digit", when: func(c *domain.AnnounceMeasure) { c.MeasureID = "-ACS" }, then: []want{invalid("id.malformed", "measureId")}},
		{name: "title required", when: func(c *domain.AnnounceMeasure) { c.Title = "  " }, then: []want{required("title")}},
		{name: "authority required", when: func(c *domain.AnnounceMeasure) { c.Authority = domain.Authority{} },
			then: []want{required("authority.id"), required("authority.name"), required("authority.jurisdiction")}},
		{name: "authority id malformed", when: func(c *domain.AnnounceMeasure) { c.Authority.ID = "US BIS" }, then: []want{invalid("id.malformed", "authority.id")}},
		{name: "authority jurisdiction malformed", when: func(c *domain.AnnounceMeasure) { c.Authority.Jurisdiction = "USA" },
			then: []want{invalid("jurisdiction.malformed", "authority.jurisdiction")}},
		{name: "implementing jurisdiction required", when: func(c *domain.AnnounceMeasure) { c.Implementing = "" }, then: []want{required("implementingJurisdiction")}},
		{name: "implementing jurisdiction in capitals", when: func(c *domain.AnnounceMeasure) { c.Implementing = "us" },
			then: []want{invalid("jurisdiction.malformed", "implementingJurisdiction")}},
		{name: "affected jurisdiction malformed", when: func(c *domain.AnnounceMeasure) { c.Affected[0].Jurisdiction = "China" },
			then: []want{invalid("jurisdiction.malformed", "affected[0].jurisdiction")}},
		{name: "affected jurisdiction required", when: func(c *domain.AnnounceMeasure) { c.Affected[0].Jurisdiction = "" }, then: []want{required("affected[0].jurisdiction")}},
		{name: "affected how required", when: func(c *domain.AnnounceMeasure) { c.Affected[0].How = "" }, then: []want{required("affected[0].how")}},
		{name: "affected how not allowed", when: func(c *domain.AnnounceMeasure) {
			c.Affected = append(c.Affected, domain.AffectedJurisdiction{Jurisdiction: "RU", How: "sanctioned"})
		}, then: []want{invalid("field.not_allowed", "affected[1].how")}},
		{name: "affected required unless country-neutral", when: func(c *domain.AnnounceMeasure) { c.Affected = nil },
			then: []want{invalid("affected.required", "affected")}},
		{name: "measureType required", when: func(c *domain.AnnounceMeasure) { c.MeasureType = "" }, then: []want{required("measureType")}},
		{name: "measureType not allowed", when: func(c *domain.AnnounceMeasure) { c.MeasureType = "sanction" },
			then: []want{invalid("field.not_allowed", "measureType")}},
		{name: "items required", when: func(c *domain.AnnounceMeasure) { c.Items = nil }, then: []want{invalid("items.required", "items")}},
		{name: "item description required", when: func(c *domain.AnnounceMeasure) { c.Items[1].Description = "" }, then: []want{required("items[1].description")}},
		{name: "provisions required", when: func(c *domain.AnnounceMeasure) { c.Provisions = nil }, then: []want{invalid("provisions.required", "provisions")}},
		{name: "provision fields required", when: func(c *domain.AnnounceMeasure) { c.Provisions[1] = domain.Provision{} },
			then: []want{required("provisions[1].id"), required("provisions[1].title"), required("provisions[1].effectiveOn")}},
		{name: "provision id malformed", when: func(c *domain.AnnounceMeasure) { c.Provisions[1].ID = "744.6 US persons" },
			then: []want{invalid("id.malformed", "provisions[1].id")}},
		{name: "provision id duplicate", when: func(c *domain.AnnounceMeasure) { c.Provisions[2].ID = c.Provisions[0].ID },
			then: []want{invalid("provision.duplicate", "provisions[2].id")}},
		{name: "instrument title required", when: func(c *domain.AnnounceMeasure) { c.Instrument.Title = "" }, then: []want{required("instrument.title")}},
		{name: "announcedOn required", when: func(c *domain.AnnounceMeasure) { c.AnnouncedOn = domain.Date{} }, then: []want{required("announcedOn")}},
		{name: "announcedOn in the future", when: func(c *domain.AnnounceMeasure) { c.AnnouncedOn = day("2026-01-02") },
			then: []want{invalid("date.in_future", "announcedOn")}},
		{name: "date kind required", when: func(c *domain.AnnounceMeasure) { c.Dates[1].Kind = "" }, then: []want{required("dates[1].kind")}},
		{name: "date kind not allowed", when: func(c *domain.AnnounceMeasure) { c.Dates[1].Kind = "gazetted" },
			then: []want{invalid("field.not_allowed", "dates[1].kind")}},
		{name: "date required", when: func(c *domain.AnnounceMeasure) { c.Dates[2].Date = domain.Date{} }, then: []want{required("dates[2].date")}},
		{name: "sources required", when: func(c *domain.AnnounceMeasure) { c.Sources = nil }, then: []want{invalid("sources.required", "sources")}},
		{name: "source title and publisher required", when: func(c *domain.AnnounceMeasure) {
			c.Sources = append(c.Sources, domain.Source{Citation: "87 FR 74966"})
		}, then: []want{required("sources[1].title"), required("sources[1].publisher")}},
		{name: "source url without scheme", when: func(c *domain.AnnounceMeasure) { c.Sources[0].URL = "www.federalregister.gov/d/2022-21658" },
			then: []want{invalid("url.malformed", "sources[0].url")}},
		{name: "source url not http", when: func(c *domain.AnnounceMeasure) { c.Sources[0].URL = "ftp://example.org/rule.pdf" },
			then: []want{invalid("url.malformed", "sources[0].url")}},
		{name: "source url without host", when: func(c *domain.AnnounceMeasure) { c.Sources[0].URL = "https:///d/2022-21658" },
			then: []want{invalid("url.malformed", "sources[0].url")}},

		{name: "measure already exists", given: []domain.Event{announced(acsAnnounce())}, when: func(*domain.AnnounceMeasure) {},
			then: []want{conflict("measure.already_exists", "measureId")}},
		{name: "an invalid command is reported before the conflict", given: []domain.Event{announced(acsAnnounce())},
			when: func(c *domain.AnnounceMeasure) { c.Title = "" }, then: []want{required("title")}},
		{name: "several problems at once", when: func(c *domain.AnnounceMeasure) {
			c.MeasureID = ""
			c.Implementing = "usa"
			c.Provisions[1].EffectiveOn = domain.Date{}
			c.AnnouncedOn = day("2027-05-01")
			c.Sources = nil
		}, then: []want{
			required("measureId"),
			invalid("jurisdiction.malformed", "implementingJurisdiction"),
			required("provisions[1].effectiveOn"),
			invalid("date.in_future", "announcedOn"),
			invalid("sources.required", "sources"),
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := measureGiven(tt.given...)
			cmd := acsAnnounce()
			tt.when(&cmd)
			got, err := m.Announce(cmd, now)
			if tt.then == nil {
				thenEvents(t, got, err, domain.MeasureAnnounced(cmd))
				return
			}
			thenRules(t, got, err, tt.then...)
		})
	}
}

func TestSuspendMeasure(t *testing.T) {
	acs := announced(acsAnnounce())
	revoked := domain.MeasureRevoked(revokeACS()) // from 2023-06-01
	tests := []struct {
		name  string
		given []domain.Event
		when  func(*domain.SuspendMeasure)
		then  []want
	}{
		{name: "one provision for a fixed period", given: []domain.Event{acs}, when: func(*domain.SuspendMeasure) {}},
		{name: "whole measure, open-ended", given: []domain.Event{acs}, when: func(c *domain.SuspendMeasure) {
			c.ProvisionIDs, c.Until = nil, domain.Date{}
		}},
		{name: "from the provision's effective date", given: []domain.Event{acs}, when: func(c *domain.SuspendMeasure) {
			c.From, c.Until = day("2022-10-12"), domain.Date{}
		}},
		{name: "until the day before the revocation", given: []domain.Event{acs, revoked}, when: func(c *domain.SuspendMeasure) {
			c.From, c.Until = day("2023-05-31"), domain.Date{}
		}},
		{name: "a second suspension with another id", given: []domain.Event{acs, domain.MeasureSuspended(suspendUSPersons())},
			when: func(c *domain.SuspendMeasure) {
				c.SuspensionID = "SUSP-2"
				c.From, c.Until = day("2023-03-01"), day("2023-04-01")
			}},

		{name: "measureId required", given: []domain.Event{acs}, when: func(c *domain.SuspendMeasure) { c.MeasureID = "" }, then: []want{required("measureId")}},
		{name: "measureId malformed", given: []domain.Event{acs}, when: func(c *domain.SuspendMeasure) { c.MeasureID = "US-2022-ACS?" },
			then: []want{invalid("id.malformed", "measureId")}},
		{name: "suspensionId required", given: []domain.Event{acs}, when: func(c *domain.SuspendMeasure) { c.SuspensionID = "" }, then: []want{required("suspensionId")}},
		{name: "from required", given: []domain.Event{acs}, when: func(c *domain.SuspendMeasure) { c.From = domain.Date{} }, then: []want{required("from")}},
		{name: "until equal to from", given: []domain.Event{acs}, when: func(c *domain.SuspendMeasure) { c.Until = c.From },
			then: []want{invalid("dates.out_of_order", "until")}},
		{name: "until before from", given: []domain.Event{acs}, when: func(c *domain.SuspendMeasure) { c.Until = day("2022-12-31") },
			then: []want{invalid("dates.out_of_order", "until")}},
		{name: "sources required", given: []domain.Event{acs}, when: func(c *domain.SuspendMeasure) { c.Sources = nil }, then: []want{invalid("sources.required", "sources")}},
		{name: "source url malformed", given: []domain.Event{acs}, when: func(c *domain.SuspendMeasure) { c.Sources[0].URL = "not a url" },
			then: []want{invalid("url.malformed", "sources[0].url")}},

		{name: "measure not found", when: func(*domain.SuspendMeasure) {}, then: []want{notFound("measure.not_found", "measureId")}},
		{name: "suspension id already used", given: []domain.Event{acs, domain.MeasureSuspended(suspendUSPersons())},
			when: func(c *domain.SuspendMeasure) { c.From, c.Until = day("2023-03-01"), day("2023-04-01") },
			then: []want{conflict("suspension.duplicate", "suspensionId")}},
		{name: "provision not found", given: []domain.Event{acs}, when: func(c *domain.SuspendMeasure) {
			c.ProvisionIDs = []string{"us-persons", "744.23"}
		}, then: []want{notFound("provision.not_found", "provisionIds[1]")}},
		{name: "provision not yet in force", given: []domain.Event{acs}, when: func(c *domain.SuspendMeasure) {
			c.From, c.Until = day("2022-10-10"), day("2022-11-01")
		}, then: []want{invalid("measure.not_in_force", "from")}},
		{name: "whole measure before its last provision takes effect", given: []domain.Event{acs}, when: func(c *domain.SuspendMeasure) {
			c.ProvisionIDs, c.From, c.Until = nil, day("2022-10-15"), domain.Date{}
		}, then: []want{invalid("measure.not_in_force", "from")}},
		{name: "measure revoked on the start date", given: []domain.Event{acs, revoked}, when: func(c *domain.SuspendMeasure) {
			c.From, c.Until = day("2023-06-01"), domain.Date{}
		}, then: []want{invalid("measure.revoked", "from")}},
		{name: "measure revoked before the start date", given: []domain.Event{acs, revoked}, when: func(c *domain.SuspendMeasure) {
			c.From, c.Until = day("2023-07-01"), day("2023-08-01")
		}, then: []want{invalid("measure.revoked", "from")}},
		{name: "several problems at once", given: []domain.Event{acs, revoked}, when: func(c *domain.SuspendMeasure) {
			c.ProvisionIDs = []string{"remaining", "no-such-provision"}
			c.From, c.Until = day("2022-10-13"), domain.Date{}
		}, then: []want{
			notFound("provision.not_found", "provisionIds[1]"),
			invalid("measure.not_in_force", "from"),
		}},
		{name: "several input problems at once", given: []domain.Event{acs}, when: func(c *domain.SuspendMeasure) {
			c.MeasureID, c.SuspensionID, c.Sources = "", "a b", nil
		}, then: []want{required("measureId"), invalid("id.malformed", "suspensionId"), invalid("sources.required", "sources")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := measureGiven(tt.given...)
			cmd := suspendUSPersons()
			tt.when(&cmd)
			got, err := m.Suspend(cmd, now)
			if tt.then == nil {
				thenEvents(t, got, err, domain.MeasureSuspended(cmd))
				return
			}
			thenRules(t, got, err, tt.then...)
		})
	}
}

func TestRevokeMeasure(t *testing.T) {
	acs := announced(acsAnnounce())
	tests := []struct {
		name  string
		given []domain.Event
		when  func(*domain.RevokeMeasure)
		then  []want
	}{
		{name: "revoked", given: []domain.Event{acs}, when: func(*domain.RevokeMeasure) {}},
		{name: "revoked by an instrument", given: []domain.Event{acs}, when: func(c *domain.RevokeMeasure) {
			c.Instrument = &domain.Instrument{Title: "Final rule", Citation: "88 FR 1"}
		}},
		{name: "revoked while suspended", given: []domain.Event{acs, domain.MeasureSuspended(suspendUSPersons())}, when: func(c *domain.RevokeMeasure) {
			c.EffectiveOn = day("2023-01-15")
		}},
		{name: "revoked on the day it started", given: []domain.Event{acs}, when: func(c *domain.RevokeMeasure) { c.EffectiveOn = day("2022-10-07") }},
		{name: "revoked in the future", given: []domain.Event{acs}, when: func(c *domain.RevokeMeasure) { c.EffectiveOn = day("2027-01-01") }},
		{name: "revoked between the effective date and a later announcement", when: func(c *domain.RevokeMeasure) {
			c.MeasureID, c.EffectiveOn = "US-2022-EL-36", day("2022-12-16")
		}, given: []domain.Event{func() domain.Event {
			el := el36Announce()
			el.AnnouncedOn = day("2022-12-19") // recorded at publication, effective three days earlier
			return announced(el)
		}()}},

		{name: "measureId required", given: []domain.Event{acs}, when: func(c *domain.RevokeMeasure) { c.MeasureID = "" }, then: []want{required("measureId")}},
		{name: "measureId malformed", given: []domain.Event{acs}, when: func(c *domain.RevokeMeasure) { c.MeasureID = "ACS\n" },
			then: []want{invalid("id.malformed", "measureId")}},
		{name: "effectiveOn required", given: []domain.Event{acs}, when: func(c *domain.RevokeMeasure) { c.EffectiveOn = domain.Date{} }, then: []want{required("effectiveOn")}},
		{name: "instrument title required when given", given: []domain.Event{acs}, when: func(c *domain.RevokeMeasure) {
			c.Instrument = &domain.Instrument{Citation: "88 FR 1"}
		}, then: []want{required("instrument.title")}},
		{name: "sources required", given: []domain.Event{acs}, when: func(c *domain.RevokeMeasure) { c.Sources = nil }, then: []want{invalid("sources.required", "sources")}},
		{name: "source publisher required", given: []domain.Event{acs}, when: func(c *domain.RevokeMeasure) { c.Sources[0].Publisher = "" },
			then: []want{required("sources[0].publisher")}},
		{name: "measure not found", when: func(*domain.RevokeMeasure) {}, then: []want{notFound("measure.not_found", "measureId")}},
		{name: "already revoked", given: []domain.Event{acs, domain.MeasureRevoked(revokeACS())}, when: func(c *domain.RevokeMeasure) {
			c.EffectiveOn = day("2023-07-01")
		}, then: []want{conflict("measure.already_revoked", "measureId")}},
		{name: "revocation before the measure starts", given: []domain.Event{acs}, when: func(c *domain.RevokeMeasure) {
			c.EffectiveOn = day("2022-10-06")
		}, then: []want{invalid("dates.out_of_order", "effectiveOn")}},
		{name: "several problems at once", given: []domain.Event{acs}, when: func(c *domain.RevokeMeasure) {
			c.EffectiveOn, c.Sources = domain.Date{}, []domain.Source{{URL: "mailto:bis@example.org"}}
		}, then: []want{required("effectiveOn"), required("sources[0].title"), required("sources[0].publisher"), invalid("url.malformed", "sources[0].url")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := measureGiven(tt.given...)
			cmd := revokeACS()
			tt.when(&cmd)
			got, err := m.Revoke(cmd, now)
			if tt.then == nil {
				thenEvents(t, got, err, domain.MeasureRevoked(cmd))
				return
			}
			thenRules(t, got, err, tt.then...)
		})
	}
}

// statusWant is a measure's status on a date and the status of each of its
// provisions, in order.
type statusWant struct {
	on         string
	measure    string
	provisions []string
}

func checkStatus(t *testing.T, m *domain.Measure, tests []statusWant) {
	t.Helper()
	for _, tt := range tests {
		got, provs := m.StatusAt(day(tt.on))
		var gotProvs []string
		for _, p := range provs {
			gotProvs = append(gotProvs, p.Status)
			if (p.Status == domain.StatusSuspended) != (p.Suspension != nil) {
				t.Errorf("%s: provision %s is %s with suspension %v", tt.on, p.Provision.ID, p.Status, p.Suspension)
			}
		}
		if got != tt.measure || !slices.Equal(gotProvs, tt.provisions) {
			t.Errorf("StatusAt(%s) = %s %v, want %s %v", tt.on, got, gotProvs, tt.measure, tt.provisions)
		}
	}
}

const (
	nya       = domain.StatusNotYetAnnounced
	ann       = domain.StatusAnnounced
	inForce   = domain.StatusInForce
	partly    = domain.StatusPartlySuspended
	suspended = domain.StatusSuspended
	revokedS  = domain.StatusRevoked
)

func TestStatusAtStagedProvisions(t *testing.T) {
	// US-2022-ACS: released 2022-10-07, provisions effective 10-07, 10-12
	// and 10-21, published 10-13.
	m := measureGiven(announced(acsAnnounce()))
	checkStatus(t, m, []statusWant{
		{"2022-10-06", nya, []string{nya, nya, nya}},
		{"2022-10-07", inForce, []string{inForce, ann, ann}},
		{"2022-10-10", inForce, []string{inForce, ann, ann}},
		{"2022-10-11", inForce, []string{inForce, ann, ann}},
		{"2022-10-12", inForce, []string{inForce, inForce, ann}},
		{"2022-10-13", inForce, []string{inForce, inForce, ann}},
		{"2022-10-20", inForce, []string{inForce, inForce, ann}},
		{"2022-10-21", inForce, []string{inForce, inForce, inForce}},
		{"2025-01-01", inForce, []string{inForce, inForce, inForce}},
	})
}

func TestStatusAtAnnouncedBeforeEffective(t *testing.T) {
	// CN-2023-GAGE: issued 2023-07-03, effective 2023-08-01.
	m := measureGiven(announced(gageAnnounce()))
	checkStatus(t, m, []statusWant{
		{"2023-07-02", nya, []string{nya}},
		{"2023-07-03", ann, []string{ann}},
		{"2023-07-31", ann, []string{ann}},
		{"2023-08-01", inForce, []string{inForce}},
	})
}

func TestStatusAtEffectiveBeforePublication(t *testing.T) {
	// US-2022-EL-36: announced 2022-12-15, effective 2022-12-16, published
	// 2022-12-19. It is in force on the days before publication.
	m := measureGiven(announced(el36Announce()))
	checkStatus(t, m, []statusWant{
		{"2022-12-14", nya, []string{nya}},
		{"2022-12-15", ann, []string{ann}},
		{"2022-12-16", inForce, []string{inForce}},
		{"2022-12-18", inForce, []string{inForce}},
		{"2022-12-19", inForce, []string{inForce}},
	})

	// Recorded with the publication date as announcedOn, the measure still
	// starts on its effective date.
	el := el36Announce()
	el.AnnouncedOn = day("2022-12-19")
	m = measureGiven(announced(el))
	checkStatus(t, m, []statusWant{
		{"2022-12-15", nya, []string{nya}},
		{"2022-12-16", inForce, []string{inForce}},
		{"2022-12-17", inForce, []string{inForce}},
	})
}

func TestStatusAtPartialSuspension(t *testing.T) {
	// us-persons suspended from 2023-01-01 until 2023-02-01 (exclusive).
	m := measureGiven(announced(acsAnnounce()), domain.MeasureSuspended(suspendUSPersons()))
	checkStatus(t, m, []statusWant{
		{"2022-12-31", inForce, []string{inForce, inForce, inForce}},
		{"2023-01-01", partly, []string{inForce, suspended, inForce}},
		{"2023-01-15", partly, []string{inForce, suspended, inForce}},
		{"2023-01-31", partly, []string{inForce, suspended, inForce}},
		{"2023-02-01", inForce, []string{inForce, inForce, inForce}},
		{"2024-01-01", inForce, []string{inForce, inForce, inForce}},
	})
	_, provs := m.StatusAt(day("2023-01-15"))
	if s := provs[1].Suspension; s == nil || s.SuspensionID != "SUSP-1" {
		t.Errorf("suspension of us-persons on 2023-01-15 = %+v, want SUSP-1", s)
	}
}

func TestStatusAtPartialSuspensionBeforeLaterProvisions(t *testing.T) {
	// The first provision suspended while the last is not yet effective:
	// the measure is partly suspended (one of two effective provisions).
	cmd := suspendUSPersons()
	cmd.ProvisionIDs, cmd.From, cmd.Until = []string{"eccns-end-use-fdp"}, day("2022-10-15"), day("2022-10-25")
	m := measureGiven(announced(acsAnnounce()), domain.MeasureSuspended(cmd))
	checkStatus(t, m, []statusWant{
		{"2022-10-15", partly, []string{suspended, inForce, ann}},
		{"2022-10-21", partly, []string{suspended, inForce, inForce}},
		{"2022-10-25", inForce, []string{inForce, inForce, inForce}},
	})
}

func TestStatusAtWholeSuspension(t *testing.T) {
	cmd := suspendUSPersons()
	cmd.ProvisionIDs, cmd.From, cmd.Until = nil, day("2023-03-01"), day("2023-04-01")
	m := measureGiven(announced(acsAnnounce()), domain.MeasureSuspended(cmd))
	checkStatus(t, m, []statusWant{
		{"2023-02-28", inForce, []string{inForce, inForce, inForce}},
		{"2023-03-01", suspended, []string{suspended, suspended, suspended}},
		{"2023-03-31", suspended, []string{suspended, suspended, suspended}},
		{"2023-04-01", inForce, []string{inForce, inForce, inForce}},
	})
}

func TestStatusAtEverySuspendedProvisionNamed(t *testing.T) {
	// Naming every provision is the same as suspending the whole measure.
	cmd := suspendUSPersons()
	cmd.ProvisionIDs = []string{"eccns-end-use-fdp", "us-persons", "remaining"}
	m := measureGiven(announced(acsAnnounce()), domain.MeasureSuspended(cmd))
	checkStatus(t, m, []statusWant{{"2023-01-10", suspended, []string{suspended, suspended, suspended}}})
}

func TestStatusAtOpenEndedSuspension(t *testing.T) {
	cmd := suspendUSPersons()
	cmd.ProvisionIDs, cmd.From, cmd.Until = nil, day("2023-03-01"), domain.Date{}
	m := measureGiven(announced(acsAnnounce()), domain.MeasureSuspended(cmd))
	checkStatus(t, m, []statusWant{
		{"2023-02-28", inForce, []string{inForce, inForce, inForce}},
		{"2023-03-01", suspended, []string{suspended, suspended, suspended}},
		{"2040-01-01", suspended, []string{suspended, suspended, suspended}},
	})
}

func TestStatusAtRevoked(t *testing.T) {
	// Revoked from 2023-06-01, after a suspension in January.
	m := measureGiven(announced(acsAnnounce()), domain.MeasureSuspended(suspendUSPersons()), domain.MeasureRevoked(revokeACS()))
	checkStatus(t, m, []statusWant{
		{"2022-10-06", nya, []string{nya, nya, nya}},
		{"2023-01-15", partly, []string{inForce, suspended, inForce}},
		{"2023-05-31", inForce, []string{inForce, inForce, inForce}},
		{"2023-06-01", revokedS, []string{revokedS, revokedS, revokedS}},
		{"2030-01-01", revokedS, []string{revokedS, revokedS, revokedS}},
	})
}

func TestStatusAtRevokedDuringOpenEndedSuspension(t *testing.T) {
	cmd := suspendUSPersons()
	cmd.ProvisionIDs, cmd.Until = nil, domain.Date{}
	m := measureGiven(announced(acsAnnounce()), domain.MeasureSuspended(cmd), domain.MeasureRevoked(revokeACS()))
	checkStatus(t, m, []statusWant{
		{"2023-05-31", suspended, []string{suspended, suspended, suspended}},
		{"2023-06-01", revokedS, []string{revokedS, revokedS, revokedS}},
	})
}

func TestStatusAtUnknownMeasure(t *testing.T) {
	var m domain.Measure
	got, provs := m.StatusAt(day("2023-01-01"))
	if got != domain.StatusNotYetAnnounced || len(provs) != 0 {
		t.Errorf("StatusAt on a measure with no events = %s %v, want %s and no provisions", got, provs, domain.StatusNotYetAnnounced)
	}
}

func TestMeasureApplyCountsVersions(t *testing.T) {
	m := measureGiven(announced(acsAnnounce()), domain.MeasureSuspended(suspendUSPersons()), domain.MeasureRevoked(revokeACS()))
	if m.Version != 3 || !m.Exists() || len(m.Suspensions) != 1 || m.Revoked == nil {
		t.Errorf("after three events: version %d, exists %v, %d suspensions, revoked %v", m.Version, m.Exists(), len(m.Suspensions), m.Revoked != nil)
	}
	if (&domain.Measure{}).Exists() {
		t.Error("a zero Measure exists")
	}
}
