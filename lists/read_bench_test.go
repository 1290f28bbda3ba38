package lists

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkReadOFACSDN reads the largest OFAC snapshot afresh, as
// ReadOFACSDN does without a previous snapshot.
func BenchmarkReadOFACSDN(b *testing.B) {
	data, err := os.ReadFile(filepath.Join(testdata, "ofac-sdn", "sdn-2024-05-03T184323Z.csv.gz"))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	defer reportCPU(b)()
	for b.Loop() {
		if _, err := ReadOFACSDN(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}
