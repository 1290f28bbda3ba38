package importer_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/controlsledger/ledger/domain"
	"github.com/controlsledger/ledger/importer"
	"github.com/controlsledger/ledger/ledger"
)

func TestCSVImportOfTheExampleFile(t *testing.T) {
	f, err := os.Open("../cmd/ledger/testdata/gallium.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	store := openStore(t)
	svc := into(store, fixedNow)
	res, err := svc.bulk(context.Background(), importer.CSV(f), ledger.Request{Actor: "analyst"}, importer.BulkOptions{})
	if err != nil {
		t.Fatalf("import: %v", err)
	}
	if res.Commands != 4 || res.Recorded != 4 {
		t.Fatalf("result %+v, want 4 commands recorded", res)
	}
	evs, err := store.ReadStream(context.Background(), domain.StreamName(domain.KindMeasure, "CN-2024-GAGE-US"), 0)
	if err != nil || len(evs) != 1 {
		t.Fatalf("stream: %d events, %v", len(evs), err)
	}
	ev, err := domain.Decode(evs[0].Type, evs[0].Data)
	if err != nil {
		t.Fatal(err)
	}
	m := ev.(domain.MeasureAnnounced)
	if len(m.Items) != 4 || m.Items[3].Description != "Superhard materials" || len(m.Affected) != 1 || m.Affected[0].Jurisdiction != "US" ||
		len(m.Instrument.LegalBasis) != 2 || m.Instrument.LegalBasis[1] != "Regulations on Export Control of Dual-use Items" ||
		m.Provisions[0].EffectiveOn != domain.NewDate(2024, 12, 3) || !m.Sources[0].Official || m.CountryNeutral {
		t.Errorf("decoded %+v", m)
	}
}

func TestCSVRecordsFailWithTheirLineAndColumn(t *testing.T) {
	file := "command,sourceId,publisher,title,official,publishedOn,measureId,items.1.description\n" +
		"RegisterSource,S-1,FR,\"A title\nover two lines\",true,2024-01-01,,\n" + // lines 2-3: a title is one line
		"RegisterSource,S-2,FR,T,maybe,2024-01-01,,\n" + // line 4: not a boolean
		"RegisterSource,S-3,FR,T,true,,M-1,\n" + // line 5: no such field
		"AnnounceMeasure,,,T,,,M-2,chips\n" + // line 6: items.0 missing, and more
		"RegisterSource,S-4,FR,T,true\n" + // line 7: short record
		"Launch,,,,,,,\n" // line 8
	svc := into(openStore(t), fixedNow)
	_, err := svc.bulk(context.Background(), importer.CSV(strings.NewReader(file)), ledger.Request{Actor: "a"}, importer.BulkOptions{})
	var ie *importer.ImportError
	if !errors.As(err, &ie) {
		t.Fatalf("import: %v", err)
	}
	got := map[int]string{}
	for _, l := range ie.Lines {
		got[l.Line] = l.Error()
	}
	for line, want := range map[int]string{
		4: "official: input.malformed: column official: \"maybe\" is not true or false",
		5: "measureId: input.unknown_field",
		6: "items.0: input.malformed",
		7: "the record has 5 fields, the header 8",
		8: "command.unknown",
		2: "title: text.control_character",
	} {
		if !strings.Contains(got[line], want) {
			t.Errorf("line %d: %q, want it to say %q", line, got[line], want)
		}
	}
	if len(got) != 6 {
		t.Errorf("failing lines %v, want 2 and 4 to 8", got)
	}
}

func TestCSVNeedsACommandColumn(t *testing.T) {
	svc := into(openStore(t), nil)
	_, err := svc.bulk(context.Background(), importer.CSV(strings.NewReader("name,title\nx,y\n")), ledger.Request{Actor: "a"}, importer.BulkOptions{})
	if err == nil || !strings.Contains(err.Error(), `no "command" column`) {
		t.Fatalf("import: %v", err)
	}
}

// TestTheSameCommandsInAnotherFormatAreRecognised imports the example CSV,
// then its commands as NDJSON, spaced and ordered otherwise: the second
// import writes nothing.
func TestTheSameCommandsInAnotherFormatAreRecognised(t *testing.T) {
	raw, err := os.ReadFile("../cmd/ledger/testdata/gallium.csv")
	if err != nil {
		t.Fatal(err)
	}
	store := openStore(t)
	svc := into(store, fixedNow)
	ctx := context.Background()
	if _, err := svc.bulk(ctx, importer.CSV(strings.NewReader(string(raw))), ledger.Request{Actor: "a"}, importer.BulkOptions{}); err != nil {
		t.Fatal(err)
	}
	var ndjson strings.Builder
	src := importer.CSV(strings.NewReader(string(raw)))
	for {
		_, cmd, err := src.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		var input map[string]any
		if err := json.Unmarshal(cmd.Input, &input); err != nil {
			t.Fatal(err)
		}
		// The fields in reverse order, spaced.
		keys := slices.Sorted(maps.Keys(input))
		slices.Reverse(keys)
		var fields []string
		for _, k := range keys {
			v, _ := json.Marshal(input[k])
			fields = append(fields, fmt.Sprintf("%q : %s", k, v))
		}
		ndjson.WriteString(`{ "input": { ` + strings.Join(fields, " , ") + ` }, "command": "` + cmd.Name + "\" }\n")
	}
	res, err := svc.bulk(ctx, importer.NDJSON(strings.NewReader(ndjson.String())), ledger.Request{Actor: "a"}, importer.BulkOptions{})
	if err != nil {
		t.Fatalf("import as NDJSON: %v", err)
	}
	if res.Repeated != 4 || res.Recorded != 0 {
		t.Errorf("import as NDJSON: %+v, want the 4 commands recognised", res)
	}
}
