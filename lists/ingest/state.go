package ingest

import (
	"context"
	"fmt"
	"time"

	"github.com/controlsledger/ledger/domain"
	"github.com/controlsledger/ledger/eventstore"
	"github.com/controlsledger/ledger/importer"
)

// State is a list as the ledger knows it: the snapshots it was given and
// its entries, each with the designation that holds it. It is built from
// the ledger's events, so that a snapshot is compared with what the ledger
// recorded, not with the previous file.
type State struct {
	List string
	// Snapshots are the registered snapshots of the list, in the order
	// they were recorded.
	Snapshots []domain.SourceDocumentRegistered
	// bySHA maps the SHA-256 of each snapshot to its source ID.
	bySHA map[string]string
	// entries maps the list's entry ID to the entry's latest designation.
	entries map[string]*Entry
}

// Entry is one entry of a list as the ledger knows it.
type Entry struct {
	// DesignationID is the designation that holds the entry; Generation
	// counts its designations (a delisted entry listed again gets a new
	// one).
	DesignationID string
	Generation    int
	Delisted      bool
	Listing       listing
}

// Last returns the last snapshot of the list, if any.
func (s *State) Last() (domain.SourceDocumentRegistered, bool) {
	if len(s.Snapshots) == 0 {
		return domain.SourceDocumentRegistered{}, false
	}
	return s.Snapshots[len(s.Snapshots)-1], true
}

// Listed returns the number of entries on the list (not delisted).
func (s *State) Listed() int {
	n := 0
	for _, e := range s.entries {
		if !e.Delisted {
			n++
		}
	}
	return n
}

func newState(list string) *State {
	return &State{List: list, bySHA: map[string]string{}, entries: map[string]*Entry{}}
}

// States holds the state of every list, built from a store's events.
type States struct {
	lists map[string]*State
	// byDesignation maps a designation ID to its entry.
	byDesignation map[string]*Entry
	head          uint64
}

// LoadStates reads the store's events from the start and returns the state
// of every list they name. Only the events of source documents and
// designations are decoded.
func LoadStates(ctx context.Context, store eventstore.Store) (*States, error) {
	s := &States{lists: map[string]*State{}, byDesignation: map[string]*Entry{}}
	if err := s.catchUp(ctx, store); err != nil {
		return nil, err
	}
	return s, nil
}

// catchUp applies the events recorded after the last one applied.
func (s *States) catchUp(ctx context.Context, store eventstore.Store) error {
	for {
		evs, err := store.ReadAll(ctx, s.head, 4096)
		if err != nil {
			return fmt.Errorf("read the ledger after %d: %w", s.head, err)
		}
		if len(evs) == 0 {
			return nil
		}
		for _, rec := range evs {
			if err := s.apply(ctx, store, rec); err != nil {
				return err
			}
			s.head = rec.Position
		}
	}
}

func (s *States) list(name string) *State {
	st, ok := s.lists[name]
	if !ok {
		st = newState(name)
		s.lists[name] = st
	}
	return st
}

// State returns the state of the list name (empty if it has no snapshot).
func (s *States) State(name string) *State { return s.list(name) }

// recorded takes in the events an ingester just recorded, without reading
// them back, when nothing else was recorded since the state's head;
// otherwise the next catch-up reads them.
func (s *States) recorded(events []domain.Event, res importer.BulkResult) {
	if res.Events != len(events) || res.Head != s.head+uint64(res.Events) {
		return
	}
	for _, ev := range events {
		s.applyEvent(ev)
	}
	s.head = res.Head
}

// apply folds one stored event in. A correction or retraction of a
// designation the state holds folds that designation again from its stream,
// as the ledger now counts it (the domain's Replay).
func (s *States) apply(ctx context.Context, store eventstore.Store, rec eventstore.Event) error {
	switch rec.Type {
	case domain.TypeSourceRegistered, domain.TypePartyDesignated, domain.TypeDesignationAmended, domain.TypePartyDelisted,
		domain.TypeRecordCorrected, domain.TypeRecordRetracted:
	default:
		return nil
	}
	ev, err := domain.Decode(rec.Type, rec.Data)
	if err != nil {
		return fmt.Errorf("read position %d: %w", rec.Position, err)
	}
	switch e := ev.(type) {
	case domain.RecordCorrected:
		return s.refold(ctx, store, e.Record, rec.Position)
	case domain.RecordRetracted:
		return s.refold(ctx, store, e.Record, rec.Position)
	}
	s.applyEvent(ev)
	return nil
}

