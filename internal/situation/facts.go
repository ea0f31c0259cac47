package situation

import (
	"math"
	"slices"
	"strings"
	"time"

	"github.com/sitrep/sitrep/internal/doc"
)

// The stances of a claim.
const (
	Assert = "assert"
	Deny   = "deny"
)

// The relation types between claims.
const (
	Denies          = "denies"
	Contradicts     = "contradicts"
	DiffersInFigure = "differs_in_figure"
	Supports        = "supports"
)

// Window is how far apart, in days, the dates of two events may lie for
// them to be the same situation. Events whose date is unknown or not a
// calendar period ("XXXX-06", "P3Y") are not kept apart by it.
const Window = 31

// Facts is the part of a claim that claims are compared on: who says it,
// with which stance, and a summary of each event it is about. It is
// self-contained (no offsets into a Doc), so a store can keep it beside
// the claim and compare claims of different documents without reloading
// them.
type Facts struct {
	Stance string `json:"stance"`
	// SaidBy and SaidByCountry are the speaker's actor code and country,
	// empty when unknown.
	SaidBy        string `json:"said_by"`
	SaidByCountry string `json:"said_by_country"`
	// Items are the events the claim is about. For a denial they are the
	// events denied: its events other than the act of denying, and the
	// events of the claims of its Doc that it denies.
	Items []Item `json:"items"`
}

// Item summarizes one event for comparison.
type Item struct {
	CAMEO string `json:"cameo"`
	// Family is the situation family of the CAMEO code (see FamilyOf).
	Family string `json:"family"`
	// Countries are the distinct countries of the source and target actors,
	// sorted.
	Countries []string `json:"countries"`
	// Sources and Targets are the distinct source and target countries.
	Sources []string `json:"sources"`
	Targets []string `json:"targets"`
	Status  string   `json:"status"`
	// Lo and Hi bound the event's date as YYYY-MM-DD, both empty when the
	// date is unknown or not a calendar period.
	Lo string `json:"lo,omitempty"`
	Hi string `json:"hi,omitempty"`
	// Kind, Value and Approx are the event's figure: the quantity's kind
	// (or unit when it has none), empty when the event has no quantity.
	Kind   string  `json:"kind,omitempty"`
	Value  float64 `json:"value,omitempty"`
	Approx bool    `json:"approx,omitempty"`
}

// families maps CAMEO code prefixes to a situation family shared by codes
// of different roots that report one kind of situation in different words.
// The longest matching prefix wins; a code with no entry is its own
// two-digit root. The one family today is the movement and supply of armed
// forces: military cooperation (062), military aid (072 — "sending
// troops"), force posture and mobilization (15), and military
// de-escalation (087), so that "North Korea sends troops to Russia" (072)
// and "Moscow mobilizes North Korean troops in Kursk" (154) are one
// situation.
var families = map[string]string{
	"062": "military",
	"072": "military",
	"087": "military",
	"15":  "military",
}

// FamilyOf returns the situation family of a CAMEO code: a named family
// from the table above, else its two-digit root.
func FamilyOf(cameo string) string {
	for n := min(len(cameo), 4); n >= 2; n-- {
		if f, ok := families[cameo[:n]]; ok {
			return f
		}
	}
	if len(cameo) >= 2 {
		return cameo[:2]
	}
	return cameo
}

// IsDenial reports whether an event is an act of denying (CAMEO 016).
func IsDenial(e *doc.Event) bool { return strings.HasPrefix(e.CAMEO, "016") }

// ItemOf summarizes an event.
func ItemOf(e *doc.Event) Item {
	it := Item{CAMEO: e.CAMEO, Family: FamilyOf(e.CAMEO), Status: e.Status}
	for _, a := range e.Source {
		if a.Country != "" && !slices.Contains(it.Sources, a.Country) {
			it.Sources = append(it.Sources, a.Country)
		}
	}
	for _, a := range e.Target {
		if a.Country != "" && !slices.Contains(it.Targets, a.Country) {
			it.Targets = append(it.Targets, a.Country)
		}
	}
	slices.Sort(it.Sources)
	slices.Sort(it.Targets)
	it.Countries = slices.Compact(slices.Sorted(slices.Values(append(slices.Clone(it.Sources), it.Targets...))))
	if lo, hi, ok := Period(e.Date); ok {
		it.Lo, it.Hi = lo.Format(time.DateOnly), hi.Format(time.DateOnly)
	}
	if q := e.Quantity; q != nil {
		it.Kind = q.Kind
		if it.Kind == "" {
			it.Kind = q.Unit
		}
		it.Value, it.Approx = q.Value, q.Approx
	}
	return it
}

