package storetest

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/store"
)

// claimCorpus is a set of one-sentence Docs whose claims are about one
// situation (North Korean troops sent to Russia) or about others, coded by
// hand as the claims stage codes them. The texts are written for this
// suite.
type claimCorpus struct {
	// nis asserts that about 12,000 troops will be sent (planned, 2024-10);
	// denial denies it (a denied event of the same situation); kyiv gives
	// another figure, 10,000, for the same plan; accord is about something
	// else; later is the same situation eight months on, outside the window.
	nis, denial, kyiv, accord, later *doc.Doc
}

func (c claimCorpus) all() []*doc.Doc { return []*doc.Doc{c.nis, c.denial, c.kyiv, c.accord, c.later} }

// claimDoc makes a one-sentence Doc published on pub.
func claimDoc(source, text, pub string) *doc.Doc {
	d := doc.New(source, text)
	p, err := doc.ParseDate(pub)
	if err != nil {
		panic(err)
	}
	d.Published = p
	d.Sentences = sentences(text, text[len(text)-8:])
	return d
}

func troops(text, sub string, v float64) *doc.Quantity {
	return &doc.Quantity{Span: span(text, sub, 0), Text: sub, Value: v, Approx: true, Unit: "troop", Kind: "troops"}
}

func claim(id, stance, when string, saidBy doc.Actor, events ...string) doc.Claim {
	return doc.Claim{ID: id, Stance: stance, When: when, SaidBy: &saidBy, Events: events, Relations: []doc.ClaimRelation{}}
}

func newClaimCorpus() claimCorpus {
	var c claimCorpus
	{
		const text = "Seoul's intelligence agency said on Friday that Pyongyang is preparing to send about 12,000 troops to Russia."
		d := claimDoc("fixtures/claims/nis.txt", text, "2024-10-19")
		nis := actor(text, "intelligence agency", "KORSPY", "KOR")
		pyong, rus := actor(text, "Pyongyang", "PRKGOV", "PRK"), actor(text, "Russia", "RUSGOV", "RUS")
		d.Actors = []doc.Actor{nis, pyong, rus}
		e := event("n1", 0, mention(text, "send"), "072", "2024-10", pyong, rus)
		e.Status, e.SaidBy, e.Quantity = "planned", &nis, troops(text, "about 12,000", 12000)
		d.Quantities = []doc.Quantity{*e.Quantity}
		d.Events = []doc.Event{e}
		d.Claims = []doc.Claim{claim("c1", "assert", "2024-10-18", nis, "n1")}
		c.nis = d
	}
	{
		const text = "Moscow denied that North Korean soldiers were being sent to Russia."
		d := claimDoc("fixtures/claims/denial.txt", text, "2024-10-20")
		moscow := actor(text, "Moscow", "RUSGOV", "RUS")
		soldiers, rus := actor(text, "North Korean soldiers", "PRKMIL", "PRK"), actor(text, "Russia", "RUSGOV", "RUS")
		d.Actors = []doc.Actor{moscow, soldiers, rus}
		deny := event("b1", 0, mention(text, "denied"), "016", "2024-10-20", moscow, moscow)
		deny.Target = nil
		sent := event("b2", 0, mention(text, "sent"), "072", "2024-10", soldiers, rus)
		sent.Status, sent.SaidBy = "denied", &moscow
		d.Events = []doc.Event{deny, sent}
		d.Claims = []doc.Claim{claim("c1", "deny", "2024-10-20", moscow, "b1", "b2")}
		c.denial = d
	}
	{
		const text = "Ukrainian officials claimed that around 10,000 North Korean troops will be deployed to the Kursk region."
		d := claimDoc("fixtures/claims/kyiv.txt", text, "2024-10-21")
		off := actor(text, "Ukrainian officials", "UKRGOV", "UKR")
		tr := actor(text, "North Korean troops", "PRKMIL", "PRK")
		d.Actors = []doc.Actor{off, tr}
		e := event("k1", 0, mention(text, "deployed"), "154", "2024-11", tr, doc.Actor{Code: "UKR", Country: "UKR"})
		e.Status, e.SaidBy, e.Quantity = "planned", &off, troops(text, "around 10,000", 10000)
		d.Quantities = []doc.Quantity{*e.Quantity}
		d.Events = []doc.Event{e}
		d.Claims = []doc.Claim{claim("c1", "assert", "2024-10-21", off, "k1")}
		c.kyiv = d
	}
	{
		const text = "Officials in Lima said Chile and Peru signed a fishing accord."
		d := claimDoc("fixtures/claims/accord.txt", text, "2024-10-22")
		lima := actor(text, "Officials in Lima", "PERGOV", "PER")
		chile, peru := actor(text, "Chile", "CHLGOV", "CHL"), actor(text, "Peru", "PERGOV", "PER")
		d.Actors = []doc.Actor{lima, chile, peru}
		e := event("f1", 0, mention(text, "signed"), "057", "2024-10-21", chile, peru)
		e.SaidBy = &lima
		d.Events = []doc.Event{e}
		d.Claims = []doc.Claim{claim("c1", "assert", "2024-10-22", lima, "f1")}
		c.accord = d
	}
	{
		const text = "Kyiv said Pyongyang will send 3,000 more troops to Russia."
		d := claimDoc("fixtures/claims/later.txt", text, "2025-06-10")
		kyiv := actor(text, "Kyiv", "UKRGOV", "UKR")
		pyong, rus := actor(text, "Pyongyang", "PRKGOV", "PRK"), actor(text, "Russia", "RUSGOV", "RUS")
		d.Actors = []doc.Actor{kyiv, pyong, rus}
		e := event("l1", 0, mention(text, "send"), "072", "2025-06", pyong, rus)
		e.Status, e.SaidBy, e.Quantity = "planned", &kyiv, troops(text, "3,000", 3000)
		d.Quantities = []doc.Quantity{*e.Quantity}
		d.Events = []doc.Event{e}
		d.Claims = []doc.Claim{claim("c1", "assert", "2025-06-10", kyiv, "l1")}
		c.later = d
	}
	return c
}

