package gen

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/controlsledger/ledger/domain"
)

// jurisdiction is a state or bloc that takes measures, with its weight in
// the generated ledger and its bodies.
type jurisdiction struct {
	code, name string
	weight     int
}

var jurisdictions = []jurisdiction{
	{"US", "United States", 22}, {"CN", "China", 20}, {"EU", "European Union", 7}, {"GB", "United Kingdom", 5},
	{"JP", "Japan", 5}, {"KR", "South Korea", 3}, {"NL", "Netherlands", 3}, {"DE", "Germany", 3},
	{"FR", "France", 2}, {"TW", "Taiwan", 3}, {"IN", "India", 3}, {"RU", "Russia", 5},
	{"CA", "Canada", 2}, {"AU", "Australia", 2}, {"SG", "Singapore", 1}, {"IR", "Iran", 1},
	{"KP", "North Korea", 1}, {"BY", "Belarus", 1}, {"MY", "Malaysia", 1}, {"VN", "Vietnam", 1},
	{"IL", "Israel", 1}, {"TR", "Turkey", 1}, {"BR", "Brazil", 1}, {"AE", "United Arab Emirates", 1},
}

// rivals lists who a jurisdiction's measures mostly target.
var rivals = map[string][]string{
	"US": {"CN", "RU", "IR", "KP", "BY"}, "CN": {"US", "JP", "NL", "TW", "EU"}, "EU": {"RU", "CN", "BY"},
	"GB": {"RU", "CN", "IR"}, "JP": {"CN", "KR", "RU"}, "KR": {"JP", "KP"}, "NL": {"CN"}, "DE": {"CN", "RU"},
	"TW": {"CN"}, "IN": {"CN"}, "RU": {"US", "EU", "GB", "JP"}, "CA": {"CN", "RU"}, "AU": {"CN"},
	"FR": {"RU"}, "IR": {"US", "IL"}, "KP": {"US", "KR"}, "BY": {"EU", "US"},
}

type authorityKind struct{ suffix, name string }

var authorityKinds = []authorityKind{
	{"EXPORT", "Export Control Agency"}, {"TRADE", "Ministry of Trade"}, {"INVEST", "Investment Screening Committee"},
	{"COMP", "Competition Authority"}, {"CYBER", "Cyberspace Administration"}, {"TREASURY", "Sanctions Office"},
}

func authority(j jurisdiction, k int) domain.Authority {
	a := authorityKinds[k]
	return domain.Authority{ID: j.code + "-" + a.suffix, Name: a.name + " of " + j.name, Jurisdiction: j.code}
}

var lists = []string{"Entity List", "Unreliable Entity List", "Sanctions List", "Military End-User List", "Export Control Control List"}

// item vocabulary: codes in schemes with descriptions, a few thousand in all.
var (
	itemAdjectives = []string{"Advanced", "High-bandwidth", "Radiation-hardened", "Extreme ultraviolet", "Deep ultraviolet",
		"Quantum", "Gallium", "Germanium", "Rare-earth", "High-purity", "Military-grade", "Dual-use", "Hypersonic",
		"Encrypted", "Autonomous", "Precision", "Low-power", "Wide-bandgap", "Silicon carbide", "Graphite"}
	itemNouns = []string{"integrated circuits", "lithography equipment", "memory chips", "computers", "software",
		"deposition tools", "etching equipment", "sensors", "lasers", "drones", "batteries", "magnets", "metals",
		"wafers", "design tools", "network equipment", "satellites", "machine tools", "photoresists", "substrates"}
)

// items is the fixed item vocabulary.
var items = func() []domain.Item {
	var out []domain.Item
	for i, adj := range itemAdjectives {
		for j, noun := range itemNouns {
			desc := adj + " " + noun
			eccn := fmt.Sprintf("%d%c%03d", (i+j)%10, "ABCDE"[(i*3+j)%5], (i*len(itemNouns)+j)%1000)
			out = append(out, domain.Item{Scheme: "ECCN", Code: eccn, Description: desc})
			hs := fmt.Sprintf("%04d.%02d", 8400+(i*7+j*13)%200, (i+j*3)%100)
			out = append(out, domain.Item{Scheme: "HS", Code: hs, Description: desc + " (customs heading)"})
			if (i+j)%4 == 0 {
				out = append(out, domain.Item{Description: desc + " and related technology"})
			}
		}
	}
	return out
}()