// Period returns the first and last day of a TimeML date value: a day
// ("2024-10-18", with or without a time), a month ("2024-10"), a week
// ("2024-W42"), a quarter ("2024-Q3") or a year ("2024"). ok is false for
// anything else: unknown parts ("XXXX-06"), durations, an empty value.
func Period(v string) (lo, hi time.Time, ok bool) {
	if len(v) < 4 || !digits(v[:4]) {
		return
	}
	y := atoi(v[:4])
	rest := v[4:]
	switch {
	case rest == "":
		lo = time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		return lo, lo.AddDate(1, 0, -1), true
	case len(rest) >= 6 && rest[0] == '-' && digits(rest[1:3]) && rest[3] == '-' && digits(rest[4:6]):
		m, d := atoi(rest[1:3]), atoi(rest[4:6])
		if m < 1 || m > 12 || d < 1 || d > 31 {
			return
		}
		lo = time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		return lo, lo, true
	case len(rest) == 3 && rest[0] == '-' && digits(rest[1:3]):
		m := atoi(rest[1:3])
		if m < 1 || m > 12 {
			return
		}
		lo = time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC)
		return lo, lo.AddDate(0, 1, -1), true
	case len(rest) == 4 && rest[:2] == "-W" && digits(rest[2:4]):
		w := atoi(rest[2:4])
		if w < 1 || w > 53 {
			return
		}
		// ISO week 1 holds January 4th; weeks start on Monday.
		jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
		monday := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
		lo = monday.AddDate(0, 0, 7*(w-1))
		return lo, lo.AddDate(0, 0, 6), true
	case len(rest) == 3 && rest[:2] == "-Q" && rest[2] >= '1' && rest[2] <= '4':
		q := int(rest[2] - '0')
		lo = time.Date(y, time.Month(3*q-2), 1, 0, 0, 0, 0, time.UTC)
		return lo, lo.AddDate(0, 3, -1), true
	}
	return
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// SameSituation reports whether two events are about the same situation:
// they share a source or target country; they have the same situation
// family (FamilyOf) or figures of the same kind ("troops" and "troops");
// and their dates lie within Window days of each other, when both are
// known.
func SameSituation(a, b Item) bool {
	if !overlap(a.Countries, b.Countries) {
		return false
	}
	if a.Family != b.Family && (a.Kind == "" || a.Kind != b.Kind) {
		return false
	}
	return near(a, b)
}

// near reports whether the date periods of a and b are within Window days,
// or either is unknown.
func near(a, b Item) bool {
	if a.Lo == "" || b.Lo == "" {
		return true
	}
	alo, _ := time.Parse(time.DateOnly, a.Lo)
	ahi, _ := time.Parse(time.DateOnly, a.Hi)
	blo, _ := time.Parse(time.DateOnly, b.Lo)
	bhi, _ := time.Parse(time.DateOnly, b.Hi)
	w := Window * 24 * time.Hour
	return !alo.After(bhi.Add(w)) && !blo.After(ahi.Add(w))
}

func overlap(a, b []string) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

// phase groups event statuses into what they say about the world:
// "occurred" (occurred, claimed), "planned", "not" (denied, negated), or ""
// for statuses that assert nothing either way (conditional, hypothetical).
func phase(status string) string {
	switch status {
	case "occurred", "claimed", "":
		return "occurred"
	case "planned":
		return "planned"
	case "denied", "negated":
		return "not"
	}
	return ""
}

// sameFigure reports whether two figures of the same kind agree: within 5%
// of the larger, or 15% when either is approximate.
func sameFigure(a, b Item) bool {
	tol := 0.05
	if a.Approx || b.Approx {
		tol = 0.15
	}
	return math.Abs(a.Value-b.Value) <= tol*math.Max(math.Abs(a.Value), math.Abs(b.Value))
}

// Compare returns the relation of claim a to claim b, and false when there
// is none. The rules, in order:
//
//   - A claim is not related to another by the same speaker (same actor
//     code), since a source repeating or detailing itself neither confirms
//     nor disputes itself ("12,000 troops… 1,500 of them").
//   - A denial denies an assertion about the same situation (SameSituation
//     on any pair of their items).
//   - Two assertions (or two denials) whose items are about the same
//     situation: they contradict when one says the event happened or is
//     planned and the other that it did not, or when they name the same
//     event (CAMEO root, target countries and day) with disjoint source
//     countries; else, when their events are in the same phase (both
//     occurred or both planned) they differ in figure when they give
//     figures of the same kind that disagree, and support each other when
//     the figures agree, or when neither gives one and the CAMEO base code
//     (three digits) is the same.
//
// Compare is symmetric except for denies, which runs from the denial.
func Compare(a, b Facts) (string, bool) {
	if a.SaidBy != "" && a.SaidBy == b.SaidBy {
		return "", false
	}
	if a.Stance != b.Stance {
		if a.Stance != Deny || b.Stance != Assert {
			return "", false
		}
		for _, x := range a.Items {
			for _, y := range b.Items {
				if SameSituation(x, y) {
					return Denies, true
				}
			}
		}
		return "", false
	}
	best := ""
	rank := map[string]int{"": 0, Supports: 1, DiffersInFigure: 2, Contradicts: 3}
	for _, x := range a.Items {
		for _, y := range b.Items {
			if r := relateItems(x, y); rank[r] > rank[best] {
				best = r
			}
		}
	}
	return best, best != ""
}

// relateItems relates two events told by different speakers with the same
// stance.
func relateItems(x, y Item) string {
	if !SameSituation(x, y) {
		return ""
	}
	px, py := phase(x.Status), phase(y.Status)
	if px == "" || py == "" {
		return ""
	}
	if (px == "not") != (py == "not") {
		return Contradicts
	}
	if x.Lo != "" && x.Lo == x.Hi && x.Lo == y.Lo && y.Lo == y.Hi && x.CAMEO[:min(2, len(x.CAMEO))] == y.CAMEO[:min(2, len(y.CAMEO))] &&
		len(x.Targets) > 0 && slices.Equal(x.Targets, y.Targets) &&
		len(x.Sources) > 0 && len(y.Sources) > 0 && !overlap(x.Sources, y.Sources) {
		return Contradicts
	}
	if px != py {
		return ""
	}
	if x.Kind != "" && x.Kind == y.Kind {
		if sameFigure(x, y) {
			return Supports
		}
		return DiffersInFigure
	}
	if x.Kind == "" && y.Kind == "" && len(x.CAMEO) >= 3 && len(y.CAMEO) >= 3 && x.CAMEO[:3] == y.CAMEO[:3] {
		return Supports
	}
	return ""
}