// linkStrings prints the links of a row as "type>SAIDBY@when" (outgoing)
// or "type<SAIDBY@when" (incoming), with " x" for a link across Docs.
func linkStrings(r store.ClaimRow) []string {
	out := []string{}
	for _, l := range r.Links {
		dir := ">"
		if l.Incoming {
			dir = "<"
		}
		s := l.Type + dir + l.SaidBy + "@" + l.When
		if l.CrossDoc {
			s += " x"
		}
		out = append(out, s)
	}
	return out
}

func claimRows(t *testing.T, s store.Store, f store.ClaimFilter) []store.ClaimRow {
	t.Helper()
	rows, err := s.Claims(t.Context(), f)
	if err != nil {
		t.Fatalf("Claims(%+v): %v", f, err)
	}
	return rows
}

// claimKeys names each row by its Doc's source and claim ID.
func claimKeys(rows []store.ClaimRow) []string {
	out := make([]string, len(rows))
	for i, r := range rows {
		out[i] = strings.TrimPrefix(r.Source, "fixtures/claims/") + "#" + r.Claim.ID
	}
	return out
}

func checkClaims(t *testing.T, s store.Store, f store.ClaimFilter, want ...string) {
	t.Helper()
	rows, err := s.Claims(t.Context(), f)
	if err != nil {
		t.Errorf("Claims(%+v): %v", f, err)
		return
	}
	if got := claimKeys(rows); !slices.Equal(got, want) && !(len(got) == 0 && len(want) == 0) {
		t.Errorf("Claims(%+v) = %q, want %q", f, got, want)
	}
}

