// Package screening answers "is this party on a list?": the name
// normalisation, the in-memory index and the scorer behind the ledger's
// `screen` query and `ledger screen`.
//
// The caller maps its list entries into [Record]s (names with their kind,
// dates of birth, countries, identifiers, programs), keeps an [Index] of them
// current with [Index.Put] and [Index.Remove] as snapshots arrive, and asks
// [Index.Search] with a [Query]. Point-in-time screening is the caller's:
// [Query.Allow] restricts the candidates to the records in force (or ever
// listed) at a basis, without rebuilding the index. The package imports
// nothing of the ledger but its error kinds: an invalid query or record is a
// *domain.RuleError of kind domain.ErrInvalid naming the field and the rule.
//
// # Normalisation
//
// [Normalize] turns a name into tokens: lower case, diacritics and
// punctuation gone, Cyrillic and Greek transliterated, Arabic letter
// variants folded, Chinese, Japanese and Korean characters one token each.
// Word order is kept for the scorer to judge: "TANG, Chris" and "Chris Tang"
// have the same tokens in another order.
//
// # Candidates
//
// Every distinct token of the indexed names is in a vocabulary that points to
// the names holding it. A query token reaches vocabulary tokens by its exact
// form, by every form with one letter deleted (the symmetric-delete method:
// it finds every token one insertion, deletion, substitution or swap away
// without comparing with the whole vocabulary), and by its phonetic key.
// Two neighbouring tokens written together ("al qaida", "alqaida") are
// tokens too. Each name collects the weights of the query tokens it shares;
// the best few dozen names are then scored in full. Legal-form words
// ("Co., Ltd.", "LLC", "OOO") do not generate candidates.
//
// # Score
//
// Tokens weigh by their rarity among the indexed names (inverse document
// frequency, scaled to 0.25..1): a match on "Zawahiri" says more than one
// on "Mohammed". Legal-form words weigh 0.03, particles (al, bin, van, de)
// 0.2. Two tokens compare as 1 when equal, 1 - edits/length within one edit
// (two from seven letters on; at least 0.8 for a single edit), and at least
// 0.7 when they sound alike and are spelled within a third of their length.
// Query and name tokens are aligned one to one, best pairs first; qc is the
// share of the query's weight matched (times the similarity), nc the share
// of the name's. The name score is 0.6 min(qc, nc) + 0.4 max(qc, nc): both
// names must be mostly covered, and an extra middle name costs less than a
// missing surname. A weak alias counts 0.85 of that, a former name 0.98.
//
// Features then move the score: the same schema agrees, an impossible one
// (a person against a vessel) costs 0.2; a birth date that agrees at the
// precision both sides give adds 0.05, one two or more years off (four for
// a circa date) costs 0.15; a country adds or costs 0.03; the same
// identifier (passport, IMO number) makes the score at least 0.95.
//
// [DefaultThreshold] separates hits from strangers on the test set of
// screening/testdata; BENCHMARKS.md has the figures and the commands.
package screening
