package domain

import (
	"encoding/json"
	"fmt"
	"slices"
	"time"
)

// CorrectMeasureField corrects one value of a measure named as the read
// model shows it: the measure's own field, or a field of one of its
// provisions, amendments or suspensions, by ID. The decision finds the
// recorded event and the path in its payload that hold the value now, takes
// the value there (earlier corrections applied) as the old value, and
// records one RecordCorrected, decided as a CorrectRecord would be.
type CorrectMeasureField struct {
	CorrectionID string `json:"correctionId"`
	MeasureID    string `json:"measureId"`
	// At most one of ProvisionID, AmendmentID and SuspensionID names the
	// part of the measure whose field it is; none: the measure's own
	// (as announced).
	ProvisionID  string `json:"provisionId,omitempty"`
	AmendmentID  string `json:"amendmentId,omitempty"`
	SuspensionID string `json:"suspensionId,omitempty"`
	// Field is the field as the read model names it, e.g. effectiveOn.
	Field    string          `json:"field"`
	NewValue json.RawMessage `json:"newValue"`
	Reason   string          `json:"reason"`
	Evidence string          `json:"evidence,omitempty"`
	Sources  []Source        `json:"sources"`
}

// DecideMeasureFieldCorrection decides a CorrectMeasureField command
// against the measure's recorded events.
func DecideMeasureFieldCorrection(cmd CorrectMeasureField, stream []Recorded, now time.Time) ([]Event, error) {
	events, _, err := decideMeasureFieldCorrection(cmd, stream, nil, now)
	return events, err
}

// decideMeasureFieldCorrection is DecideMeasureFieldCorrection, which also
// returns the measure replayed with the correction (decideCorrection);
// fold, if not nil, gives the measure as the stream folds (checkedRecord).
func decideMeasureFieldCorrection(cmd CorrectMeasureField, stream []Recorded, fold folder, now time.Time) ([]Event, Record, error) {
	var p problems
	p.id("correctionId", cmd.CorrectionID)
	p.id("measureId", cmd.MeasureID)
	p.required("field", cmd.Field)
	if len(cmd.NewValue) == 0 {
		p.invalid("newValue", "field.required", "newValue is required")
	}
	named := 0
	for _, id := range []string{cmd.ProvisionID, cmd.AmendmentID, cmd.SuspensionID} {
		if id != "" {
			named++
		}
	}
	if named > 1 {
		p.invalid("provisionId", "field.ambiguous", "name at most one of provisionId, amendmentId and suspensionId")
	}
	p.required("reason", cmd.Reason)
	p.sources("sources", cmd.Sources)
	if err := p.err(); err != nil {
		return nil, nil, err
	}
	ref := Ref{KindMeasure, cmd.MeasureID}
	decoded, err := decodeAll(stream)
	if err != nil {
		return nil, nil, err
	}
	if _, err := checkedRecord(ref, stream, decoded, fold); err != nil {
		return nil, nil, err
	}
	i, path, err := locateMeasureField(cmd, decoded)
	if err != nil {
		return nil, nil, err
	}
	// The value now: the stored payload with earlier corrections applied.
	current := stream[i].Data
	for _, ev := range decoded[i+1:] {
		if c, ok := ev.(RecordCorrected); ok && c.EventID == stream[i].ID {
			if patched, err := PatchField(current, c.Field, nil, c.NewValue); err == nil {
				current = patched
			}
		}
	}
	old, ok := valueAt(current, path)
	if !ok {
		return nil, nil, &RuleError{Kind: ErrInvalid, Rule: "correction.no_field", Field: "field",
			Message: fmt.Sprintf("%s holds no %s", ref, cmd.Field)}
	}
	return decideCorrection(CorrectRecord{CorrectionID: cmd.CorrectionID, Record: ref, EventID: stream[i].ID, Field: path,
		OldValue: old, NewValue: cmd.NewValue, Reason: cmd.Reason, Evidence: cmd.Evidence, Sources: cmd.Sources}, stream, decoded, fold, now)
}

// locateMeasureField returns the index of the event that holds the value
// cmd names, and its path in the event's payload. A provision's effective
// date is held by its last ProvisionEffective if one set it, else by the
// announcement or amendment that defined the provision.
func locateMeasureField(cmd CorrectMeasureField, decoded []Event) (int, string, error) {
	notFound := func(field, rule, format string, args ...any) (int, string, error) {
		return 0, "", &RuleError{Kind: ErrNotFound, Rule: rule, Field: field, Message: fmt.Sprintf(format, args...)}
	}
	switch {
	case cmd.ProvisionID != "":
		if cmd.Field != "effectiveOn" && cmd.Field != "title" {
			return 0, "", &RuleError{Kind: ErrInvalid, Rule: "correction.no_field", Field: "field",
				Message: fmt.Sprintf("a provision has the fields effectiveOn and title, not %q", cmd.Field)}
		}
		at, path := -1, ""
		for i, ev := range decoded {
			switch e := ev.(type) {
			case MeasureAnnounced:
				if j := slices.IndexFunc(e.Provisions, func(pr Provision) bool { return pr.ID == cmd.ProvisionID }); j >= 0 {
					at, path = i, fmt.Sprintf("provisions[%d].%s", j, cmd.Field)
				}
			case MeasureAmended:
				if j := slices.IndexFunc(e.AddProvisions, func(pr Provision) bool { return pr.ID == cmd.ProvisionID }); j >= 0 {
					at, path = i, fmt.Sprintf("addProvisions[%d].%s", j, cmd.Field)
				}
			case ProvisionEffective:
				if e.ProvisionID == cmd.ProvisionID && cmd.Field == "effectiveOn" {
					at, path = i, "effectiveOn"
				}
			}
		}
		if at < 0 {
			return notFound("provisionId", "provision.not_found", "measure %q has no provision %q", cmd.MeasureID, cmd.ProvisionID)
		}
		return at, path, nil
	case cmd.AmendmentID != "":
		for i, ev := range decoded {
			if e, ok := ev.(MeasureAmended); ok && e.AmendmentID == cmd.AmendmentID {
				return i, cmd.Field, nil
			}
		}
		return notFound("amendmentId", "amendment.not_found", "measure %q has no amendment %q", cmd.MeasureID, cmd.AmendmentID)
	case cmd.SuspensionID != "":
		for i, ev := range decoded {
			if e, ok := ev.(MeasureSuspended); ok && e.SuspensionID == cmd.SuspensionID {
				return i, cmd.Field, nil
			}
		}
		return notFound("suspensionId", "suspension.not_found", "measure %q has no suspension %q", cmd.MeasureID, cmd.SuspensionID)
	}
	for i, ev := range decoded {
		if _, ok := ev.(MeasureAnnounced); ok {
			return i, cmd.Field, nil
		}
	}
	return notFound("measureId", "measure.not_found", "measure %q does not exist", cmd.MeasureID)
}

// valueAt returns the JSON value at path in the object data.
func valueAt(data []byte, path string) (json.RawMessage, bool) {
	steps, err := parsePath(path)
	if err != nil {
		return nil, false
	}
	var cur json.RawMessage = data
	for _, st := range steps {
		if st.key != "" {
			var obj map[string]json.RawMessage
			if json.Unmarshal(cur, &obj) != nil {
				return nil, false
			}
			v, ok := obj[st.key]
			if !ok {
				return nil, false
			}
			cur = v
			continue
		}
		var arr []json.RawMessage
		if json.Unmarshal(cur, &arr) != nil || st.index >= len(arr) {
			return nil, false
		}
		cur = arr[st.index]
	}
	return cur, true
}