// testClaimsRoundTrip stores the full Doc: its two claims come back with
// their events, evidence text and the denial between them, and the Doc's
// claims layer is unchanged.
func testClaimsRoundTrip(t *testing.T, s store.Store) {
	d := FullDoc()
	add(t, s, d)
	sameDoc(t, load(t, s, d.ID), FullDoc())
	rows := claimRows(t, s, store.ClaimFilter{DocID: d.ID})
	if len(rows) != 2 {
		t.Fatalf("Claims = %d rows, want 2", len(rows))
	}
	// Undated c2 ("") sorts before c1 (2031-03-05).
	c2, c1 := rows[0], rows[1]
	if c1.Claim.ID != "c1" || c2.Claim.ID != "c2" {
		t.Fatalf("Claims = %q, want c2 then c1", claimKeys(rows))
	}
	if g, w := mustJSON(t, c1.Claim), mustJSON(t, d.Claims[0]); string(g) != string(w) {
		t.Errorf("claim = %s\nwant %s", g, w)
	}
	if c1.DocID != d.ID || c1.Source != d.Source || c1.Title != d.Title || c1.Published != d.Published {
		t.Errorf("ClaimRow names doc %s %q %q %v", c1.DocID, c1.Source, c1.Title, c1.Published)
	}
	if len(c1.Events) != 1 || string(mustJSON(t, c1.Events[0])) != string(mustJSON(t, d.Events[2])) {
		t.Errorf("claim events = %+v, want event e3", c1.Events)
	}
	if want := "Union leaders denied reports that police had detained 40 dockers."; c1.Text != want {
		t.Errorf("claim text = %q, want %q", c1.Text, want)
	}
	if got, want := linkStrings(c1), []string{"denies>@"}; !slices.Equal(got, want) {
		t.Errorf("links of c1 = %q, want %q", got, want)
	}
	if got, want := linkStrings(c2), []string{"denies<CHLLAB@2031-03-05"}; !slices.Equal(got, want) {
		t.Errorf("links of c2 = %q, want %q", got, want)
	}
	if rows := claimRows(t, s, store.ClaimFilter{DocID: newCorpus().alpha.ID}); len(rows) != 0 {
		t.Errorf("claims of a Doc not stored: %+v", rows)
	}
}

// testClaimsCrossDoc adds the claim corpus one Doc per Appender: each
// claim is linked to the stored claims about its situation, within the
// date window, and to no other.
func testClaimsCrossDoc(t *testing.T, s store.Store) {
	c := newClaimCorpus()
	for _, d := range c.all() {
		add(t, s, d)
	}
	checkCrossLinks(t, s)
}

// testClaimsCrossDocOneAppender adds the claim corpus in one Appender, in
// reverse order: Docs added earlier in the unit are linked as well.
func testClaimsCrossDocOneAppender(t *testing.T, s store.Store) {
	docs := newClaimCorpus().all()
	slices.Reverse(docs)
	add(t, s, docs...)
	checkCrossLinks(t, s)
}

func checkCrossLinks(t *testing.T, s store.Store) {
	t.Helper()
	rows := claimRows(t, s, store.ClaimFilter{})
	want := map[string][]string{
		"nis.txt#c1":    {"denies<RUSGOV@2024-10-20 x", "differs_in_figure>UKRGOV@2024-10-21 x"},
		"denial.txt#c1": {"denies>KORSPY@2024-10-18 x", "denies>UKRGOV@2024-10-21 x"},
		"kyiv.txt#c1":   {"differs_in_figure>KORSPY@2024-10-18 x", "denies<RUSGOV@2024-10-20 x"},
		"accord.txt#c1": {},
		"later.txt#c1":  {},
	}
	if got := claimKeys(rows); !slices.Equal(got, []string{"nis.txt#c1", "denial.txt#c1", "kyiv.txt#c1", "accord.txt#c1", "later.txt#c1"}) {
		t.Fatalf("Claims = %q", got)
	}
	for i, r := range rows {
		key := claimKeys(rows)[i]
		if got := linkStrings(r); !slices.Equal(got, want[key]) {
			t.Errorf("links of %s = %q, want %q", key, got, want[key])
		}
		for _, l := range r.Links {
			if l.DocID == r.DocID {
				t.Errorf("link of %s to its own Doc marked as across Docs", key)
			}
		}
	}
}

