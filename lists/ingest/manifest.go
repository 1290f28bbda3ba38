package ingest

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"
)

// ManifestEntry is one line of a manifest: a file and when it was
// observed.
type ManifestEntry struct {
	File       string
	ObservedAt time.Time
}

// ReadManifest reads a tab-separated manifest whose header names at least
// the columns file and observed_at (RFC 3339), like the one that comes with
// the OFAC snapshots. Other columns are ignored; blank lines are skipped.
func ReadManifest(r io.Reader) ([]ManifestEntry, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	if !sc.Scan() {
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("manifest: %w", err)
		}
		return nil, fmt.Errorf("manifest: empty: want a header with the columns file and observed_at")
	}
	header := strings.Split(strings.TrimRight(sc.Text(), "\r"), "\t")
	fileCol, obsCol := slices.Index(header, "file"), slices.Index(header, "observed_at")
	if fileCol < 0 || obsCol < 0 {
		return nil, fmt.Errorf("manifest: line 1: the header %q must name the columns file and observed_at, tab-separated", sc.Text())
	}
	var out []ManifestEntry
	for line := 2; sc.Scan(); line++ {
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" {
			continue
		}
		cols := strings.Split(text, "\t")
		if len(cols) <= max(fileCol, obsCol) {
			return nil, fmt.Errorf("manifest: line %d: %d columns, want at least %d", line, len(cols), max(fileCol, obsCol)+1)
		}
		t, err := time.Parse(time.RFC3339, cols[obsCol])
		if err != nil {
			return nil, fmt.Errorf("manifest: line %d: observed_at %q must be an RFC 3339 time such as 2022-02-23T01:52:37Z", line, cols[obsCol])
		}
		if cols[fileCol] == "" {
			return nil, fmt.Errorf("manifest: line %d: file is empty", line)
		}
		out = append(out, ManifestEntry{File: cols[fileCol], ObservedAt: t})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("manifest: %w", err)
	}
	return out, nil
}
