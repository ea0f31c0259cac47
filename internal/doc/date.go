package doc

import (
	"encoding/json"
	"fmt"
	"time"
)

// Date is a calendar date without a time zone. The zero Date means unknown.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// ParseDate parses a date in the form YYYY-MM-DD.
func ParseDate(s string) (Date, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return Date{}, fmt.Errorf("parsing date %q: want YYYY-MM-DD: %w", s, err)
	}
	return DateOf(t), nil
}

// DateOf returns the calendar date of t in t's location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{Year: y, Month: m, Day: d}
}

// IsZero reports whether the date is unknown.
func (d Date) IsZero() bool { return d == Date{} }

// Time returns midnight UTC at the start of the date.
func (d Date) Time() time.Time { return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC) }

// String returns the date as YYYY-MM-DD, or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// MarshalJSON encodes the date as "YYYY-MM-DD", or null when unknown.
func (d Date) MarshalJSON() ([]byte, error) {
	if d.IsZero() {
		return []byte("null"), nil
	}
	return json.Marshal(d.String())
}

// UnmarshalJSON decodes "YYYY-MM-DD", a full RFC 3339 time (its date part),
// null or "".
func (d *Date) UnmarshalJSON(b []byte) error {
	var s *string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("decoding date: %w", err)
	}
	if s == nil || *s == "" {
		*d = Date{}
		return nil
	}
	v, err := ParseLooseDate(*s)
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// ParseLooseDate parses the date forms found in feeds and metadata:
// YYYY-MM-DD, RFC 3339 and RFC 1123 times. The date is taken as written, in
// the time's own zone.
func ParseLooseDate(s string) (Date, error) {
	for _, layout := range []string{time.DateOnly, time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05", time.RFC1123Z, time.RFC1123, "2006/01/02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return DateOf(t), nil
		}
	}
	return Date{}, fmt.Errorf("parsing date %q: not YYYY-MM-DD or RFC 3339", s)
}
