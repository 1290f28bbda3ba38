package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/controlsledger/ledger/domain"
	"github.com/controlsledger/ledger/eventstore"
	"github.com/controlsledger/ledger/importer"
	"github.com/controlsledger/ledger/ledger"
	"github.com/controlsledger/ledger/lists"
)

// DefaultMaxDelisting is the share of a list's entries a snapshot may
// delist before it is refused as implausible.
const DefaultMaxDelisting = 0.10

// Options configures an Ingester.
type Options struct {
	// Actor is recorded on the events, e.g. "ingest:alice".
	Actor string
	// Now gives the time; time.Now by default.
	Now func() time.Time
}

// File is one snapshot to ingest.
type File struct {
	// Name names the file in the summary and in errors.
	Name   string
	Format lists.Format
	Body   io.Reader
	// ObservedAt is when the file was obtained. It dates a snapshot whose
	// list does not date its files (OFAC's CSV), and is required then.
	ObservedAt time.Time
	// AllowMassDelisting lets a snapshot delist more than MaxDelisting of
	// its list.
	AllowMassDelisting bool
	// MaxDelisting is the share of the list a snapshot may delist;
	// DefaultMaxDelisting when 0.
	MaxDelisting float64
}

// Summary tells what ingesting one file did.
type Summary struct {
	File     string
	List     string
	SourceID string
	SHA256   string
	Bytes    int64
	// PublishedAt is when the snapshot was published or observed.
	PublishedAt time.Time
	Entries     int
	// Added, Amended, Delisted and Unchanged count the entries by what the
	// snapshot did to them.
	Added, Amended, Delisted, Unchanged int
	// Repeated is set when the same file was ingested before: nothing was
	// written.
	Repeated bool
	// Events is the number of events written, Head the ledger position of
	// the last.
	Events int
	Head   uint64
}

// RefusedError reports a snapshot refused as a whole: nothing of it was
// written.
type RefusedError struct {
	File string
	// Rule is a stable name: one of lists' rules (snapshot.empty,
	// snapshot.truncated, snapshot.unparseable, snapshot.mass_removal) or
	// snapshot.out_of_order, snapshot.undated, snapshot.not_utf8.
	Rule   string
	Detail string
	Err    error
}

func (e *RefusedError) Error() string {
	return fmt.Sprintf("%s: refused (%s): %s", e.File, e.Rule, e.Detail)
}

// Unwrap returns the cause.
func (e *RefusedError) Unwrap() error { return e.Err }

// Rules of refusal besides those of package lists.
const (
	RuleOutOfOrder = "snapshot.out_of_order"
	RuleUndated    = "snapshot.undated"
	RuleNotUTF8    = "snapshot.not_utf8"
)

// Ingester turns list snapshots into the ledger's events.
type Ingester struct {
	store  eventstore.Store
	svc    *ledger.Service
	opts   Options
	states *States
	// prev is the last snapshot read of each format, whose unchanged
	// entries the next read need not parse again.
	prev map[lists.Format]*lists.Snapshot
}

// New returns an Ingester that records through svc into store.
func New(store eventstore.Store, svc *ledger.Service, opts Options) *Ingester {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	return &Ingester{store: store, svc: svc, opts: opts, prev: map[lists.Format]*lists.Snapshot{}}
}

// States returns the lists as the ledger knows them, read up to its head.
func (in *Ingester) States(ctx context.Context) (*States, error) {
	if in.states == nil {
		st, err := LoadStates(ctx, in.store)
		if err != nil {
			return nil, err
		}
		in.states = st
		return st, nil
	}
	if err := in.states.catchUp(ctx, in.store); err != nil {
		return nil, err
	}
	return in.states, nil
}