// refold folds the designation ref again from its stream up to position
// pos, if it holds an entry of a list: a retracted designation no longer
// lists its entry (the next snapshot that shows the entry designates it
// anew), a retracted delisting lists it again, and a retracted or corrected
// amendment leaves the listing as the remaining events make it.
func (s *States) refold(ctx context.Context, store eventstore.Store, ref domain.Ref, pos uint64) error {
	if ref.Kind != domain.KindDesignation {
		return nil
	}
	entry, ok := s.byDesignation[ref.ID]
	if !ok {
		return nil
	}
	stored, err := store.ReadStream(ctx, ref.Stream(), 0)
	if err != nil {
		return fmt.Errorf("read %s: %w", ref, err)
	}
	recs := make([]domain.Recorded, 0, len(stored))
	for _, e := range stored {
		if e.Position <= pos {
			recs = append(recs, domain.Recorded{ID: e.ID.String(), Type: e.Type, Data: e.Data})
		}
	}
	var d domain.Designation
	if err := domain.Replay(&d, recs); err != nil {
		return fmt.Errorf("fold %s: %w", ref, err)
	}
	if d.Retracted() || d.Designated == nil {
		entry.Delisted = true
		return nil
	}
	entry.Listing = listingOf(*d.Designated)
	for _, a := range d.Amendments {
		entry.Listing = entry.Listing.amended(a)
	}
	entry.Delisted = d.Delisted != nil
	return nil
}

// applyEvent folds one event of a source or a designation in.
func (s *States) applyEvent(ev domain.Event) {
	switch e := ev.(type) {
	case domain.SourceDocumentRegistered:
		if e.List == "" {
			return
		}
		st := s.list(e.List)
		st.Snapshots = append(st.Snapshots, e)
		if e.SHA256 != "" {
			st.bySHA[e.SHA256] = e.SourceID
		}
	case domain.PartyDesignated:
		if e.ListEntryID == "" {
			return
		}
		st := s.list(e.List)
		gen := 1
		if prev, ok := st.entries[e.ListEntryID]; ok {
			gen = prev.Generation + 1
		}
		entry := &Entry{DesignationID: e.DesignationID, Generation: gen, Listing: listingOf(e)}
		st.entries[e.ListEntryID] = entry
		s.byDesignation[e.DesignationID] = entry
	case domain.DesignationAmended:
		if entry, ok := s.byDesignation[e.DesignationID]; ok {
			entry.Listing = entry.Listing.amended(e)
		}
	case domain.PartyDelisted:
		if entry, ok := s.byDesignation[e.DesignationID]; ok {
			entry.Delisted = true
		}
	}
}

// listing is what the ledger holds of a listed entry: the party, programs
// and remarks a snapshot is compared on, the terms, and the entry's bytes.
type listing struct {
	domain.Listing
	LicenceRequirement string
	ReviewPolicy       string
	Footnotes          []string
	Raw                string
}

func listingOf(e domain.PartyDesignated) listing {
	return listing{Listing: domain.Listing{Party: e.Party, Programs: e.Programs, Remarks: e.Remarks},
		LicenceRequirement: e.LicenceRequirement, ReviewPolicy: e.ReviewPolicy, Footnotes: e.Footnotes, Raw: e.Raw}
}

// amended returns l with the amendment applied.
func (l listing) amended(a domain.DesignationAmended) listing {
	l.Listing = l.Listing.Amended(a.Changes)
	if a.LicenceRequirement != "" {
		l.LicenceRequirement = a.LicenceRequirement
	}
	if a.ReviewPolicy != "" {
		l.ReviewPolicy = a.ReviewPolicy
	}
	if len(a.Footnotes) > 0 {
		l.Footnotes = a.Footnotes
	}
	if a.Raw != "" {
		l.Raw = a.Raw
	}
	return l
}

// publishedTime returns when a snapshot was published or observed.
func publishedTime(doc domain.SourceDocumentRegistered) time.Time {
	t, _ := doc.PublishedTime()
	return t
}
