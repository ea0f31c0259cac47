package actors

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/sitrep/sitrep/internal/doc"
)

// Kind says what a dictionary entry names.
type Kind uint8

// The kinds of entries.
const (
	// KindCountry is a state or territory: its names, demonyms, capitals
	// and seats of power. Code is its ISO 3166 alpha-3 code.
	KindCountry Kind = iota + 1
	// KindOrg is a named organization, agency, armed group or party, coded
	// in full ("IGOUNO", "KORSPY", "PSEREB").
	KindOrg
	// KindPerson is a person whose code depends on the date (Roles).
	KindPerson
	// KindRole is a role word or institution ("minister", "embassy",
	// "troops") that gives a sector; the country comes from context.
	KindRole
)

var kindNames = [...]string{KindCountry: "country", KindOrg: "org", KindPerson: "person", KindRole: "role"}

// String returns the keyword of the kind in the dictionary format.
func (k Kind) String() string {
	if int(k) < len(kindNames) && kindNames[k] != "" {
		return kindNames[k]
	}
	return "kind(" + strconv.Itoa(int(k)) + ")"
}

// RoleKind says how a role word is used.
type RoleKind uint8

// The kinds of role words.
const (
	// Title is a person's title: it can precede a name ("Ambassador Georgy
	// Zinoviev") and refers to one person ("the ambassador").
	Title RoleKind = iota + 1
	// Body is an institution: "ministry", "embassy", "navy".
	Body
	// Group is a plural set of people: "troops", "officials", "protesters".
	Group
)

var roleKindNames = [...]string{Title: "title", Body: "body", Group: "group"}

// String returns the keyword of the role kind in the dictionary format.
func (k RoleKind) String() string {
	if int(k) < len(roleKindNames) && roleKindNames[k] != "" {
		return roleKindNames[k]
	}
	return "rolekind(" + strconv.Itoa(int(k)) + ")"
}

// Form says which of an entry's name lists a dictionary match came from.
type Form uint8

// The forms of a match.
const (
	// FormName is a name of the entry: "South Korea", "United Nations",
	// "Kim Jong Un", "foreign ministry".
	FormName Form = iota + 1
	// FormAdj is a country's demonym or adjective: "South Korean".
	FormAdj
	// FormPeople is a country's people noun: "South Koreans".
	FormPeople
	// FormCapital is a country's capital used for its government: "Seoul".
	FormCapital
	// FormSeat is a seat of power used for a branch of government: "the
	// Kremlin", "the White House", "Capitol Hill".
	FormSeat
	// FormPlural is the plural of a role word: "ministries".
	FormPlural
)

// Day is a calendar date as the number YYYYMMDD, so days compare as
// integers. The zero Day means unknown or open.
type Day int32

// DayOf returns the Day of a doc.Date; the zero Date gives the zero Day.
func DayOf(d doc.Date) Day {
	if d.IsZero() {
		return 0
	}
	return Day(d.Year*10000 + int(d.Month)*100 + d.Day)
}

// MakeDay returns the Day of a year, month and day.
func MakeDay(y int, m time.Month, d int) Day { return Day(y*10000 + int(m)*100 + d) }

// Date returns d as a doc.Date.
func (d Day) Date() doc.Date {
	if d == 0 {
		return doc.Date{}
	}
	return doc.Date{Year: int(d) / 10000, Month: time.Month(int(d) / 100 % 100), Day: int(d) % 100}
}

// String returns d as YYYY-MM-DD, or "" for the zero Day.
func (d Day) String() string {
	if d == 0 {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", int(d)/10000, int(d)/100%100, int(d)%100)
}

// AddDays returns the day n days after d (before, for negative n).
func (d Day) AddDays(n int) Day {
	t := time.Date(int(d)/10000, time.Month(int(d)/100%100), int(d)%100, 0, 0, 0, 0, time.UTC).AddDate(0, 0, n)
	return MakeDay(t.Year(), t.Month(), t.Day())
}

// parseDay parses YYYY, YYYY-MM or YYYY-MM-DD. A partial date stands for
// its first day when end is false and its last day when end is true.
func parseDay(s string, end bool) (Day, error) {
	parts := strings.Split(s, "-")
	if len(parts) > 3 || len(parts[0]) != 4 {
		return 0, fmt.Errorf("date %q: want YYYY, YYYY-MM or YYYY-MM-DD: %w", s, ErrSyntax)
	}
	var n [3]int
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || v < 0 || (i > 0 && len(p) != 2) {
			return 0, fmt.Errorf("date %q: want YYYY, YYYY-MM or YYYY-MM-DD: %w", s, ErrSyntax)
		}
		n[i] = v
	}
	y, m, d := n[0], n[1], n[2]
	switch len(parts) {
	case 1:
		m, d = 1, 1
		if end {
			m, d = 12, 31
		}
	case 2:
		d = 1
		if end {
			d = daysIn(y, m)
		}
	}
	if m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return 0, fmt.Errorf("date %q: no such day: %w", s, ErrSyntax)
	}
	return MakeDay(y, time.Month(m), d), nil
}

