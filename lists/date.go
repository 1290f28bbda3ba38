package lists

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// Date is a date as precise as the list gives it, never more: a year, a
// month or a day, perhaps approximate ("circa 1961"), perhaps a range ("1960
// to 1962").
//
// Its text form ([Date.String]) is FollowTheMoney's date prefix ("1965",
// "1965-07", "1965-07-04") for a plain date, with the marks of the Extended
// Date/Time Format (ISO 8601-2) for the rest: "1961~" for approximately 1961,
// "1960/1962" for a range.
type Date struct {
	// Start is the date, or the first of a range: "YYYY", "YYYY-MM" or
	// "YYYY-MM-DD".
	Start string
	// End is the last of a range, in the same form; empty for a single date.
	End string
	// Approximate says the list gives the date as approximate.
	Approximate bool
}

// IsZero reports whether the date is unknown.
func (d Date) IsZero() bool { return d.Start == "" }

// Precision is how much of the date the list gives: "year", "month" or
// "day" (of Start); "" for the zero Date.
func (d Date) Precision() string {
	switch len(d.Start) {
	case 4:
		return "year"
	case 7:
		return "month"
	case 10:
		return "day"
	}
	return ""
}

// String writes the date as FollowTheMoney and EDTF do: "1965-07-04",
// "1965-07", "1961~", "1960/1962".
func (d Date) String() string {
	s := d.Start
	if d.End != "" {
		s += "/" + d.End
	}
	if d.Approximate {
		s += "~"
	}
	return s
}

var datePrefix = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)

// ParseDate reads a date as [Date.String] writes it.
func ParseDate(s string) (Date, error) {
	var d Date
	if t, ok := strings.CutSuffix(s, "~"); ok {
		d.Approximate, s = true, t
	}
	start, end, isRange := strings.Cut(s, "/")
	d.Start = start
	if isRange {
		d.End = end
	}
	if err := d.validate(); err != nil {
		return Date{}, fmt.Errorf("date %q: %w", s, err)
	}
	return d, nil
}

func (d Date) validate() error {
	parts := []string{d.Start}
	if d.End != "" {
		parts = append(parts, d.End)
	}
	for _, p := range parts {
		if !datePrefix.MatchString(p) {
			return fmt.Errorf("want YYYY, YYYY-MM or YYYY-MM-DD, got %q", p)
		}
		if len(p) >= 7 {
			if m, _ := strconv.Atoi(p[5:7]); m < 1 || m > 12 {
				return fmt.Errorf("month %s out of range", p[5:7])
			}
		}
		if len(p) == 10 {
			y, _ := strconv.Atoi(p[:4])
			m, _ := strconv.Atoi(p[5:7])
			if day, _ := strconv.Atoi(p[8:]); day < 1 || day > daysIn(y, m) {
				return fmt.Errorf("day %s out of range", p[8:])
			}
		}
	}
	if d.End != "" && d.End < d.Start {
		return fmt.Errorf("range ends (%s) before it starts (%s)", d.End, d.Start)
	}
	return nil
}

func daysIn(year, month int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

var months = map[string]string{
	"jan": "01", "feb": "02", "mar": "03", "apr": "04", "may": "05", "jun": "06",
	"jul": "07", "aug": "08", "sep": "09", "oct": "10", "nov": "11", "dec": "12",
}

// parseOFACDay reads one of OFAC's dates: "04 Jul 1965", "Jul 1965" or "1965".
func parseOFACDay(s string) (string, bool) {
	f := strings.Fields(s)
	var out string
	switch len(f) {
	case 1:
		out = f[0]
	case 2:
		m, ok := months[strings.ToLower(f[0])]
		if !ok {
			return "", false
		}
		out = f[1] + "-" + m
	case 3:
		m, ok := months[strings.ToLower(f[1])]
		if !ok || len(f[0]) > 2 {
			return "", false
		}
		out = f[2] + "-" + m + "-" + fmt.Sprintf("%02s", f[0])
	default:
		return "", false
	}
	if (Date{Start: out}).validate() != nil {
		return "", false
	}
	return out, true
}

// parseOFACDate reads OFAC's date prose: "04 Jul 1965", "Jul 1965", "1965",
// "circa 1961", "1960 to 1962", "1979-1982", "01 Jan 1960 to 31 Dec 1962".
func parseOFACDate(s string) (Date, bool) {
	s = strings.TrimSpace(s)
	var d Date
	if t, ok := strings.CutPrefix(s, "circa "); ok {
		d.Approximate, s = true, t
	}
	from, to, isRange := strings.Cut(s, " to ")
	if !isRange && len(s) == 9 && s[4] == '-' {
		from, to, isRange = s[:4], s[5:], true // "1979-1982"
	}
	var ok bool
	if d.Start, ok = parseOFACDay(from); !ok {
		return Date{}, false
	}
	if isRange {
		if d.End, ok = parseOFACDay(to); !ok {
			return Date{}, false
		}
	}
	if d.validate() != nil {
		return Date{}, false
	}
	return d, true
}

// MarshalText writes the date as [Date.String] does, so that JSON shows
// "1961~" rather than the struct; the zero Date is "".
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText reads a date as [ParseDate] does; "" is the zero Date.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}