// Ingest records one snapshot: its source document, a designation for each
// new entry, an amendment naming exactly the changed fields of each changed
// one, and a delisting for each entry that is gone, all in one atomic
// commit against the list as the ledger knows it. A Federal Register rule
// is recorded as a measure with the designations it adds; it delists
// nothing. A file ingested before writes nothing. A refused snapshot
// (a *RefusedError) writes nothing.
func (in *Ingester) Ingest(ctx context.Context, f File) (Summary, error) {
	sum := Summary{File: f.Name}
	snap, err := lists.ReadAfter(f.Format, f.Body, in.prev[f.Format])
	if err != nil {
		var re *lists.RefusedError
		if errors.As(err, &re) {
			return sum, &RefusedError{File: f.Name, Rule: re.Rule, Detail: re.Error(), Err: err}
		}
		return sum, fmt.Errorf("%s: %w", f.Name, err)
	}
	in.prev[f.Format] = snap
	sum.List, sum.SHA256, sum.Bytes, sum.Entries = snap.List, snap.SHA256, snap.Size, len(snap.Entries)
	published, err := publication(snap, f)
	if err != nil {
		return sum, err
	}
	sum.PublishedAt = published
	states, err := in.States(ctx)
	if err != nil {
		return sum, err
	}
	st := states.State(snap.List)
	if id, ok := st.bySHA[snap.SHA256]; ok {
		sum.SourceID, sum.Repeated = id, true
		return sum, nil
	}
	if last, ok := st.Last(); ok && !publishedTime(last).Before(published) {
		return sum, &RefusedError{File: f.Name, Rule: RuleOutOfOrder, Detail: fmt.Sprintf(
			"the snapshot is of %s, not after the last snapshot of %s the ledger has (%s, of %s): snapshots are ingested in the order they were published",
			published.Format(time.RFC3339), snap.List, last.SourceID, last.PublishedAt)}
	}
	plan, err := in.plan(snap, st, f, published)
	if err != nil {
		return sum, err
	}
	sum.SourceID = plan.sourceID
	sum.Added, sum.Amended, sum.Delisted, sum.Unchanged = plan.added, plan.amended, plan.delisted, plan.unchanged
	res, err := importer.Bulk(ctx, in.svc, in.store, &commandList{cmds: plan.cmds}, ledger.Request{Actor: in.opts.Actor},
		importer.BulkOptions{ReadOnDemand: true}) // a snapshot touches the streams of its changes only
	if err != nil {
		return sum, fmt.Errorf("%s: record: %w", f.Name, err)
	}
	sum.Events, sum.Head = res.Events, res.Head
	states.recorded(plan.events, res)
	return sum, nil
}

// publication returns the instant a snapshot was published: the list's
// own date where it gives one, else when the file was observed.
func publication(snap *lists.Snapshot, f File) (time.Time, error) {
	if snap.GeneratedAt != "" {
		for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02"} {
			if t, err := time.Parse(layout, snap.GeneratedAt); err == nil {
				return t.UTC(), nil
			}
		}
		return time.Time{}, &RefusedError{File: f.Name, Rule: RuleUndated, Detail: fmt.Sprintf("the list's own date %q is not a date", snap.GeneratedAt)}
	}
	if f.ObservedAt.IsZero() {
		return time.Time{}, &RefusedError{File: f.Name, Rule: RuleUndated, Detail: fmt.Sprintf(
			"%s files do not say when they were published: give the time the file was obtained (--observed-at, or a manifest)", snap.Format)}
	}
	return f.ObservedAt.UTC().Truncate(time.Second), nil
}

// plan is the commands a snapshot makes.
type plan struct {
	sourceID string
	cmds     []importer.Command
	// events are what the commands record when they succeed, for the
	// ingester's own state.
	events                              []domain.Event
	added, amended, delisted, unchanged int
}

func (p *plan) add(name string, input any) error {
	data, err := json.Marshal(input)
	if err != nil {
		return fmt.Errorf("encode %s: %w", name, err)
	}
	p.cmds = append(p.cmds, importer.Command{Name: name, Input: data})
	switch c := input.(type) {
	case domain.RegisterSource:
		p.events = append(p.events, domain.SourceDocumentRegistered(c))
	case domain.DesignateParty:
		p.events = append(p.events, domain.PartyDesignated(c))
	case domain.AmendDesignation:
		p.events = append(p.events, domain.DesignationAmended(c))
	case domain.DelistParty:
		p.events = append(p.events, domain.PartyDelisted(c))
	}
	return nil
}

// The authorities that keep the lists.
var listAuthorities = map[string]domain.Authority{
	lists.ListOFACSDN:       {ID: "US-OFAC", Name: "US Department of the Treasury, Office of Foreign Assets Control", Jurisdiction: "US"},
	lists.ListUNSC:          {ID: "UN-SC", Name: "United Nations Security Council", Jurisdiction: "UN"},
	lists.ListBISEntityList: {ID: "US-BIS", Name: "US Department of Commerce, Bureau of Industry and Security", Jurisdiction: "US"},
}