// testClaimsAddIdempotent adds a Doc twice: no claim or link is repeated.
func testClaimsAddIdempotent(t *testing.T, s store.Store) {
	c := newClaimCorpus()
	add(t, s, c.nis, c.denial)
	a, err := s.Begin(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	defer a.Rollback()
	if added, err := a.Add(t.Context(), newClaimCorpus().denial); err != nil || added {
		t.Fatalf("second Add = %v, %v; want false, nil", added, err)
	}
	if err := a.Commit(); err != nil {
		t.Fatal(err)
	}
	rows := claimRows(t, s, store.ClaimFilter{})
	if len(rows) != 2 || len(rows[0].Links) != 1 || len(rows[1].Links) != 1 {
		t.Errorf("after a repeated Add: %q with links %q / %q", claimKeys(rows), linkStrings(rows[0]), linkStrings(rows[1]))
	}
}

// testClaimsRollback rolls back an Appender: its claims and their links
// are gone, and the stored claims keep no link to them.
func testClaimsRollback(t *testing.T, s store.Store) {
	c := newClaimCorpus()
	add(t, s, c.nis)
	a, err := s.Begin(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := a.Add(t.Context(), c.denial); err != nil {
		t.Fatal(err)
	}
	if err := a.Rollback(); err != nil {
		t.Fatal(err)
	}
	rows := claimRows(t, s, store.ClaimFilter{})
	if len(rows) != 1 || len(rows[0].Links) != 0 {
		t.Errorf("after Rollback: %q, links %v", claimKeys(rows), rows)
	}
}

func testClaimsFilters(t *testing.T, s store.Store) {
	c := newClaimCorpus()
	for _, d := range c.all() {
		add(t, s, d)
	}
	day := func(s string) doc.Date {
		d, err := doc.ParseDate(s)
		if err != nil {
			panic(err)
		}
		return d
	}
	// About: digits are CAMEO prefixes, upper case actor code prefixes,
	// anything else whole words of the evidence, all of them.
	checkClaims(t, s, store.ClaimFilter{About: "072"}, "nis.txt#c1", "denial.txt#c1", "later.txt#c1")
	checkClaims(t, s, store.ClaimFilter{About: "07"}, "nis.txt#c1", "denial.txt#c1", "later.txt#c1")
	checkClaims(t, s, store.ClaimFilter{About: "15"}, "kyiv.txt#c1")
	checkClaims(t, s, store.ClaimFilter{About: "016"}, "denial.txt#c1")
	checkClaims(t, s, store.ClaimFilter{About: "UKR"}, "kyiv.txt#c1", "later.txt#c1")
	checkClaims(t, s, store.ClaimFilter{About: "PRKMIL"}, "denial.txt#c1", "kyiv.txt#c1")
	checkClaims(t, s, store.ClaimFilter{About: "PRK"}, "nis.txt#c1", "denial.txt#c1", "kyiv.txt#c1", "later.txt#c1")
	checkClaims(t, s, store.ClaimFilter{About: "troops"}, "nis.txt#c1", "kyiv.txt#c1", "later.txt#c1")
	checkClaims(t, s, store.ClaimFilter{About: "Kursk region"}, "kyiv.txt#c1")
	checkClaims(t, s, store.ClaimFilter{About: "kursk Moscow"})
	checkClaims(t, s, store.ClaimFilter{About: "fishing"}, "accord.txt#c1")
	checkClaims(t, s, store.ClaimFilter{About: "fish"})
	checkClaims(t, s, store.ClaimFilter{About: "'; DROP TABLE claims; --"})

	checkClaims(t, s, store.ClaimFilter{Actor: "KOR"}, "nis.txt#c1")
	checkClaims(t, s, store.ClaimFilter{Actor: "UKRGOV"}, "kyiv.txt#c1", "later.txt#c1")
	checkClaims(t, s, store.ClaimFilter{Actor: "PRK"}) // said by, not about

	checkClaims(t, s, store.ClaimFilter{Since: day("2024-10-20"), Until: day("2024-10-21")}, "denial.txt#c1", "kyiv.txt#c1")
	checkClaims(t, s, store.ClaimFilter{Since: day("2025-01-01")}, "later.txt#c1")
	checkClaims(t, s, store.ClaimFilter{DocID: c.accord.ID}, "accord.txt#c1")
	checkClaims(t, s, store.ClaimFilter{About: "072", Actor: "RUS"}, "denial.txt#c1")
	checkClaims(t, s, store.ClaimFilter{Limit: 2, Offset: 1}, "denial.txt#c1", "kyiv.txt#c1")

	rows := claimRows(t, s, store.ClaimFilter{DocID: c.denial.ID})
	if len(rows) != 1 || len(rows[0].Events) != 2 || rows[0].Events[1].Status != "denied" {
		t.Errorf("denial row events = %+v", rows)
	}
	if st, err := s.Stats(t.Context()); err != nil || st.Docs != 5 {
		t.Errorf("Stats = %+v, %v", st, err)
	}
}

// testClaimsManyInOneDoc stores a Doc with more claims than fit one
// statement's parameters would if they were inlined, with relations to
// claims the Doc lacks (ignored).
func testClaimsManyInOneDoc(t *testing.T, s store.Store) {
	var sb strings.Builder
	for i := range 40 {
		fmt.Fprintf(&sb, "Agency %d said %d troops moved. ", i, 100+i)
	}
	text := strings.TrimSpace(sb.String())
	d := doc.New("fixtures/claims/many.txt", text)
	d.Published = doc.Date{Year: 2024, Month: 10, Day: 1}
	for i := range 40 {
		sp := actor(text, fmt.Sprintf("Agency %d ", i), fmt.Sprintf("X%02dGOV", i), "RUS")
		e := event(fmt.Sprintf("e%d", i), i, mention(text, "moved"), "072", "2024-10-01", sp, sp)
		e.Trigger = doc.Mention{Span: span(text, "moved", i), Text: "moved"}
		e.Status, e.SaidBy = "claimed", &sp
		e.Quantity = &doc.Quantity{Span: span(text, fmt.Sprint(100+i), 0), Text: fmt.Sprint(100 + i), Value: float64(100 + i), Kind: "troops"}
		d.Events = append(d.Events, e)
		cl := claim(fmt.Sprintf("c%d", i+1), "assert", "2024-10-01", sp, e.ID)
		cl.Relations = []doc.ClaimRelation{{Claim: "c999", Type: "supports"}}
		d.Claims = append(d.Claims, cl)
	}
	add(t, s, d)
	rows := claimRows(t, s, store.ClaimFilter{DocID: d.ID, Limit: 100})
	if len(rows) != 40 {
		t.Fatalf("Claims = %d rows, want 40", len(rows))
	}
	for _, r := range rows {
		if len(r.Links) != 0 {
			t.Errorf("claim %s has links %q; a Doc's own relations are not recomputed", r.Claim.ID, linkStrings(r))
			break
		}
	}
}

// testClaimsDenialCarriesDenied stores an article whose denial names no
// content ("denied the reports") and is linked, within it, to the claim it
// denies; a later article's claim about the same situation is denied by it
// too, through the denied claim's events.
func testClaimsDenialCarriesDenied(t *testing.T, s store.Store) {
	const text = "Kyiv said Moscow will deploy around 10,000 troops. Moscow denied the reports."
	d := claimDoc("fixtures/claims/reports.txt", text, "2024-10-21")
	d.Sentences = sentences(text, "troops.", "reports.")
	kyiv, moscow := actor(text, "Kyiv", "UKRGOV", "UKR"), actor(text, "Moscow", "RUSGOV", "RUS")
	d.Actors = []doc.Actor{kyiv, moscow}
	dep := event("x1", 0, mention(text, "deploy"), "154", "2024-11", moscow, doc.Actor{Code: "UKR", Country: "UKR"})
	dep.Status, dep.SaidBy, dep.Quantity = "planned", &kyiv, troops(text, "around 10,000", 10000)
	den := event("x2", 1, mention(text, "denied"), "016", "2024-10-21", actor(text, "Moscow denied", "RUSGOV", "RUS"), moscow)
	den.Target = nil
	d.Events = []doc.Event{dep, den}
	deny := claim("c2", "deny", "2024-10-21", moscow, "x2")
	deny.Relations = []doc.ClaimRelation{{Claim: "c1", Type: "denies"}}
	d.Claims = []doc.Claim{claim("c1", "assert", "2024-10-21", kyiv, "x1"), deny}
	add(t, s, d)
	add(t, s, newClaimCorpus().nis)

	rows := claimRows(t, s, store.ClaimFilter{})
	want := map[string][]string{
		"nis.txt#c1":     {"differs_in_figure>UKRGOV@2024-10-21 x", "denies<RUSGOV@2024-10-21 x"},
		"reports.txt#c1": {"denies<RUSGOV@2024-10-21", "differs_in_figure>KORSPY@2024-10-18 x"},
		"reports.txt#c2": {"denies>UKRGOV@2024-10-21", "denies>KORSPY@2024-10-18 x"},
	}
	keys := claimKeys(rows)
	if len(rows) != 3 {
		t.Fatalf("Claims = %q, want 3", keys)
	}
	for i, r := range rows {
		if got := linkStrings(r); !slices.Equal(got, want[keys[i]]) {
			t.Errorf("links of %s = %q, want %q", keys[i], got, want[keys[i]])
		}
	}
}
