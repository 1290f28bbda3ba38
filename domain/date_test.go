package domain_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/controlsledger/ledger/domain"
)

func TestDateJSON(t *testing.T) {
	var v struct {
		On    domain.Date `json:"on"`
		Maybe domain.Date `json:"maybe,omitzero"`
		Null  domain.Date `json:"null"`
	}
	if err := json.Unmarshal([]byte(`{"on":"2022-10-07","null":null}`), &v); err != nil {
		t.Fatal(err)
	}
	if v.On != domain.NewDate(2022, time.October, 7) || !v.Null.IsZero() || !v.Maybe.IsZero() {
		t.Fatalf("decoded %+v", v)
	}
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := string(b), `{"on":"2022-10-07","null":null}`; got != want {
		t.Errorf("encoded %s, want %s", got, want)
	}
}

func TestDateRejectsOtherForms(t *testing.T) {
	for _, in := range []string{`"2022-10-7"`, `"07/10/2022"`, `"2022-10-07T00:00:00Z"`, `"2022-02-30"`, `20221007`, `true`} {
		var d domain.Date
		if err := json.Unmarshal([]byte(in), &d); err == nil {
			t.Errorf("Unmarshal(%s) = %v, want an error", in, d)
		}
	}
}

func TestDateOrder(t *testing.T) {
	a, b := domain.NewDate(2022, time.October, 7), domain.NewDate(2022, time.October, 12)
	if !a.Before(b) || a.After(b) || a.Compare(b) != -1 || b.Compare(a) != 1 || a.Compare(a) != 0 {
		t.Error("date order is wrong")
	}
	if got := domain.DateOf(time.Date(2022, 10, 7, 23, 30, 0, 0, time.FixedZone("EDT", -4*3600))); got != domain.NewDate(2022, time.October, 8) {
		t.Errorf("DateOf(23:30 EDT on 10-07) = %s, want the UTC date 2022-10-08", got)
	}
	if s := (domain.Date{}).String(); s != "" {
		t.Errorf("zero date prints %q", s)
	}
}

// TestDateMarshalJSONAsString checks that a date encodes as json.Marshal
// encodes its string, over the years a date can have.
func TestDateMarshalJSONAsString(t *testing.T) {
	for _, y := range []int{-1, 0, 1, 9, 10, 99, 100, 999, 1000, 1999, 2024, 9999, 10000, 12345} {
		for _, md := range [][2]int{{1, 1}, {2, 29}, {9, 30}, {10, 9}, {12, 31}} {
			d := domain.NewDate(y, time.Month(md[0]), md[1])
			if d.IsZero() {
				continue // 0001-01-01, null
			}
			want, err := json.Marshal(d.String())
			if err != nil {
				t.Fatal(err)
			}
			got, err := d.MarshalJSON()
			if err != nil || string(got) != string(want) {
				t.Fatalf("%v: %s (%v), want %s", d.Time(), got, err, want)
			}
		}
	}
	if got, _ := (domain.Date{}).MarshalJSON(); string(got) != "null" {
		t.Fatalf("zero date: %s", got)
	}
}
