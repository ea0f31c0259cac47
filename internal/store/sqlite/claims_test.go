package sqlite_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/store"
	"github.com/sitrep/sitrep/internal/store/sqlite"
	"github.com/sitrep/sitrep/internal/store/storetest"
)

// TestMigrateFromVersion1 opens a database that only 0001 built, with a Doc
// in it: Open adds the claims tables, the Doc is still there, and claims
// added afterwards are indexed.
func TestMigrateFromVersion1(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sitrep.db")
	init1, err := os.ReadFile("migrations/0001_init.sql")
	if err != nil {
		t.Fatal(err)
	}
	db := rawDB(t, path)
	for _, q := range []string{
		string(init1),
		`CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)`,
		`INSERT INTO schema_migrations VALUES (1, '0001_init', 0)`,
		`INSERT INTO docs (id, source, url, title, published, ingested, text, layers, n_bytes, n_sentences, n_events, n_warnings)
			VALUES ('x', 'old.txt', '', 'Old', NULL, 0, 'old', '{}', 3, 0, 0, 0)`,
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatalf("building a version 1 database: %v", err)
		}
	}
	db.Close()

	s := openFile(t, path)
	defer s.Close()
	if st, err := s.Stats(t.Context()); err != nil || st.Docs != 1 {
		t.Fatalf("Stats after migrating = %+v, %v", st, err)
	}
	d := storetest.FullDoc()
	add(t, s, d)
	rows, err := s.Claims(t.Context(), store.ClaimFilter{})
	if err != nil || len(rows) != len(d.Claims) {
		t.Fatalf("Claims after migrating = %d rows, %v; want %d", len(rows), err, len(d.Claims))
	}
}

// A claim stored with one article is denied in another: Claims shows the
// link from both ends.
func ExampleStore_Claims() {
	ctx := context.Background()
	s, err := sqlite.Open(ctx, sqlite.TempPath)
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()

	// mk makes a one-sentence article published on June day, with one
	// claim made that day of the given events.
	mk := func(text string, day int, stance string, speaker doc.Actor, evs ...doc.Event) *doc.Doc {
		d := doc.New("example.txt", text)
		d.Published = doc.Date{Year: 2031, Month: 6, Day: day}
		d.Sentences = []doc.Sentence{{Span: doc.Span{Start: 0, End: len(text)}}}
		d.Events = evs
		c := doc.Claim{ID: "c1", Stance: stance, SaidBy: &speaker, When: d.Published.String()}
		for _, e := range evs {
			c.Events = append(c.Events, e.ID)
		}
		d.Claims = []doc.Claim{c}
		return d
	}
	north := doc.Actor{Code: "NORGOV", Country: "NOR"}
	south := doc.Actor{Code: "SUDGOV", Country: "SUD"}
	watch := doc.Actor{Code: "NGOHRW", Country: ""}
	blast := func(text, status string, by *doc.Actor) doc.Event {
		return doc.Event{ID: "e1", CAMEO: "183", Trigger: doc.Mention{Span: doc.Span{Start: 0, End: 4}, Text: text[:4]},
			Source: []doc.Actor{north}, Target: []doc.Actor{south}, Date: "2031-06-01", Status: status, SaidBy: by}
	}
	const t1 = "Monitors said Norland shelled a Sudmark village on Sunday."
	const t2 = "Norland denied shelling any village."
	for _, d := range []*doc.Doc{
		mk(t1, 2, "assert", watch, blast(t1, "claimed", &watch)),
		mk(t2, 3, "deny", north, blast(t2, "denied", &north)),
	} {
		a, err := s.Begin(ctx)
		if err != nil {
			log.Fatal(err)
		}
		if _, err := a.Add(ctx, d); err != nil {
			log.Fatal(err)
		}
		if err := a.Commit(); err != nil {
			log.Fatal(err)
		}
	}
	rows, err := s.Claims(ctx, store.ClaimFilter{About: "183"})
	if err != nil {
		log.Fatal(err)
	}
	for _, r := range rows {
		fmt.Println(r.Claim.SaidBy.Code, r.Claim.Stance, r.Text)
		for _, l := range r.Links {
			fmt.Println("   ", l.Type, "incoming:", l.Incoming, "other:", l.SaidBy, "across documents:", l.CrossDoc)
		}
	}
	// Output:
	// NGOHRW assert Monitors said Norland shelled a Sudmark village on Sunday.
	//     denies incoming: true other: NORGOV across documents: true
	// NORGOV deny Norland denied shelling any village.
	//     denies incoming: false other: NGOHRW across documents: true
}
