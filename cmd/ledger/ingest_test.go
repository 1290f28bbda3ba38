package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

func TestIngestListsExportAndServe(t *testing.T) {
	dir := t.TempDir()
	un, err := filepath.Glob("../../testdata/un-sc/*.xml.gz")
	if err != nil || len(un) != 4 {
		t.Fatalf("UN snapshots: %v %v", un, err)
	}
	out, ok := ledgerCmd(t, append([]string{"ingest", "--data", dir, "--format", "un-sc"}, un...)...)
	if !ok || !strings.Contains(out, "ingested 4 of 4 files") {
		t.Fatalf("ingest UN: %s", out)
	}
	// The same file again writes nothing.
	out, ok = ledgerCmd(t, "ingest", "--data", dir, "--format", "un-sc", un[3])
	if !ok || !strings.Contains(out, "already ingested") {
		t.Fatalf("ingest again: %s", out)
	}
	// The failed OFAC download is refused, and so is an OFAC file with no
	// date: the command fails and says why.
	out, ok = ledgerCmd(t, "ingest", "--data", dir, "--format", "ofac-sdn", "--observed-at", "2024-05-04T01:36:19Z",
		"../../testdata/ofac-sdn/sdn-2024-05-04T013619Z.csv.gz")
	if ok || !strings.Contains(out, "refused (snapshot.empty)") {
		t.Fatalf("the empty download: ok %v, %s", ok, out)
	}
	out, ok = ledgerCmd(t, "ingest", "--data", dir, "--format", "ofac-sdn", "../../testdata/ofac-sdn/sdn-2024-05-03T184323Z.csv.gz")
	if ok || !strings.Contains(out, "refused (snapshot.undated)") {
		t.Fatalf("an OFAC file without --observed-at: ok %v, %s", ok, out)
	}
	out, ok = ledgerCmd(t, "ingest", "--data", dir, "--format", "federal-register", "../../testdata/federal-register/2023-03929.xml")
	if !ok || !strings.Contains(out, "13 added") {
		t.Fatalf("ingest the rule: %s", out)
	}

	// FollowTheMoney entities at the last UN snapshot: a party and a
	// Sanction for each designation known then.
	out, ok = ledgerCmd(t, "export", "--data", dir, "--format", "ftm", "--list", "un-sc-consolidated", "-")
	if !ok {
		t.Fatal(out)
	}
	schemas := map[string]int{}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var e struct {
			ID, Schema string
			Properties map[string][]string
		}
		if err := json.Unmarshal([]byte(line), &e); err != nil {
			continue // progress lines on stderr
		}
		schemas[e.Schema]++
		if e.Schema != "Sanction" && len(e.Properties["name"]) == 0 {
			t.Errorf("%s has no name", e.ID)
		}
	}
	if schemas["Sanction"] != 1109 || schemas["Person"]+schemas["Organization"]+schemas["LegalEntity"] != 1109 {
		t.Errorf("ftm export: %v, want 1,109 parties and Sanctions (every UN entry ever listed)", schemas)
	}
	// The delta of the last UN snapshot.
	out, ok = ledgerCmd(t, "export", "--data", dir, "--format", "delta", "--list", "un-sc-consolidated",
		"--since", "2018-08-25T00:00:00Z", "-")
	if !ok {
		t.Fatal(out)
	}
	ops := map[string]int{}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var l struct{ Op string }
		if json.Unmarshal([]byte(line), &l) == nil && l.Op != "" {
			ops[l.Op]++
		}
	}
	if ops["ADD"] != 3 || ops["DEL"] != 8 || ops["MOD"] == 0 || ops["MOD"] > 9 {
		t.Errorf("delta since 2018-08-25: %v, want 3 ADD, 8 DEL and up to 9 MOD, as the ingest said", ops)
	}

	// A customer file screened at the last snapshot: the listed name
	// matches, written in another order and case; a stranger does not.
	customers := writeFile(t, "customers.csv", "id,name,birth_date\nc1,ghulam nabi mohammed omar,1966\nc2,Jane Q. Nobody,\n")
	out, ok = ledgerCmd(t, "screen", "--data", dir, "--output", "-", customers)
	if !ok {
		t.Fatal(out)
	}
	var rows []string
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, "2,c1,") || strings.HasPrefix(line, "3,c2,") {
			rows = append(rows, line)
		}
	}
	if len(rows) != 1 || !strings.Contains(rows[0], "un-sc-consolidated-TAi.004") || !strings.Contains(rows[0], ",designated,") {
		t.Errorf("screen: %q in\n%s", rows, out)
	}

	s := startServer(t, dir)
	r := s.query(t, `{ lists { list snapshots publishedAt listed lastSnapshot { entries sha256 } }
	  delta: listDelta(list: "un-sc-consolidated", from: {publishedBy: "2018-08-25T00:00:00Z"}, to: {}) { totalCount nodes { op } }
	  screen: screen(query: {name: "Mohammed Omar Ghulam Nabi"}, asOf: {publishedBy: "2018-06-08T00:00:00Z"}) { candidates { designation { recordId status } } }
	  june: designations(asOf: {publishedBy: "2018-06-08T00:00:00Z", validAt: "2018-06-08"}, filter: {list: "un-sc-consolidated", status: [DESIGNATED]}) { totalCount basis { publishedBy } } }`, nil)
	raw, _ := json.Marshal(r)
	var got struct {
		Data struct {
			Lists []struct {
				List      string
				Snapshots int
				Listed    int
			}
			Delta  struct{ TotalCount int }
			Screen struct {
				Candidates []struct {
					Designation struct{ RecordID, Status string }
				}
			}
			June struct {
				TotalCount int
				Basis      struct{ PublishedBy string }
			}
		}
	}
	if err := json.Unmarshal(raw, &got); err != nil || len(r.Errors) > 0 {
		t.Fatalf("%s %v", raw, err)
	}
	if len(got.Data.Lists) != 2 || got.Data.Lists[0].List != "un-sc-consolidated" || got.Data.Lists[0].Snapshots != 4 || got.Data.Lists[1].List != "us-bis-entity-list" {
		t.Errorf("lists: %+v", got.Data.Lists)
	}
	if got.Data.Delta.TotalCount != ops["ADD"]+ops["DEL"]+ops["MOD"] {
		t.Errorf("listDelta: %d changes, the export %v", got.Data.Delta.TotalCount, ops)
	}
	if c := got.Data.Screen.Candidates; len(c) == 0 || c[0].Designation.RecordID != "un-sc-consolidated-TAi.004" || c[0].Designation.Status != "DESIGNATED" {
		t.Errorf("screen: %+v", got.Data.Screen)
	}
	if got.Data.June.TotalCount < 1000 || got.Data.June.Basis.PublishedBy != "2018-06-08T00:00:00Z" {
		t.Errorf("as published by 2018-06-08: %+v", got.Data.June)
	}
}