// listTitles are the lists' names as their publishers give them.
var listTitles = map[string]string{
	lists.ListOFACSDN:       "Specially Designated Nationals and Blocked Persons List",
	lists.ListUNSC:          "United Nations Security Council Consolidated List",
	lists.ListBISEntityList: "Entity List (Supplement No. 4 to Part 744 of the EAR)",
}

func (in *Ingester) plan(snap *lists.Snapshot, st *State, f File, published time.Time) (*plan, error) {
	p := &plan{sourceID: sourceID(snap, published)}
	authority, ok := listAuthorities[snap.List]
	if !ok {
		return nil, fmt.Errorf("%s: unknown list %q", f.Name, snap.List)
	}
	stamp := published.Format(time.RFC3339)
	doc := domain.RegisterSource{SourceID: p.sourceID, Publisher: snap.Publisher, URL: snap.URL, Official: true, Language: "en",
		SHA256: snap.SHA256, PublishedOn: domain.DateOf(published), List: snap.List, PublishedAt: stamp, Bytes: snap.Size, Entries: len(snap.Entries),
		Title: fmt.Sprintf("%s, as published %s", listTitles[snap.List], stamp)}
	instrument := domain.Instrument{Title: doc.Title}
	if r := snap.Rule; r != nil {
		doc.Title, doc.Citation = r.Title, r.Citation
		doc.URL = snap.URL
		instrument = domain.Instrument{Title: r.Title, Citation: r.Citation}
	}
	if err := p.add("RegisterSource", doc); err != nil {
		return nil, err
	}
	source := domain.Source{SourceID: doc.SourceID, Citation: doc.Citation, Title: doc.Title, Publisher: doc.Publisher, URL: doc.URL,
		Official: true, PublishedOn: doc.PublishedOn}
	today := domain.DateOf(published)
	var notBefore domain.Date
	if last, ok := st.Last(); ok {
		notBefore = domain.DateOf(publishedTime(last))
	}
	measureID := ""
	if r := snap.Rule; r != nil {
		measureID = ruleMeasureID(r)
		m, err := ruleMeasure(measureID, r, snap, source)
		if err != nil {
			return nil, &RefusedError{File: f.Name, Rule: lists.RuleUnparseable, Detail: err.Error(), Err: err}
		}
		if err := p.add("AnnounceMeasure", m); err != nil {
			return nil, err
		}
	}
	seen := make(map[string]bool, len(snap.Entries))
	for _, e := range snap.Entries {
		seen[e.ID] = true
		old, known := st.entries[e.ID]
		if known && !old.Delisted && old.Listing.Raw == string(e.Raw) {
			p.unchanged++
			continue
		}
		l, err := listingFrom(e, snap)
		if err != nil {
			return nil, &RefusedError{File: f.Name, Rule: RuleNotUTF8, Detail: fmt.Sprintf("entry %s: %v", e.ID, err)}
		}
		effective, bound := today, notBefore
		if d, ok := exactDay(e.ListedOn); ok {
			effective, bound = d, domain.Date{}
		}
		switch {
		case !known || old.Delisted:
			gen := 1
			if known {
				gen = old.Generation + 1
			}
			id := designationID(snap.List, e.ID, gen)
			l.Party.ID = id
			cmd := domain.DesignateParty{DesignationID: id, List: snap.List, ListAuthority: authority, ListEntryID: e.ID,
				Party:    l.Party,
				Programs: l.Programs, Remarks: l.Remarks, Raw: l.Raw, LicenceRequirement: l.LicenceRequirement, ReviewPolicy: l.ReviewPolicy, Footnotes: l.Footnotes,
				EffectiveOn: effective, EffectiveNotBefore: bound, MeasureID: measureID, Instrument: instrument, Sources: []domain.Source{source}}
			if err := p.add("DesignateParty", cmd); err != nil {
				return nil, err
			}
			p.added++
		default:
			changes := domain.ListingChanges(old.Listing.Listing, l.Listing)
			effective, bound := today, notBefore
			if d, ok := updatedWithin(e, notBefore, today); ok {
				effective, bound = d, domain.Date{}
			}
			cmd := domain.AmendDesignation{DesignationID: old.DesignationID, AmendmentID: p.sourceID, EffectiveOn: effective, EffectiveNotBefore: bound,
				Changes: changes, Raw: l.Raw, Instrument: instrument, Sources: []domain.Source{source}, Summary: changeSummary(changes)}
			if l.LicenceRequirement != old.Listing.LicenceRequirement {
				cmd.LicenceRequirement = l.LicenceRequirement
			}
			if l.ReviewPolicy != old.Listing.ReviewPolicy {
				cmd.ReviewPolicy = l.ReviewPolicy
			}
			if !slices.Equal(l.Footnotes, old.Listing.Footnotes) {
				cmd.Footnotes = l.Footnotes
			}
			if err := p.add("AmendDesignation", cmd); err != nil {
				return nil, err
			}
			p.amended++
		}
	}
	if snap.Rule != nil {
		return p, nil // a rule adds entries; it does not restate the list
	}
	var gone []string
	for id, e := range st.entries {
		if !e.Delisted && !seen[id] {
			gone = append(gone, id)
		}
	}
	sort.Strings(gone)
	listed := st.Listed()
	share := f.MaxDelisting
	if share == 0 {
		share = DefaultMaxDelisting
	}
	if listed > 0 && float64(len(gone)) > share*float64(listed) && !f.AllowMassDelisting {
		return nil, &RefusedError{File: f.Name, Rule: lists.RuleMassRemoval, Detail: fmt.Sprintf(
			"it would delist %d of the %d entries of %s (%.1f %%, more than %.0f %%): a list rarely loses so much at once; if it did, ingest it with --allow-mass-delisting",
			len(gone), listed, snap.List, 100*float64(len(gone))/float64(listed), 100*share)}
	}
	for _, id := range gone {
		cmd := domain.DelistParty{DesignationID: st.entries[id].DesignationID, EffectiveOn: today, EffectiveNotBefore: notBefore,
			Instrument: instrument, Sources: []domain.Source{source},
			Reason: fmt.Sprintf("not on the list as published %s", stamp)}
		if err := p.add("DelistParty", cmd); err != nil {
			return nil, err
		}
		p.delisted++
	}
	return p, nil
}

