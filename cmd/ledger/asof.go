package main

import (
	"errors"
	"flag"
	"fmt"
	"time"

	"github.com/controlsledger/ledger/domain"
	"github.com/controlsledger/ledger/projections"
)

// asOfFlags are the flags that name a point on the time axes.
type asOfFlags struct {
	validAt, knownAt, publishedBy *string
	position                      *uint64
}

// addAsOfFlags declares --valid-at, --known-at, --position and
// --published-by on fs; use says what they go with.
func addAsOfFlags(fs *flag.FlagSet, use string) asOfFlags {
	return asOfFlags{
		validAt:     fs.String("valid-at", "", use+": the date the law is evaluated at, YYYY-MM-DD (default today)"),
		knownAt:     fs.String("known-at", "", use+": what the ledger knew at this time, RFC 3339 (default: now); or --position"),
		position:    fs.Uint64("position", 0, use+": what the ledger knew at this position (default: its head)"),
		publishedBy: fs.String("published-by", "", use+": believe only what had been published by this time, RFC 3339"),
	}
}

// set reports whether any of the flags was given.
func (f asOfFlags) set() bool {
	return *f.validAt != "" || *f.knownAt != "" || *f.position != 0 || *f.publishedBy != ""
}

// parse returns the point the flags name, with every problem.
func (f asOfFlags) parse() (projections.AsOf, []error) {
	var a projections.AsOf
	var problems []error
	if *f.validAt != "" {
		d, err := domain.ParseDate(*f.validAt)
		if err != nil {
			problems = append(problems, fmt.Errorf("--valid-at %q is not a date YYYY-MM-DD", *f.validAt))
		}
		a.ValidAt = d
	}
	for _, t := range []struct {
		flag, value string
		into        *time.Time
	}{{"--known-at", *f.knownAt, &a.KnownAt}, {"--published-by", *f.publishedBy, &a.PublishedBy}} {
		if t.value == "" {
			continue
		}
		v, err := time.Parse(time.RFC3339Nano, t.value)
		if err != nil {
			problems = append(problems, fmt.Errorf("%s %q is not an RFC 3339 time such as 2024-01-31T12:00:00Z", t.flag, t.value))
		}
		*t.into = v
	}
	if *f.knownAt != "" && *f.position != 0 {
		problems = append(problems, errors.New("--known-at and --position cannot go together"))
	}
	a.Position = *f.position
	return a, problems
}
