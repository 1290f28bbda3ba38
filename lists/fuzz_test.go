package lists

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// seedPrefix adds the first lines of a real file as seeds, so the fuzzer
// starts from the real shape of the format.
func seedPrefix(f *testing.F, data []byte, n int) {
	f.Helper()
	f.Add(data[:min(n, len(data))])
	f.Add(append(bytes.Clone(data[:min(n, len(data))]), 0x1a))
}

// checkRead asserts what every reader promises on any input: no panic, and
// either a refusal with a known rule or a snapshot whose entries have
// unique, non-empty IDs and raw bytes from the input.
func checkRead(t *testing.T, read func([]byte) (*Snapshot, error), data []byte) {
	s, err := read(data)
	if err != nil {
		var re *RefusedError
		if !errors.As(err, &re) || re.Rule == "" {
			t.Fatalf("error %v is not a refusal", err)
		}
		return
	}
	seen := map[string]bool{}
	for _, e := range s.Entries {
		if e.ID == "" || seen[e.ID] {
			t.Fatalf("entry ID %q empty or repeated", e.ID)
		}
		seen[e.ID] = true
		if len(e.Raw) == 0 {
			t.Fatalf("entry %s has no raw bytes", e.ID)
		}
		for _, v := range e.Properties["birthDate"] {
			if _, err := ParseDate(v); err != nil {
				t.Fatalf("entry %s birthDate %q: %v", e.ID, v, err)
			}
		}
	}
	if len(s.Entries) == 0 {
		t.Fatal("a snapshot with no entry was accepted")
	}
}

func FuzzReadOFACSDN(f *testing.F) {
	data := sdnBytes(f, "sdn-2024-05-03T184323Z.csv.gz")
	seedPrefix(f, data, 4000)
	f.Add([]byte("1,\"A\",\"individual\",\"X\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB circa 01 Jan 1960 to 1962; a.k.a. 'B; C'; Passport 1 (Y) issued 2000 expires x.\"\r\n\x1a"))
	f.Fuzz(func(t *testing.T, in []byte) {
		checkRead(t, func(b []byte) (*Snapshot, error) { return ReadOFACSDN(bytes.NewReader(b)) }, in)
	})
}

func FuzzReadUNSC(f *testing.F) {
	fh, err := os.Open(filepath.Join(testdata, "un-sc", "consolidated-2018-06-07.xml.gz"))
	if err != nil {
		f.Fatal(err)
	}
	data, _, err := content(FormatUNSC, fh)
	fh.Close()
	if err != nil {
		f.Fatal(err)
	}
	i := bytes.Index(data, []byte("</INDIVIDUAL>"))
	f.Add(append(bytes.Clone(data[:i+len("</INDIVIDUAL>")]), []byte("</INDIVIDUALS></CONSOLIDATED_LIST>")...))
	f.Add(data[:3000])
	f.Fuzz(func(t *testing.T, in []byte) {
		checkRead(t, func(b []byte) (*Snapshot, error) { return ReadUNSC(bytes.NewReader(b)) }, in)
	})
}

func FuzzReadFederalRegister(f *testing.F) {
	data, err := os.ReadFile(filepath.Join(testdata, "federal-register", "2023-03929.xml"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	f.Add([]byte(`<RULE><GPOTABLE><ROW><ENT I="01">X</ENT><ENT>A, a.k.a., one:<LI>—B.</LI><LI>1 St; and 2 St.</LI></ENT><ENT>all<SU>3</SU></ENT><ENT>deny</ENT><ENT>88 FR [INSERT FR PAGE NUMBER AND 2/27/2023].</ENT></ROW><ROW><ENT/><ENT>3 St.</ENT></ROW></GPOTABLE><PRTPAGE P="5"/></RULE>`))
	f.Fuzz(func(t *testing.T, in []byte) {
		checkRead(t, func(b []byte) (*Snapshot, error) { return ReadFederalRegister(bytes.NewReader(b)) }, in)
	})
}
