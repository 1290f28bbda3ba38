package main

import (
	"bufio"
	"encoding/json"
	"io"

	"github.com/controlsledger/ledger/domain"
	"github.com/controlsledger/ledger/projections"
)

// ftmEntity is an entity of the FollowTheMoney model as OpenSanctions
// writes it: an ID, a schema and properties with lists of values.
type ftmEntity struct {
	ID         string              `json:"id"`
	Schema     string              `json:"schema"`
	Properties map[string][]string `json:"properties"`
	// Datasets names the list the entity comes from.
	Datasets []string `json:"datasets,omitempty"`
}

// ftmEntities returns the party of a designation at its valid time and the
// Sanction entity that lists it.
func ftmEntities(v projections.DesignationView) (party, sanction ftmEntity) {
	d, l := v.Designated, v.Listing
	schema := l.Party.Schema
	if schema == "" {
		schema = "LegalEntity"
	}
	party = ftmEntity{ID: l.Party.ID, Schema: schema, Properties: map[string][]string{}, Datasets: []string{d.List}}
	for _, p := range l.Party.Properties {
		party.Properties[p.Name] = p.Values
	}
	if len(party.Properties["name"]) == 0 {
		party.Properties["name"] = []string{l.Party.Name}
	}
	if l.Party.Jurisdiction != "" && len(party.Properties["country"]) == 0 {
		party.Properties["country"] = []string{l.Party.Jurisdiction}
	}
	props := map[string][]string{
		"entity":    {l.Party.ID},
		"authority": {d.ListAuthority.Name},
		"startDate": {d.EffectiveOn.String()},
	}
	add := func(name string, values ...string) {
		for _, x := range values {
			if x != "" {
				props[name] = append(props[name], x)
			}
		}
	}
	add("program", l.Programs...)
	add("authorityId", d.ListEntryID)
	add("summary", l.Remarks)
	add("provisions", v.Terms.LicenceRequirement)
	add("reason", v.Terms.ReviewPolicy)
	if v.Delisted != nil {
		add("endDate", v.Delisted.EffectiveOn.String())
	}
	for _, s := range d.Sources {
		add("sourceUrl", s.URL)
	}
	sanction = ftmEntity{ID: d.DesignationID + "-sanction", Schema: "Sanction", Properties: props, Datasets: []string{d.List}}
	return party, sanction
}

// writeFtM writes the parties and Sanction entities of the designations as
// NDJSON, one entity a line.
func writeFtM(out io.Writer, views []projections.DesignationView) error {
	w := bufio.NewWriterSize(out, 1<<20)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, v := range views {
		party, sanction := ftmEntities(v)
		if err := enc.Encode(party); err != nil {
			return err
		}
		if err := enc.Encode(sanction); err != nil {
			return err
		}
	}
	return w.Flush()
}

// deltaLine is one line of a delta file, as OpenSanctions writes them.
type deltaLine struct {
	Op     string    `json:"op"`
	Entity ftmEntity `json:"entity"`
}

// writeDelta writes a list delta as NDJSON of {"op", "entity"} lines: the
// party entity of each designation added (ADD), amended (MOD, its new
// state) or delisted (DEL).
func writeDelta(out io.Writer, changes []projections.ListChange) error {
	w := bufio.NewWriterSize(out, 1<<20)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, c := range changes {
		party, _ := ftmEntities(c.Designation)
		if err := enc.Encode(deltaLine{Op: c.Op, Entity: party}); err != nil {
			return err
		}
	}
	return w.Flush()
}

// knownDesignations keeps the designations that exist at the basis (listed
// or delisted).
func knownDesignations(views []projections.DesignationView) []projections.DesignationView {
	out := views[:0:0]
	for _, v := range views {
		if v.Status != domain.StatusNotYetDesignated {
			out = append(out, v)
		}
	}
	return out
}
