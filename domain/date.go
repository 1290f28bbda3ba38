package domain

import (
	"encoding/json"
	"fmt"
	"time"
)

// Date is a calendar date without a time of day or a zone, as instruments
// state their dates. The zero Date means "not given".
type Date struct{ t time.Time }

// NewDate returns the date y-m-d.
func NewDate(y int, m time.Month, d int) Date { return Date{time.Date(y, m, d, 0, 0, 0, 0, time.UTC)} }

// ParseDate parses an ISO date "2006-01-02". The empty string is the zero
// Date.
func ParseDate(s string) (Date, error) {
	if s == "" {
		return Date{}, nil
	}
	if d, ok := parseISODate(s); ok {
		return d, nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return Date{}, fmt.Errorf("%q is not a date of the form YYYY-MM-DD", s)
	}
	return Date{t}, nil
}

// parseISODate parses a valid "YYYY-MM-DD" without time.Parse (a tenth of
// its cost: payloads hold several dates each). It reports false for
// anything else, which time.Parse then refuses with its error.
func parseISODate(s string) (Date, bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, false
	}
	num := func(b string) int {
		n := 0
		for i := 0; i < len(b); i++ {
			if b[i] < '0' || b[i] > '9' {
				return -1
			}
			n = n*10 + int(b[i]-'0')
		}
		return n
	}
	y, m, d := num(s[:4]), num(s[5:7]), num(s[8:])
	if y < 0 || m < 1 || m > 12 || d < 1 || d > daysIn(time.Month(m), y) {
		return Date{}, false
	}
	return NewDate(y, time.Month(m), d), true
}

func daysIn(m time.Month, y int) int {
	switch m {
	case time.February:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

// DateOf returns the UTC calendar date of t.
func DateOf(t time.Time) Date {
	y, m, d := t.UTC().Date()
	return NewDate(y, m, d)
}

// IsZero reports whether the date is unset.
func (d Date) IsZero() bool { return d.t.IsZero() }

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.t.Before(e.t) }

// After reports whether d is after e.
func (d Date) After(e Date) bool { return d.t.After(e.t) }

// Compare returns -1, 0 or +1 as d is before, equal to or after e.
func (d Date) Compare(e Date) int { return d.t.Compare(e.t) }

// Time returns the start of the date in UTC.
func (d Date) Time() time.Time { return d.t }

func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return d.t.Format(time.DateOnly)
}

// MarshalJSON encodes the date as "YYYY-MM-DD", or null when unset.
func (d Date) MarshalJSON() ([]byte, error) {
	if d.IsZero() {
		return []byte("null"), nil
	}
	y, m, day := d.t.Date()
	if y < 0 || y > 9999 {
		return json.Marshal(d.String())
	}
	// As json.Marshal(d.String()) writes it, at a fraction of the cost
	// (every event holds dates).
	b := make([]byte, 0, 12)
	b = append(b, '"', byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-',
		byte('0'+m/10), byte('0'+m%10), '-', byte('0'+day/10), byte('0'+day%10), '"')
	return b, nil
}

// UnmarshalJSON decodes "YYYY-MM-DD" or null.
func (d *Date) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*d = Date{}
		return nil
	}
	// A plain "YYYY-MM-DD" (no escape can hide among its digits and
	// dashes) without a decoder: every payload holds dates, and the JSON
	// codec calls this for each.
	if len(b) == 12 && b[0] == '"' && b[11] == '"' {
		if v, ok := parseISODate(string(b[1:11])); ok {
			*d = v
			return nil
		}
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("a date must be a string of the form YYYY-MM-DD")
	}
	v, err := ParseDate(s)
	if err != nil {
		return err
	}
	*d = v
	return nil
}
