package domain_test

import (
	"testing"

	"github.com/controlsledger/ledger/domain"
)

// The field a client names is found where the record holds it now.
func TestCorrectMeasureFieldFindsTheValue(t *testing.T) {
	acs := announced(acsAnnounce())
	nl := announced(nlUndated())
	src := []domain.Source{{Title: "87 FR 62186", Publisher: "Federal Register", Official: true}}
	cases := []struct {
		name   string
		stream []domain.Recorded
		cmd    domain.CorrectMeasureField
		// event and field are the RecordCorrected's; old its old value.
		event, field, old string
	}{
		{"an announced provision", streamOf(t, acs),
			domain.CorrectMeasureField{MeasureID: "US-2022-ACS", ProvisionID: "remaining", Field: "effectiveOn", NewValue: raw(`"2022-10-22"`)},
			"e1", "provisions[2].effectiveOn", `"2022-10-21"`},
		{"a provision an amendment added", streamOf(t, acs, domain.MeasureAmended(amendACS())),
			domain.CorrectMeasureField{MeasureID: "US-2022-ACS", ProvisionID: "later", Field: "effectiveOn", NewValue: raw(`"2024-02-01"`)},
			"e2", "addProvisions[1].effectiveOn", `"2024-01-01"`},
		{"a date a later notice set", streamOf(t, nl, domain.ProvisionEffective(nlEffective())),
			domain.CorrectMeasureField{MeasureID: "NL-2023-SME", ProvisionID: "licensing", Field: "effectiveOn", NewValue: raw(`"2023-09-02"`)},
			"e2", "effectiveOn", `"2023-09-01"`},
		{"an amendment's own field", streamOf(t, acs, domain.MeasureAmended(amendACS())),
			domain.CorrectMeasureField{MeasureID: "US-2022-ACS", AmendmentID: "AMEND-1", Field: "effectiveOn", NewValue: raw(`"2023-11-18"`)},
			"e2", "effectiveOn", `"2023-11-17"`},
		{"the announcement's", streamOf(t, acs),
			domain.CorrectMeasureField{MeasureID: "US-2022-ACS", Field: "announcedOn", NewValue: raw(`"2022-10-06"`)},
			"e1", "announcedOn", `"2022-10-07"`},
	}
	for _, c := range cases {
		c.cmd.CorrectionID, c.cmd.Reason, c.cmd.Sources = "C1", "test", src
		evs, err := domain.DecideMeasureFieldCorrection(c.cmd, c.stream, now)
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		rc, ok := evs[0].(domain.RecordCorrected)
		if len(evs) != 1 || !ok || rc.EventID != c.event || rc.Field != c.field || string(rc.OldValue) != c.old {
			t.Errorf("%s: got %+v, want event %s field %s old %s", c.name, evs, c.event, c.field, c.old)
		}
	}
}
