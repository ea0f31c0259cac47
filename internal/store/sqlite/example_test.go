package sqlite_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/store"
	"github.com/sitrep/sitrep/internal/store/sqlite"
)

func Example() {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "sitrep-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)

	s, err := sqlite.Open(ctx, filepath.Join(dir, "data", "sitrep.db"))
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()

	d := doc.New("example.txt", "Ministers of the two states signed a water-sharing pact on Monday.")
	d.Title = "Water pact signed"
	d.Published = doc.Date{Year: 2031, Month: 6, Day: 2}
	gov := doc.Actor{Span: doc.Span{Start: 0, End: 9}, Text: "Ministers", Code: "IGOGOV"}
	d.Actors = []doc.Actor{gov}
	d.Events = []doc.Event{{ID: "e1", CAMEO: "057", Quad: 1, Goldstein: 8,
		Trigger: doc.Mention{Span: doc.Span{Start: 34, End: 40}, Text: "signed"},
		Source:  []doc.Actor{gov}, Target: []doc.Actor{gov}, Date: "2031-06-02", Status: "occurred"}}

	a, err := s.Begin(ctx)
	if err != nil {
		log.Fatal(err)
	}
	defer a.Rollback() // does nothing once committed
	added, err := a.Add(ctx, d)
	if err != nil {
		log.Fatal(err)
	}
	again, err := a.Add(ctx, d) // the same text is the same Doc
	if err != nil {
		log.Fatal(err)
	}
	if err := a.Commit(); err != nil {
		log.Fatal(err)
	}
	fmt.Println("added:", added, again)

	docs, err := s.Docs(ctx, store.DocFilter{Query: "water"})
	if err != nil {
		log.Fatal(err)
	}
	for _, ds := range docs {
		fmt.Println(ds.Published, ds.Title, ds.Events, "event(s)")
	}
	events, err := s.Events(ctx, store.EventFilter{Code: "05"})
	if err != nil {
		log.Fatal(err)
	}
	for _, e := range events {
		fmt.Println(e.Event.Date, e.Event.CAMEO, e.Event.Trigger.Text)
	}
	// Output:
	// added: true false
	// 2031-06-02 Water pact signed 1 event(s)
	// 2031-06-02 057 signed
}
