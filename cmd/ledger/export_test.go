package main

import (
	"encoding/csv"
	"os/exec"
	"strconv"
	"strings"
	"testing"
)

// exportCSV runs ledger export --format csv with args to stdout and
// returns the rows by their first column, and the header.
func exportCSV(t *testing.T, dir string, args ...string) (header []string, rows map[string]map[string]string) {
	t.Helper()
	cmd := exec.Command(binary, append([]string{"export", "--data", dir, "--format", "csv"}, append(args, "-")...)...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("export %v: %v\n%s", args, err, stderr.String())
	}
	records, err := csv.NewReader(strings.NewReader(string(out))).ReadAll()
	if err != nil {
		t.Fatalf("export %v is not CSV: %v\n%s", args, err, out)
	}
	header, rows = records[0], map[string]map[string]string{}
	for _, rec := range records[1:] {
		row := map[string]string{}
		for i, h := range header {
			row[h] = rec[i]
		}
		rows[rec[0]] = row
	}
	return header, rows
}

func TestExportMeasuresAtAPointInTime(t *testing.T) {
	dir := ledgerWithDemo(t)
	header, rows := exportCSV(t, dir, "--view", "measures", "--valid-at", "2023-09-01")
	if strings.Join(header, ",") != strings.Join(measureColumns, ",") {
		t.Errorf("header %v", header)
	}
	gage, ok := rows["CN-2023-GAGE"]
	if !ok {
		t.Fatalf("no row for CN-2023-GAGE in %v", rows)
	}
	for col, want := range map[string]string{"status": "in_force", "announcedOn": "2023-07-03", "implementingJurisdiction": "CN",
		"countryNeutral": "true", "provisions": "export-licensing: in_force from 2023-08-01", "basisPosition": "43", "validAt": "2023-09-01"} {
		if gage[col] != want {
			t.Errorf("CN-2023-GAGE %s = %q, want %q", col, gage[col], want)
		}
	}
	if !strings.Contains(gage["items"], "Metal gallium; Gallium nitride") {
		t.Errorf("items %q are not joined with \"; \"", gage["items"])
	}

	// Announced, not yet effective, on 2023-07-15.
	_, rows = exportCSV(t, dir, "--view", "measures", "--valid-at", "2023-07-15")
	if got := rows["CN-2023-GAGE"]["status"]; got != "announced" {
		t.Errorf("status on 2023-07-15 = %q, want announced", got)
	}
	// The ledger before it learned of the measure.
	_, rows = exportCSV(t, dir, "--view", "measures", "--valid-at", "2023-09-01", "--position", decr(t, gage["knownSince"]))
	if _, ok := rows["CN-2023-GAGE"]; ok || rows["US-2022-ACS"]["basisPosition"] != decr(t, gage["knownSince"]) {
		t.Errorf("before position %s: rows %v", gage["knownSince"], rows)
	}
	// Only what is in force.
	_, rows = exportCSV(t, dir, "--view", "measures", "--valid-at", "2023-07-15", "--status", "in_force")
	if _, ok := rows["CN-2023-GAGE"]; ok || len(rows) == 0 {
		t.Errorf("in force on 2023-07-15: %v", rows)
	}

	_, rows = exportCSV(t, dir, "--view", "transactions", "--valid-at", "2024-01-01")
	if tr := rows["INTEL-TOWER"]; tr["status"] != "terminated" || tr["acquirers"] != "Intel Corporation" || !strings.Contains(tr["reviews"], "no_decision_by_outside_date") {
		t.Errorf("INTEL-TOWER: %v", tr)
	}
	if header, _ := exportCSV(t, dir, "--view", "designations"); strings.Join(header, ",") != strings.Join(designationColumns, ",") {
		t.Errorf("designations header %v", header)
	}
}

func TestExportRefusesBadFlags(t *testing.T) {
	out, err := exec.Command(binary, "export", "--format", "csv", "--view", "parties", "--valid-at", "2023-13-01", "--known-at", "yesterday", "--position", "3", "-").CombinedOutput()
	for _, want := range []string{"--view must be measures, designations or transactions", "--valid-at \"2023-13-01\" is not a date",
		"--known-at \"yesterday\" is not an RFC 3339 time", "--known-at and --position cannot go together"} {
		if err == nil || !strings.Contains(string(out), want) {
			t.Errorf("export with bad flags does not say %q:\n%s", want, out)
		}
	}
}

func decr(t *testing.T, s string) string {
	t.Helper()
	n, err := strconv.Atoi(s)
	if err != nil || n < 2 {
		t.Fatalf("knownSince %q", s)
	}
	return strconv.Itoa(n - 1)
}