// listingFrom turns an entry of snap into what the ledger records of it:
// the party (its primary name, or the entry's ID when it has none, and for
// an Entity List entry the destination it is listed under), programs,
// remarks, terms and bytes.
func listingFrom(e lists.Entry, snap *lists.Snapshot) (listing, error) {
	if !utf8.Valid(e.Raw) {
		return listing{}, errors.New("the entry's bytes are not valid UTF-8")
	}
	l := listing{Listing: domain.Listing{Party: domain.Party{Name: e.ID, Schema: e.Schema}, Programs: e.Programs, Remarks: e.Remarks}, Raw: string(e.Raw)}
	for _, name := range slices.Sorted(maps.Keys(e.Properties)) {
		if vs := e.Properties[name]; len(vs) > 0 {
			l.Party.Properties = append(l.Party.Properties, domain.Property{Name: name, Values: vs})
		}
	}
	if names := l.Party.Values("name"); len(names) > 0 {
		l.Party.Name = names[0]
	}
	if countries := l.Party.Values("country"); snap.List == lists.ListBISEntityList && len(countries) == 1 {
		l.Party.Jurisdiction = countryCode(countries[0])
	}
	l.LicenceRequirement = strings.Join(e.Sanction["licenseRequirement"], "; ")
	l.ReviewPolicy = strings.Join(e.Sanction["licenseReviewPolicy"], "; ")
	l.Footnotes = e.Sanction["footnote"]
	return l, nil
}

// exactDay returns a list's date as a day, if it gives the day.
func exactDay(d lists.Date) (domain.Date, bool) {
	if d.Precision() != "day" || d.End != "" || d.Approximate {
		return domain.Date{}, false
	}
	day, err := domain.ParseDate(d.Start)
	return day, err == nil
}

// updatedWithin returns the day the list says it last updated entry e (the
// UN's LAST_DAY_UPDATED, Sanction "modifiedAt": the latest of its days) if
// it falls between the previous snapshot's day and this one's, both
// included: then the change is dated by the list itself rather than by the
// window between the two snapshots.
func updatedWithin(e lists.Entry, from, to domain.Date) (domain.Date, bool) {
	var last domain.Date
	for _, v := range e.Sanction["modifiedAt"] {
		d, err := lists.ParseDate(v)
		if err != nil {
			continue
		}
		if day, ok := exactDay(d); ok && day.After(last) {
			last = day
		}
	}
	if last.IsZero() || last.Before(from) || to.Before(last) {
		return domain.Date{}, false
	}
	return last, true
}

