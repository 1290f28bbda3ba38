// Package storetest is the conformance suite of the eventstore contract.
// Every backend runs it from its own tests:
//
//	func TestStore(t *testing.T) {
//		storetest.Run(t, func(t *testing.T) eventstore.Store {
//			s, err := sqlite.Open(filepath.Join(t.TempDir(), "ledger.db"), sqlite.Options{})
//			if err != nil {
//				t.Fatal(err)
//			}
//			t.Cleanup(func() { s.Close() })
//			return s
//		})
//	}
//
// Each case is a parallel subtest that calls open once for its own store
// and uses its own random stream names, so the stores open returns may
// share one ledger (a server, or one file) with the other cases. Because
// other cases append at the same time, the suite never assumes it is alone
// in the ledger: it checks order and gap-freeness over the whole ledger and
// filters subscriptions by its own streams.
//
// open must return a ready store and arrange its release with t.Cleanup;
// the Close case closes its store itself, so that cleanup must tolerate a
// store that is already closed.
package storetest
