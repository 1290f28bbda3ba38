package domain_test

import (
	"slices"
	"testing"

	"github.com/controlsledger/ledger/domain"
)

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

const expiredS = domain.StatusExpired

func TestStatusAtExpired(t *testing.T) {
	// A hypothetical sunset on 2024-10-07, after a suspension in January 2023.
	m := measureGiven(announced(acsAnnounce()), domain.MeasureSuspended(suspendUSPersons()), domain.MeasureExpired(expireACS()))
	checkStatus(t, m, []statusWant{
		{"2023-01-15", partly, []string{inForce, suspended, inForce}},
		{"2024-10-06", inForce, []string{inForce, inForce, inForce}},
		{"2024-10-07", expiredS, []string{expiredS, expiredS, expiredS}},
		{"2030-01-01", expiredS, []string{expiredS, expiredS, expiredS}},
	})
}

func TestStatusAtRevokedBeforeAPlannedExpiry(t *testing.T) {
	// Revoked from 2023-06-01; a later expiry date does not change that.
	m := measureGiven(announced(acsAnnounce()), domain.MeasureExpired(expireACS()), domain.MeasureRevoked(revokeACS()))
	checkStatus(t, m, []statusWant{
		{"2023-05-31", inForce, []string{inForce, inForce, inForce}},
		{"2023-06-01", revokedS, []string{revokedS, revokedS, revokedS}},
		{"2024-10-07", revokedS, []string{revokedS, revokedS, revokedS}},
	})
}

func TestStatusAtSuspensionLiftedEarly(t *testing.T) {
	// SUSP-1 covers us-persons from 2023-01-01 until 2023-02-01, lifted on
	// 2023-01-15: the provision applies again from the 15th.
	m := measureGiven(announced(acsAnnounce()), domain.MeasureSuspended(suspendUSPersons()), domain.SuspensionEnded(liftEarly()))
	checkStatus(t, m, []statusWant{
		{"2022-12-31", inForce, []string{inForce, inForce, inForce}},
		{"2023-01-01", partly, []string{inForce, suspended, inForce}},
		{"2023-01-14", partly, []string{inForce, suspended, inForce}},
		{"2023-01-15", inForce, []string{inForce, inForce, inForce}},
		{"2023-01-31", inForce, []string{inForce, inForce, inForce}},
	})
}

func TestStatusAtSuspensionExpired(t *testing.T) {
	// Recording that a suspension expired at its planned end changes nothing.
	end := liftEarly()
	end.EndedOn, end.How = day("2023-02-01"), domain.EndExpired
	m := measureGiven(announced(acsAnnounce()), domain.MeasureSuspended(suspendUSPersons()), domain.SuspensionEnded(end))
	checkStatus(t, m, []statusWant{
		{"2023-01-31", partly, []string{inForce, suspended, inForce}},
		{"2023-02-01", inForce, []string{inForce, inForce, inForce}},
	})
}

func TestStatusAtOpenEndedSuspensionReinstated(t *testing.T) {
	cmd := suspendUSPersons()
	cmd.ProvisionIDs, cmd.From, cmd.Until = nil, day("2023-03-01"), domain.Date{}
	end := liftEarly()
	end.EndedOn, end.How = day("2023-09-01"), domain.EndReinstated
	m := measureGiven(announced(acsAnnounce()), domain.MeasureSuspended(cmd), domain.SuspensionEnded(end))
	checkStatus(t, m, []statusWant{
		{"2023-03-01", suspended, []string{suspended, suspended, suspended}},
		{"2023-08-31", suspended, []string{suspended, suspended, suspended}},
		{"2023-09-01", inForce, []string{inForce, inForce, inForce}},
	})
}

func TestStatusAtAmended(t *testing.T) {
	// AMEND-1 (hypothetical) from 2023-11-17: ends "remaining", adds "sme"
	// (effective the same day) and "later" (effective 2024-01-01). Recorded
	// without its announcement date, it is invisible before it takes effect.
	m := measureGiven(announced(acsAnnounce()), domain.MeasureAmended(amendACS()))
	checkStatus(t, m, []statusWant{
		{"2022-10-06", nya, []string{nya, nya, nya}},
		{"2022-10-21", inForce, []string{inForce, inForce, inForce}},
		{"2023-11-16", inForce, []string{inForce, inForce, inForce}},
		{"2023-11-17", inForce, []string{inForce, inForce, revokedS, inForce, ann}},
		{"2024-01-01", inForce, []string{inForce, inForce, revokedS, inForce, inForce}},
	})
	_, provs := m.StatusAt(day("2023-01-01"))
	if !provs[2].EndsOn.IsZero() || !provs[0].EndsOn.IsZero() {
		t.Errorf("EndsOn of remaining = %s, of eccns-end-use-fdp = %s before the amendment; want none", provs[2].EndsOn, provs[0].EndsOn)
	}
	// Announced on 2023-10-25 (as 88 FR 73458 was published): from then on
	// its provisions are listed, announced, and the end it sets is shown.
	a := amendACS()
	a.AnnouncedOn = day("2023-10-25")
	m = measureGiven(announced(acsAnnounce()), domain.MeasureAmended(a))
	checkStatus(t, m, []statusWant{
		{"2023-10-24", inForce, []string{inForce, inForce, inForce}},
		{"2023-10-25", inForce, []string{inForce, inForce, inForce, ann, ann}},
		{"2023-11-17", inForce, []string{inForce, inForce, revokedS, inForce, ann}},
	})
	for _, c := range []struct {
		on   string
		ends domain.Date
	}{{"2023-10-24", domain.Date{}}, {"2023-10-25", day("2023-11-17")}} {
		if _, provs := m.StatusAt(day(c.on)); provs[2].EndsOn != c.ends {
			t.Errorf("EndsOn of remaining on %s = %s, want %s", c.on, provs[2].EndsOn, c.ends)
		}
	}
}

