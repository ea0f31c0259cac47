package main

import (
	"context"
	"encoding/json"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/stage/claims"
	"github.com/sitrep/sitrep/internal/store"
	"github.com/sitrep/sitrep/internal/store/sqlite"
)

// claimsDB stores two hand-coded articles, written for this test, whose
// claims the claims stage finds: an agency's claim in one, and a denial of
// it in the other.
func claimsDB(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "sitrep.db")
	at := func(text, sub string) doc.Span {
		i := strings.Index(text, sub)
		if i < 0 {
			t.Fatalf("%q not in %q", sub, text)
		}
		return doc.Span{Start: i, End: i + len(sub)}
	}
	actor := func(text, sub, code string) doc.Actor {
		return doc.Actor{Span: at(text, sub), Text: sub, Code: code, Country: code[:3], Sector: code[3:]}
	}
	mk := func(text, pub string) *doc.Doc {
		d := doc.New("claims-"+pub+".txt", text)
		d.Published, _ = doc.ParseDate(pub)
		d.Sentences = []doc.Sentence{{Span: doc.Span{Start: 0, End: len(text)}}}
		return d
	}

	const t1 = "Seoul's intelligence agency said that Pyongyang plans to send around 12,000 troops to Russia."
	d1 := mk(t1, "2024-10-19")
	spy, pyong, rus := actor(t1, "intelligence agency", "KORSPY"), actor(t1, "Pyongyang", "PRKGOV"), actor(t1, "Russia", "RUSGOV")
	d1.Actors = []doc.Actor{spy, pyong, rus}
	q := doc.Quantity{Span: at(t1, "around 12,000"), Text: "around 12,000", Value: 12000, Approx: true, Unit: "troop", Kind: "troops"}
	d1.Quantities = []doc.Quantity{q}
	d1.Events = []doc.Event{{ID: "e1", Trigger: doc.Mention{Span: at(t1, "send"), Text: "send"}, CAMEO: "072",
		Source: []doc.Actor{pyong}, Target: []doc.Actor{rus}, Date: "2024-10", Status: "planned", SaidBy: &spy, Quantity: &q}}

	const t2 = "Moscow denied that North Korean troops were sent to Russia."
	d2 := mk(t2, "2024-10-20")
	moscow, troops, rus2 := actor(t2, "Moscow", "RUSGOV"), actor(t2, "North Korean troops", "PRKMIL"), actor(t2, "Russia", "RUSGOV")
	d2.Actors = []doc.Actor{moscow, troops, rus2}
	d2.Events = []doc.Event{
		{ID: "e1", Trigger: doc.Mention{Span: at(t2, "denied"), Text: "denied"}, CAMEO: "016", Source: []doc.Actor{moscow}, Date: "2024-10-20", Status: "occurred"},
		{ID: "e2", Trigger: doc.Mention{Span: at(t2, "sent"), Text: "sent"}, CAMEO: "072", Source: []doc.Actor{troops}, Target: []doc.Actor{rus2},
			Date: "2024-10", Status: "denied", SaidBy: &moscow},
	}

	ctx := context.Background()
	st, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for _, d := range []*doc.Doc{d1, d2} {
		if err := claims.New().Process(ctx, d); err != nil {
			t.Fatal(err)
		}
		a, err := st.Begin(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := a.Add(ctx, d); err != nil {
			t.Fatal(err)
		}
		if err := a.Commit(); err != nil {
			t.Fatal(err)
		}
	}
	return path
}

func TestClaimsCommand(t *testing.T) {
	db := claimsDB(t)
	out, stderr, err := run(t, "", "claims", "--db", db, "--json")
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	var rows []store.ClaimRow
	if err := json.Unmarshal([]byte(out), &rows); err != nil {
		t.Fatalf("decoding: %v\n%s", err, out)
	}
	if len(rows) != 2 || rows[0].Claim.SaidBy.Code != "KORSPY" || rows[1].Claim.Stance != "deny" {
		t.Fatalf("claims --json = %s", out)
	}
	if l := rows[0].Links; len(l) != 1 || l[0].Type != "denies" || !l[0].Incoming || !l[0].CrossDoc || l[0].SaidBy != "RUSGOV" {
		t.Errorf("links of the agency's claim = %+v, want denied by RUSGOV across documents", l)
	}
	if l := rows[1].Links; len(l) != 1 || l[0].Type != "denies" || l[0].Incoming || l[0].DocID != rows[0].DocID {
		t.Errorf("links of the denial = %+v, want denies the agency's claim", l)
	}

	out, _, err = run(t, "", "claims", "--db", db)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"WHEN", "SAID BY", "KORSPY", "PRKGOV 072 RUSGOV planned", "around 12,000 troop",
		"denied by RUSGOV " + rows[1].DocID[:8] + "#c1", "denies KORSPY " + rows[0].DocID[:8] + "#c1", "2024-10-20"} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q:\n%s", want, out)
		}
	}
	if n := strings.Count(out, "\n"); n != 3 {
		t.Errorf("table has %d lines, want 3:\n%s", n, out)
	}

	for _, c := range []struct {
		args []string
		want int
	}{
		{[]string{"--about", "072"}, 2},
		{[]string{"--about", "016"}, 1},
		{[]string{"--about", "PRKMIL"}, 1},
		{[]string{"--about", "Moscow denied"}, 1},
		{[]string{"--about", "troops"}, 2},
		{[]string{"--about", "ships"}, 0},
		{[]string{"--actor", "KOR"}, 1},
		{[]string{"--since", "2024-10-20"}, 1},
		{[]string{"--until", "2024-10-19"}, 1},
		{[]string{"--limit", "1"}, 1},
	} {
		out, _, err := run(t, "", append([]string{"claims", "--db", db, "--json"}, c.args...)...)
		var rows []store.ClaimRow
		if err != nil || json.Unmarshal([]byte(out), &rows) != nil || len(rows) != c.want {
			t.Errorf("claims %q: %v, %d rows, want %d\n%s", c.args, err, len(rows), c.want, out)
		}
	}

	for _, args := range [][]string{
		{"claims", "--db", db, "--since", "yesterday"},
		{"claims", "--db", db, "--since", "2024-10-21", "--until", "2024-10-20"},
		{"claims", "--db", db, "stray"},
	} {
		if _, _, err := run(t, "", args...); !errors.Is(err, errUsage) {
			t.Errorf("%q: got %v, want a usage error", args, err)
		}
	}
}