var measureTitles = map[string]string{
	"export_control": "Export controls on", "export_ban": "Export ban on", "entity_listing": "Entity listings for trade in",
	"end_use_control": "End-use controls on", "foreign_direct_product_rule": "Foreign direct product rule for",
	"import_ban": "Import ban on", "procurement_restriction": "Procurement restrictions on", "investment_restriction": "Investment restrictions in",
}

var provisionTitles = []string{"Licence requirement", "End-use control", "Restrictions on support by nationals",
	"Reporting obligation", "Foreign direct product extension", "De minimis threshold", "Licence exception removal",
	"Presumption of denial", "Temporary general licence", "Due diligence requirement"}

var (
	syllables = []string{"Hua", "Zhong", "Sino", "Nova", "Ster", "Gal", "Tek", "Quan", "Mira", "Vek", "Lum", "Or",
		"Kai", "Tian", "Aur", "Bel", "Cor", "Dyn", "Ex", "Fal", "Gen", "Hel", "Ion", "Jin"}
	companyCores = []string{"tech", "semi", "micro", "tron", "wave", "chip", "soft", "com", "dyne", "logic", "net", "star"}
	suffixes     = map[string]string{"US": "Inc.", "CN": "Co., Ltd.", "DE": "GmbH", "NL": "B.V.", "JP": "K.K.", "GB": "Ltd", "FR": "S.A.", "KR": "Co."}
)

// party returns the party number n of jurisdiction j. The same (j, n) gives
// the same party.
func party(j jurisdiction, n int) domain.Party {
	name := syllables[n%len(syllables)] + companyCores[(n/len(syllables))%len(companyCores)]
	if k := n / (len(syllables) * len(companyCores)); k > 0 {
		name += fmt.Sprintf(" %d", k)
	}
	suffix := suffixes[j.code]
	if suffix == "" {
		suffix = "Ltd."
	}
	return domain.Party{ID: fmt.Sprintf("P-%s-%05d", j.code, n), Name: name + " " + suffix, Jurisdiction: j.code}
}

// state returns the party that stands for a jurisdiction in dialogues.
func state(j jurisdiction) domain.Party {
	return domain.Party{ID: "STATE-" + j.code, Name: j.name, Jurisdiction: j.code}
}

var publishers = map[string][2]string{
	"US": {"Federal Register", "https://www.federalregister.gov/d/"},
	"CN": {"Ministry of Commerce", "https://www.mofcom.gov.cn/article/"},
	"EU": {"Official Journal of the European Union", "https://eur-lex.europa.eu/eli/"},
	"GB": {"legislation.gov.uk", "https://www.legislation.gov.uk/uksi/"},
	"JP": {"Ministry of Economy, Trade and Industry", "https://www.meti.go.jp/press/"},
}

var press = [][2]string{{"Reuters", "https://www.reuters.com/world/"}, {"Caixin", "https://www.caixinglobal.com/"},
	{"Nikkei Asia", "https://asia.nikkei.com/"}, {"Financial Times", "https://www.ft.com/content/"}}

var meetingPlaces = []string{"Washington", "Beijing", "Brussels", "Tokyo", "Geneva", "London", "Singapore", "San Francisco", "Bali", "Videoconference"}

var levels = []string{"ministerial", "vice-ministerial", "working", "leaders"}

// words for free-text summaries.
var summaryWords = []string{"licence", "requirement", "entities", "semiconductor", "national security", "foreign policy",
	"supply chain", "critical minerals", "artificial intelligence", "supercomputer", "military end use", "human rights",
	"countermeasure", "reciprocity", "retaliation", "de-risking", "dual-use", "technology transfer"}

func sentence(r *rand.Rand, n int) string {
	w := make([]string, n)
	for i := range w {
		w[i] = summaryWords[r.IntN(len(summaryWords))]
	}
	return strings.Join(w, ", ")
}