func TestStatusAtAmendedAndSuspended(t *testing.T) {
	// With every remaining effective provision suspended, an ended provision
	// does not keep the measure partly in force.
	cmd := suspendUSPersons()
	cmd.ProvisionIDs, cmd.From, cmd.Until = []string{"eccns-end-use-fdp", "us-persons", "sme"}, day("2023-12-01"), domain.Date{}
	m := measureGiven(announced(acsAnnounce()), domain.MeasureAmended(amendACS()), domain.MeasureSuspended(cmd))
	checkStatus(t, m, []statusWant{
		{"2023-12-01", suspended, []string{suspended, suspended, revokedS, suspended, ann}},
		{"2024-01-01", partly, []string{suspended, suspended, revokedS, suspended, inForce}},
	})
}

func TestContentAt(t *testing.T) {
	acs := acsAnnounce()
	amend := amendACS()
	second := amendACS()
	second.AmendmentID, second.EffectiveOn = "AMEND-2", day("2024-06-01")
	second.Items, second.AddProvisions, second.EndProvisions = nil, nil, nil
	second.Affected = []domain.AffectedJurisdiction{{Jurisdiction: "CN", How: "targeted"}}
	m := measureGiven(announced(acs), domain.MeasureAmended(amend), domain.MeasureAmended(second))
	for _, tt := range []struct {
		on         string
		items      []domain.Item
		affected   []domain.AffectedJurisdiction
		amendments []string
	}{
		{"2022-10-07", acs.Items, acs.Affected, nil},
		{"2023-11-16", acs.Items, acs.Affected, nil},
		{"2023-11-17", amend.Items, amend.Affected, []string{"AMEND-1"}},
		// AMEND-2 replaces the jurisdictions only; the items stay amended.
		{"2024-06-01", amend.Items, second.Affected, []string{"AMEND-1", "AMEND-2"}},
	} {
		c := m.ContentAt(day(tt.on))
		var ids []string
		for _, a := range c.Amendments {
			ids = append(ids, a.AmendmentID)
		}
		if !slices.Equal(c.Items, tt.items) || !slices.Equal(c.Affected, tt.affected) || !slices.Equal(ids, tt.amendments) {
			t.Errorf("ContentAt(%s) = %v %v %v, want %v %v %v", tt.on, c.Items, c.Affected, ids, tt.items, tt.affected, tt.amendments)
		}
	}
}

func TestContentAtUnknownMeasure(t *testing.T) {
	var m domain.Measure
	if c := m.ContentAt(day("2023-01-01")); len(c.Items) != 0 || len(c.Affected) != 0 || len(c.Amendments) != 0 {
		t.Errorf("ContentAt on a measure with no events = %+v, want nothing", c)
	}
}

func TestStatusAtProvisionEffectiveLater(t *testing.T) {
	// NL-2023-SME recorded at publication (2023-06-30) without a date; a
	// later notice sets 2023-09-01.
	m := measureGiven(announced(nlUndated()))
	checkStatus(t, m, []statusWant{
		{"2023-06-29", nya, []string{nya}},
		{"2023-06-30", ann, []string{ann}},
		{"2023-09-01", ann, []string{ann}},
		{"2030-01-01", ann, []string{ann}},
	})
	m.Apply(domain.ProvisionEffective(nlEffective()))
	checkStatus(t, m, []statusWant{
		{"2023-06-30", ann, []string{ann}},
		{"2023-08-31", ann, []string{ann}},
		{"2023-09-01", inForce, []string{inForce}},
	})
	if _, provs := m.StatusAt(day("2023-09-01")); provs[0].EffectiveOn != day("2023-09-01") {
		t.Errorf("provision effective on %s, want the date the notice set", provs[0].EffectiveOn)
	}
}

func TestStatusAtProvisionEffectiveBeforeAnnouncement(t *testing.T) {
	// A date set by a later notice may come before the announcement, as a
	// date announced with the measure may: either way the measure is in force
	// from that date.
	withDate := nlUndated()
	withDate.Provisions[0].EffectiveOn = day("2023-06-15")
	later := nlEffective()
	later.EffectiveOn = day("2023-06-15")
	for name, m := range map[string]*domain.Measure{
		"announced with the date": measureGiven(announced(withDate)),
		"dated by a later notice": measureGiven(announced(nlUndated()), domain.ProvisionEffective(later)),
	} {
		t.Run(name, func(t *testing.T) {
			checkStatus(t, m, []statusWant{
				{"2023-06-14", nya, []string{nya}},
				{"2023-06-15", inForce, []string{inForce}},
				{"2023-06-30", inForce, []string{inForce}},
			})
		})
	}
}