var idUnsafe = regexp.MustCompile(`[^A-Za-z0-9._-]+`)

// designationID names the designation of a list's entry: the list and the
// entry's own ID, and the generation for an entry listed again.
func designationID(list, entryID string, gen int) string {
	id := list + "-" + strings.Trim(idUnsafe.ReplaceAllString(entryID, "-"), "-")
	if gen > 1 {
		id += fmt.Sprintf(".%d", gen)
	}
	if len(id) > 80 {
		sum := sha256.Sum256([]byte(id))
		id = id[:67] + "-" + hex.EncodeToString(sum[:])[:12]
	}
	return id
}

// sourceID names a snapshot's source document: the list and its
// publication time.
func sourceID(snap *lists.Snapshot, published time.Time) string {
	if r := snap.Rule; r != nil && r.DocumentNumber != "" {
		return "FR-" + idUnsafe.ReplaceAllString(r.DocumentNumber, "-")
	}
	return snap.List + "-" + published.Format("20060102T150405Z")
}

// ruleMeasureID names the measure of a Federal Register rule.
func ruleMeasureID(r *lists.Rule) string {
	return "US-FR-" + idUnsafe.ReplaceAllString(r.DocumentNumber, "-")
}

// ruleMeasure is the measure a BIS Entity List rule makes: an entity
// listing in force from its effective date, affecting the countries of the
// entities it names.
func ruleMeasure(id string, r *lists.Rule, snap *lists.Snapshot, source domain.Source) (domain.AnnounceMeasure, error) {
	effective, ok := exactDay(r.Effective)
	if !ok {
		return domain.AnnounceMeasure{}, fmt.Errorf("the rule's effective date %q is not a day", r.Effective)
	}
	published, ok := exactDay(r.Published)
	if !ok {
		return domain.AnnounceMeasure{}, fmt.Errorf("the rule's publication date %q is not a day", r.Published)
	}
	announced := published
	if filed, ok := exactDay(r.Filed); ok && filed.Before(announced) {
		announced = filed
	}
	var affected []domain.AffectedJurisdiction
	for _, e := range snap.Entries {
		for _, name := range e.Properties["country"] {
			c := countryCode(name)
			if c != "" && !slices.ContainsFunc(affected, func(a domain.AffectedJurisdiction) bool { return a.Jurisdiction == c }) {
				affected = append(affected, domain.AffectedJurisdiction{Jurisdiction: c, How: "named_parties"})
			}
		}
	}
	sort.Slice(affected, func(i, j int) bool { return affected[i].Jurisdiction < affected[j].Jurisdiction })
	title := r.Title
	m := domain.AnnounceMeasure{MeasureID: id, Title: title, Summary: r.Summary,
		Authority: listAuthorities[lists.ListBISEntityList], Implementing: "US", Affected: affected,
		CountryNeutral: len(affected) == 0, MeasureType: "entity_listing",
		Items:       []domain.Item{{Scheme: "EAR", Description: "All items subject to the EAR"}},
		Provisions:  []domain.Provision{{ID: "entity-list-additions", Title: fmt.Sprintf("Additions of %d entries to the Entity List", len(snap.Entries)), EffectiveOn: effective}},
		Instrument:  domain.Instrument{Title: title, Citation: r.Citation, LegalBasis: []string{r.CFR}},
		AnnouncedOn: announced,
		Dates:       []domain.DatedFact{{Kind: domain.DatePublished, Date: published}, {Kind: domain.DateEffective, Date: effective}},
		Sources:     []domain.Source{source}}
	if r.CFR == "" {
		m.Instrument.LegalBasis = nil
	}
	return m, nil
}

// changeSummary says in words which fields an amendment changes.
func changeSummary(cs []domain.FieldChange) string {
	if len(cs) == 0 {
		return "the entry's text changed; no field the ledger reads did"
	}
	names := make([]string, len(cs))
	for i, c := range cs {
		names[i] = c.Field
	}
	return "changed: " + strings.Join(names, ", ")
}

// commandList yields a plan's commands to a bulk import.
type commandList struct {
	cmds []importer.Command
	next int
}

func (c *commandList) Next() (int, importer.Command, error) {
	if c.next == len(c.cmds) {
		return 0, importer.Command{}, io.EOF
	}
	c.next++
	return c.next, c.cmds[c.next-1], nil
}
