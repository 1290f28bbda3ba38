package domain_test

import (
	"testing"

	"github.com/controlsledger/ledger/domain"
)

// BenchmarkEchoes compares recognising an event as its command
// (domain.Echoes) with encoding the event, on the US advanced-computing
// rule's announcement.
//
//	go test ./domain -run '^$' -bench 'Echoes|EncodeAnnouncement' -benchmem
func BenchmarkEchoes(b *testing.B) {
	cmd := acsAnnounce()
	ev := domain.MeasureAnnounced(cmd)
	for b.Loop() {
		if !domain.Echoes(cmd, ev) {
			b.Fatal("does not echo")
		}
	}
}

func BenchmarkEncodeAnnouncement(b *testing.B) {
	ev := domain.MeasureAnnounced(acsAnnounce())
	for b.Loop() {
		if _, err := domain.Encode(ev); err != nil {
			b.Fatal(err)
		}
	}
}