func daysIn(y, m int) int {
	if m < 1 || m > 12 {
		return 0
	}
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// parseRange parses "FROM..TO", "FROM..", "..TO" or a single date (which
// covers its whole year, month or day).
func parseRange(s string) (from, to Day, err error) {
	a, b, ok := strings.Cut(s, "..")
	if !ok {
		a, b = s, s
	}
	if a != "" {
		if from, err = parseDay(a, false); err != nil {
			return 0, 0, err
		}
	}
	if b != "" {
		if to, err = parseDay(b, true); err != nil {
			return 0, 0, err
		}
	}
	if from != 0 && to != 0 && to < from {
		return 0, 0, fmt.Errorf("range %q ends before it starts: %w", s, ErrSyntax)
	}
	return from, to, nil
}

func formatRange(from, to Day) string {
	return from.String() + ".." + to.String()
}

// Role is a code an entry holds for a span of days: a person's office, or
// a PETRARCH date-restricted code.
type Role struct {
	// Code is the full code during the span, e.g. "KORGOV".
	Code string
	// Country and Sector split Code: the ISO alpha-3 country (empty for
	// international actors) and the role code.
	Country string
	Sector  string
	// From and To bound the span, both days included; zero is open.
	From, To Day
	// Office names the office for date-aware lookups by office
	// ("head-of-state", "foreign-minister"); empty for other roles.
	Office string
	// Title is the title as written ("Vice Minister of Foreign Affairs").
	Title string
}

// Holds reports whether the role's span contains day.
func (r Role) Holds(day Day) bool {
	return (r.From == 0 || day >= r.From) && (r.To == 0 || day <= r.To)
}

// Entry is one dictionary entry. Entries are read-only once in a Dict.
type Entry struct {
	// Kind says what the entry names.
	Kind Kind
	// Code is the entry's default code: the ISO alpha-3 code of a country,
	// the full code of an organization, the sector of a role, and for a
	// person the code outside any dated role, often empty.
	Code string
	// Country and Sector split Code.
	Country string
	Sector  string
	// Name is the canonical name: the first of Names.
	Name string
	// Names are the names the entry is matched by.
	Names []string
	// Adjectives, People, Capitals and Former belong to countries:
	// demonyms ("South Korean"), people nouns ("South Koreans"), capitals
	// used as metonyms for the government, and former or historical names.
	Adjectives []string
	People     []string
	Capitals   []string
	Former     []string
	// Seats are a country's seats of power ("the Kremlin"), each with the
	// sector it stands for.
	Seats []Seat
	// CAMEO is a country's CAMEO code where it differs from the ISO code.
	CAMEO string
	// Roles are dated codes: a person's offices, an organization's
	// date-restricted codes. The first that holds on a day wins.
	Roles []Role
	// RoleKind, Office and Weak belong to role words. Office names the
	// office(s) a title stands for, comma-separated. A weak role word
	// ("general", "speaker", "forces") makes an actor only with a country,
	// a name or an antecedent.
	RoleKind RoleKind
	Office   string
	Weak     bool
	// Named marks a role word that makes an actor only before a name
	// (military ranks: "Major", "Captain").
	Named bool
	// Prefix marks a PETRARCH agent whose code goes before the actor's
	// ("NGO~") instead of after it ("~GOV").
	Prefix bool
	// Source is where the entry was read, "file:line".
	Source string
	// NoPlural stops the plurals of a role's names being generated (the
	// names list them, or the role has none).
	NoPlural bool

	not []string // country: generated names to drop (build only)
}

// Seat is a seat of power standing for one branch of a government.
type Seat struct {
	Name   string
	Sector string
}

// At returns the entry's code on day: the first role that holds, else
// the default code. With the zero day (date unknown) it returns the role
// that starts last. For a person outside every role it returns the country
// alone before the first role and the country with sector ELI (CAMEO's
// elites, used for former office holders) after the last. The bool is
// false when the entry has no code at all on that day.
func (e *Entry) At(day Day) (Role, bool) {
	if len(e.Roles) == 0 {
		return Role{Code: e.Code, Country: e.Country, Sector: e.Sector}, e.Code != ""
	}
	if day == 0 {
		best := e.Roles[0]
		for _, r := range e.Roles[1:] {
			if r.From > best.From {
				best = r
			}
		}
		return best, true
	}
	for _, r := range e.Roles {
		if r.Holds(day) {
			return r, true
		}
	}
	if e.Code != "" {
		return Role{Code: e.Code, Country: e.Country, Sector: e.Sector}, true
	}
	if e.Kind != KindPerson {
		return Role{}, false
	}
	country := ""
	before := true
	for _, r := range e.Roles {
		if country == "" {
			country = r.Country
		}
		if r.From == 0 || r.From <= day {
			before = false
		}
	}
	if country == "" {
		return Role{}, false
	}
	if before {
		return Role{Code: country, Country: country}, true
	}
	return Role{Code: country + "ELI", Country: country, Sector: "ELI"}, true
}

// SplitCode splits a CAMEO-style code into its country and sector: the
// first three letters are the country when they are in countries (ISO or
// CAMEO codes; "KORGOV" → KOR, GOV), "IGO…" codes are international with
// sector IGO, and other codes are a sector alone ("GOV"). Legacy CAMEO
// country codes are mapped to ISO through cameoToISO when given.
func SplitCode(code string, countries map[string]bool, cameoToISO map[string]string) (country, sector string) {
	if len(code) < 3 {
		return "", code
	}
	head := code[:3]
	if head == "IGO" || head == "NGO" || head == "IMG" || head == "MNC" || head == "NGM" {
		return "", head
	}
	iso, isCountry := head, countries[head]
	if m, ok := cameoToISO[head]; ok {
		iso, isCountry = m, true
	}
	if !isCountry {
		if len(code) == 3 {
			return "", code
		}
		return "", code[:3]
	}
	if len(code) >= 6 {
		return iso, code[3:6]
	}
	return iso, ""
}
