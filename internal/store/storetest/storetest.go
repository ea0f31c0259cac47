// Package storetest is the conformance suite every store.Store backend
// passes: a backend's test calls Run with a function that opens an empty
// Store, in the way of Prometheus' promqltest.RunBuiltinTests.
//
// The suite pins down what store.go documents and what the API relies on:
// Docs come back with every layer as added, writes are idempotent by ID and
// atomic per Appender, and the Docs and Events filters select and order
// rows the same way on every backend, and claims are linked across
// Docs as they are added. What only one backend promises (the
// FTS5 query syntax of SQLite, say) is tested beside that backend.
package storetest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/store"
)

// Run runs the conformance suite, each case as a subtest with its own
// Store. open must return a new, empty Store; Run closes it when the
// subtest ends and fails the subtest if Close fails.
func Run(t *testing.T, open func(t *testing.T) store.Store) {
	cases := []struct {
		name string
		fn   func(t *testing.T, s store.Store)
	}{
		{"RoundTrip", testRoundTrip},
		{"RoundTripSparse", testRoundTripSparse},
		{"Unicode", testUnicode},
		{"NoPublishedDate", testNoPublishedDate},
		{"AddIdempotent", testAddIdempotent},
		{"AddIdempotentAcrossAppenders", testAddAcrossAppenders},
		{"CommitMakesVisible", testCommitVisible},
		{"RollbackDiscards", testRollback},
		{"UseAfterDone", testUseAfterDone},
		{"NotFound", testNotFound},
		{"DocsOrder", testDocsOrder},
		{"DocsDateRange", testDocsDates},
		{"DocsQuery", testDocsQuery},
		{"DocsActor", testDocsActor},
		{"DocsLimitOffset", testDocsLimitOffset},
		{"DocsDefaultLimit", testDocsDefaultLimit},
		{"DocsSummary", testDocsSummary},
		{"EventsOrder", testEventsOrder},
		{"EventsFilters", testEventsFilters},
		{"EventRows", testEventRows},
		{"Stats", testStats},
		{"ConcurrentReaders", testConcurrentReaders},
		{"ClaimsRoundTrip", testClaimsRoundTrip},
		{"ClaimsCrossDoc", testClaimsCrossDoc},
		{"ClaimsCrossDocOneAppender", testClaimsCrossDocOneAppender},
		{"ClaimsAddIdempotent", testClaimsAddIdempotent},
		{"ClaimsRollback", testClaimsRollback},
		{"ClaimsFilters", testClaimsFilters},
		{"ClaimsManyInOneDoc", testClaimsManyInOneDoc},
		{"ClaimsDenialCarriesDenied", testClaimsDenialCarriesDenied},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := open(t)
			t.Cleanup(func() {
				if err := s.Close(); err != nil {
					t.Errorf("Close: %v", err)
				}
			})
			c.fn(t, s)
		})
	}
}

// add stores docs in one Appender and commits it.
func add(t *testing.T, s store.Store, docs ...*doc.Doc) {
	t.Helper()
	ctx := t.Context()
	a, err := s.Begin(ctx)
	if err != nil {
		t.Fatalf("Begin: %v", err)
	}
	defer a.Rollback()
	for _, d := range docs {
		added, err := a.Add(ctx, d)
		if err != nil {
			t.Fatalf("Add(%s): %v", d.Source, err)
		}
		if !added {
			t.Fatalf("Add(%s) = false for a new Doc", d.Source)
		}
	}
	if err := a.Commit(); err != nil {
		t.Fatalf("Commit: %v", err)
	}
}

// addCorpus adds the corpus, one Appender per Doc, so that each Doc has a
// later ingest time than the one before.
func addCorpus(t *testing.T, s store.Store) corpus {
	t.Helper()
	c := newCorpus()
	for i, d := range c.all() {
		if i > 0 {
			time.Sleep(2 * time.Millisecond)
		}
		add(t, s, d)
	}
	return c
}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("encoding %T: %v", v, err)
	}
	return b
}

// sameDoc fails t unless got has the JSON of want and the same
// Token.SpaceAfter flags (which the JSON omits).
func sameDoc(t *testing.T, got, want *doc.Doc) {
	t.Helper()
	g, w := mustJSON(t, got), mustJSON(t, want)
	if !bytes.Equal(g, w) {
		t.Errorf("stored Doc differs from the one added:\n got %s\nwant %s", g, w)
	}
	if len(got.Tokens) != len(want.Tokens) {
		return
	}
	for i := range want.Tokens {
		if got.Tokens[i].SpaceAfter != want.Tokens[i].SpaceAfter {
			t.Errorf("tokens[%d].SpaceAfter = %v, want %v", i, got.Tokens[i].SpaceAfter, want.Tokens[i].SpaceAfter)
		}
	}
}

func load(t *testing.T, s store.Store, id string) *doc.Doc {
	t.Helper()
	d, err := s.Doc(t.Context(), id)
	if err != nil {
		t.Fatalf("Doc(%s): %v", id, err)
	}
	return d
}

func testRoundTrip(t *testing.T, s store.Store) {
	d := FullDoc()
	if err := d.Validate(); err != nil {
		t.Fatalf("fixture: %v", err)
	}
	add(t, s, d)
	sameDoc(t, load(t, s, d.ID), FullDoc())
}

// testRoundTripSparse stores a Doc with some layers nil, some empty and
// some filled, and nested slices and pointers left nil.
func testRoundTripSparse(t *testing.T, s store.Store) {
	d := doc.New("fixtures/sparse.txt", "Short text.")
	d.Sentences = []doc.Sentence{{Span: doc.Span{Start: 0, End: 11}}}
	d.Entities = []doc.Entity{}
	d.Events = []doc.Event{{ID: "x1", Trigger: doc.Mention{Span: doc.Span{Start: 0, End: 5}, Text: "Short"}, CAMEO: "010"}}
	d.Claims = []doc.Claim{{ID: "k1", Stance: "assert"}}
	add(t, s, d)
	got := load(t, s, d.ID)
	sameDoc(t, got, d)
	if got.Published != (doc.Date{}) || got.Title != "" || got.URL != "" {
		t.Errorf("empty metadata came back as title %q, url %q, published %v", got.Title, got.URL, got.Published)
	}
}

func testUnicode(t *testing.T, s store.Store) {
	c := newCorpus()
	add(t, s, c.charlie)
	got := load(t, s, c.charlie.ID)
	sameDoc(t, got, newCorpus().charlie)
	if got.Text != c.charlie.Text || got.Title != c.charlie.Title {
		t.Errorf("multi-byte text or title changed:\n got %q / %q\nwant %q / %q", got.Title, got.Text, c.charlie.Title, c.charlie.Text)
	}
	if doc.Hash(got.Text) != got.ID {
		t.Errorf("stored text no longer hashes to its ID")
	}
	for _, e := range got.Entities {
		if got.Slice(e.Span) != e.Text {
			t.Errorf("entity span %v covers %q, want %q", e.Span, got.Slice(e.Span), e.Text)
		}
	}
}

func testNoPublishedDate(t *testing.T, s store.Store) {
	c := newCorpus()
	add(t, s, c.delta)
	got := load(t, s, c.delta.ID)
	if !got.Published.IsZero() {
		t.Errorf("Published = %v, want the zero Date", got.Published)
	}
	sameDoc(t, got, c.delta)
	list, err := s.Docs(t.Context(), store.DocFilter{})
	if err != nil {
		t.Fatalf("Docs: %v", err)
	}
	if len(list) != 1 || !list[0].Published.IsZero() {
		t.Errorf("Docs = %+v, want one Doc with no publication date", list)
	}
	list, err = s.Docs(t.Context(), store.DocFilter{Since: doc.Date{Year: 1900, Month: 1, Day: 1}})
	if err != nil {
		t.Fatalf("Docs: %v", err)
	}
	if len(list) != 0 {
		t.Errorf("Docs(Since 1900-01-01) kept a Doc with no publication date: %+v", list)
	}
}

func testAddIdempotent(t *testing.T, s store.Store) {
	ctx := t.Context()
	d := FullDoc()
	a, err := s.Begin(ctx)
	if err != nil {
		t.Fatalf("Begin: %v", err)
	}
	defer a.Rollback()
	if added, err := a.Add(ctx, d); err != nil || !added {
		t.Fatalf("first Add = %v, %v; want true, nil", added, err)
	}
	if added, err := a.Add(ctx, FullDoc()); err != nil || added {
		t.Fatalf("second Add in the same Appender = %v, %v; want false, nil", added, err)
	}
	if err := a.Commit(); err != nil {
		t.Fatalf("Commit: %v", err)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatalf("Stats: %v", err)
	}
	if want := (store.Stats{Docs: 1, Events: len(d.Events)}); st != want {
		t.Errorf("Stats = %+v, want %+v", st, want)
	}
}

func testAddAcrossAppenders(t *testing.T, s store.Store) {
	ctx := t.Context()
	add(t, s, FullDoc())

	// The same text from another source is the same Doc: the first copy stays.
	again := FullDoc()
	again.Source = "fixtures/elsewhere.txt"
	again.Title = "Another headline"
	a, err := s.Begin(ctx)
	if err != nil {
		t.Fatalf("Begin: %v", err)
	}
	defer a.Rollback()
	if added, err := a.Add(ctx, again); err != nil || added {
		t.Fatalf("Add in a second Appender = %v, %v; want false, nil", added, err)
	}
	if err := a.Commit(); err != nil {
		t.Fatalf("Commit: %v", err)
	}
	got := load(t, s, again.ID)
	if got.Source != "fixtures/full.txt" || got.Title != FullDoc().Title {
		t.Errorf("duplicate Add changed the stored Doc: source %q, title %q", got.Source, got.Title)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatalf("Stats: %v", err)
	}
	if want := (store.Stats{Docs: 1, Events: len(again.Events)}); st != want {
		t.Errorf("Stats = %+v, want %+v", st, want)
	}
}

func testCommitVisible(t *testing.T, s store.Store) {
	ctx := t.Context()
	d := FullDoc()
	a, err := s.Begin(ctx)
	if err != nil {
		t.Fatalf("Begin: %v", err)
	}
	defer a.Rollback()
	if _, err := a.Add(ctx, d); err != nil {
		t.Fatalf("Add: %v", err)
	}
	if _, err := s.Doc(ctx, d.ID); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Doc before Commit: err = %v, want ErrNotFound", err)
	}
	if list, err := s.Docs(ctx, store.DocFilter{}); err != nil || len(list) != 0 {
		t.Errorf("Docs before Commit = %d rows, %v; want none", len(list), err)
	}
	if rows, err := s.Events(ctx, store.EventFilter{}); err != nil || len(rows) != 0 {
		t.Errorf("Events before Commit = %d rows, %v; want none", len(rows), err)
	}
	if err := a.Commit(); err != nil {
		t.Fatalf("Commit: %v", err)
	}
	load(t, s, d.ID)
	if rows, err := s.Events(ctx, store.EventFilter{}); err != nil || len(rows) != len(d.Events) {
		t.Errorf("Events after Commit = %d rows, %v; want %d", len(rows), err, len(d.Events))
	}
}

func testRollback(t *testing.T, s store.Store) {
	ctx := t.Context()
	c := newCorpus()
	a, err := s.Begin(ctx)
	if err != nil {
		t.Fatalf("Begin: %v", err)
	}
	for _, d := range c.all() {
		if _, err := a.Add(ctx, d); err != nil {
			t.Fatalf("Add: %v", err)
		}
	}
	if err := a.Rollback(); err != nil {
		t.Fatalf("Rollback: %v", err)
	}
	if _, err := s.Doc(ctx, c.alpha.ID); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Doc after Rollback: err = %v, want ErrNotFound", err)
	}
	if st, err := s.Stats(ctx); err != nil || st != (store.Stats{}) {
		t.Errorf("Stats after Rollback = %+v, %v; want zero", st, err)
	}
	// The writer is free again, and the rolled-back Docs are new to it.
	add(t, s, c.alpha)
	if st, err := s.Stats(ctx); err != nil || st != (store.Stats{Docs: 1, Events: 2}) {
		t.Errorf("Stats = %+v, %v; want 1 Doc, 2 events", st, err)
	}
}

func testUseAfterDone(t *testing.T, s store.Store) {
	ctx := t.Context()
	c := newCorpus()
	a, err := s.Begin(ctx)
	if err != nil {
		t.Fatalf("Begin: %v", err)
	}
	if _, err := a.Add(ctx, c.alpha); err != nil {
		t.Fatalf("Add: %v", err)
	}
	if err := a.Commit(); err != nil {
		t.Fatalf("Commit: %v", err)
	}
	if _, err := a.Add(ctx, c.bravo); !errors.Is(err, store.ErrDone) {
		t.Errorf("Add after Commit: err = %v, want ErrDone", err)
	}
	if err := a.Commit(); !errors.Is(err, store.ErrDone) {
		t.Errorf("Commit after Commit: err = %v, want ErrDone", err)
	}
	if err := a.Rollback(); err != nil {
		t.Errorf("Rollback after Commit: %v, want nil", err)
	}
	load(t, s, c.alpha.ID) // Rollback after Commit undid nothing

	b, err := s.Begin(ctx)
	if err != nil {
		t.Fatalf("Begin: %v", err)
	}
	if err := b.Rollback(); err != nil {
		t.Fatalf("Rollback: %v", err)
	}
	if err := b.Rollback(); err != nil {
		t.Errorf("Rollback after Rollback: %v, want nil", err)
	}
	if _, err := b.Add(ctx, c.bravo); !errors.Is(err, store.ErrDone) {
		t.Errorf("Add after Rollback: err = %v, want ErrDone", err)
	}
	if err := b.Commit(); !errors.Is(err, store.ErrDone) {
		t.Errorf("Commit after Rollback: err = %v, want ErrDone", err)
	}
	if _, err := s.Doc(ctx, c.bravo.ID); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Doc added after Rollback: err = %v, want ErrNotFound", err)
	}
}

func testNotFound(t *testing.T, s store.Store) {
	add(t, s, newCorpus().alpha)
	for _, id := range []string{doc.Hash("never stored"), "", "not-a-hash"} {
		d, err := s.Doc(t.Context(), id)
		if !errors.Is(err, store.ErrNotFound) {
			t.Errorf("Doc(%q) = %v, %v; want ErrNotFound", id, d, err)
		}
	}
}

// sources returns the Sources of a Doc listing, which name the fixtures.
func sources(list []store.DocSummary) []string {
	out := make([]string, len(list))
	for i, d := range list {
		out[i] = d.Source
	}
	return out
}

func srcs(docs ...*doc.Doc) []string {
	out := make([]string, len(docs))
	for i, d := range docs {
		out[i] = d.Source
	}
	return out
}

func checkDocs(t *testing.T, s store.Store, f store.DocFilter, want ...*doc.Doc) {
	t.Helper()
	list, err := s.Docs(t.Context(), f)
	if err != nil {
		t.Errorf("Docs(%+v): %v", f, err)
		return
	}
	if got, w := sources(list), srcs(want...); !slices.Equal(got, w) {
		t.Errorf("Docs(%+v) = %q, want %q", f, got, w)
	}
}

func testDocsOrder(t *testing.T, s store.Store) {
	c := addCorpus(t, s)
	// Newest publication first; echo and bravo share a date, and echo was
	// ingested later; delta has no date and comes last.
	checkDocs(t, s, store.DocFilter{}, c.echo, c.bravo, c.alpha, c.charlie, c.delta)
}

func testDocsDates(t *testing.T, s store.Store) {
	c := addCorpus(t, s)
	d := func(m time.Month, day int) doc.Date { return doc.Date{Year: 2031, Month: m, Day: day} }
	checkDocs(t, s, store.DocFilter{Since: d(3, 1)}, c.echo, c.bravo, c.alpha)
	checkDocs(t, s, store.DocFilter{Until: d(3, 1)}, c.alpha, c.charlie)
	checkDocs(t, s, store.DocFilter{Since: d(3, 5), Until: d(3, 5)}, c.echo, c.bravo)
	checkDocs(t, s, store.DocFilter{Since: d(2, 11), Until: d(2, 28)})
	checkDocs(t, s, store.DocFilter{Since: d(2, 10), Until: d(3, 4)}, c.alpha, c.charlie)
}

func testDocsQuery(t *testing.T, s store.Store) {
	c := addCorpus(t, s)
	checkDocs(t, s, store.DocFilter{Query: "harbour"}, c.alpha, c.delta) // title and text; text only
	checkDocs(t, s, store.DocFilter{Query: "convoy"}, c.bravo)           // title only
	checkDocs(t, s, store.DocFilter{Query: "Києві"}, c.charlie)
	checkDocs(t, s, store.DocFilter{Query: "переговори"}, c.charlie) // in the text, capitalized in the title
	checkDocs(t, s, store.DocFilter{Query: "συμφωνία"}, c.charlie)
	checkDocs(t, s, store.DocFilter{Query: "zeppelin"})
	checkDocs(t, s, store.DocFilter{Query: "harbour", Since: doc.Date{Year: 2031, Month: 1, Day: 1}}, c.alpha)

	// A malformed query is the caller's mistake: a backend that rejects it
	// says so with ErrBadQuery, and none panics.
	for _, q := range []string{`"unbalanced`, `AND OR`, `(`, `*`} {
		if _, err := s.Docs(t.Context(), store.DocFilter{Query: q}); err != nil && !errors.Is(err, store.ErrBadQuery) {
			t.Errorf("Docs(Query %q): err = %v, want nil or ErrBadQuery", q, err)
		}
	}
}

func testDocsActor(t *testing.T, s store.Store) {
	c := addCorpus(t, s)
	checkDocs(t, s, store.DocFilter{Actor: "NOR"}, c.bravo, c.alpha, c.delta)
	checkDocs(t, s, store.DocFilter{Actor: "NORGOV"}, c.alpha, c.delta)
	checkDocs(t, s, store.DocFilter{Actor: "SUDLEG"}, c.echo) // in the actors layer, in no event
	checkDocs(t, s, store.DocFilter{Actor: "UKR"}, c.charlie)
	checkDocs(t, s, store.DocFilter{Actor: "nor"}) // codes are case-sensitive
	checkDocs(t, s, store.DocFilter{Actor: "ZZZ"})
	checkDocs(t, s, store.DocFilter{Actor: "NOR", Since: doc.Date{Year: 2031, Month: 3, Day: 2}}, c.bravo)
	checkDocs(t, s, store.DocFilter{Actor: "NOR", Query: "harbour"}, c.alpha, c.delta)
}

func testDocsLimitOffset(t *testing.T, s store.Store) {
	c := addCorpus(t, s)
	checkDocs(t, s, store.DocFilter{Limit: 2}, c.echo, c.bravo)
	checkDocs(t, s, store.DocFilter{Limit: 2, Offset: 2}, c.alpha, c.charlie)
	checkDocs(t, s, store.DocFilter{Limit: 2, Offset: 4}, c.delta)
	checkDocs(t, s, store.DocFilter{Offset: 3}, c.charlie, c.delta)
	checkDocs(t, s, store.DocFilter{Offset: 10})
	checkDocs(t, s, store.DocFilter{Actor: "NOR", Limit: 1, Offset: 1}, c.alpha)
}

func testDocsDefaultLimit(t *testing.T, s store.Store) {
	ctx := t.Context()
	n := store.DefaultLimit + 5
	docs := make([]*doc.Doc, n)
	for i := range docs {
		docs[i] = doc.New(fmt.Sprintf("fixtures/many/%03d.txt", i), fmt.Sprintf("Short note number %d about nothing much.", i))
	}
	add(t, s, docs...)
	list, err := s.Docs(ctx, store.DocFilter{})
	if err != nil {
		t.Fatalf("Docs: %v", err)
	}
	if len(list) != store.DefaultLimit {
		t.Errorf("Docs with no Limit = %d rows, want %d", len(list), store.DefaultLimit)
	}
	list, err = s.Docs(ctx, store.DocFilter{Limit: n + 10})
	if err != nil {
		t.Fatalf("Docs: %v", err)
	}
	if len(list) != n {
		t.Errorf("Docs(Limit %d) = %d rows, want %d", n+10, len(list), n)
	}
	events := make([]doc.Event, n)
	for i := range events {
		events[i] = doc.Event{ID: fmt.Sprintf("m%d", i), CAMEO: "010", Date: "2031-01-01"}
	}
	d := doc.New("fixtures/many-events.txt", "A text with very many events.")
	d.Events = events
	add(t, s, d)
	rows, err := s.Events(ctx, store.EventFilter{})
	if err != nil {
		t.Fatalf("Events: %v", err)
	}
	if len(rows) != store.DefaultLimit {
		t.Errorf("Events with no Limit = %d rows, want %d", len(rows), store.DefaultLimit)
	}
}

func testDocsSummary(t *testing.T, s store.Store) {
	ctx := t.Context()
	d := FullDoc()
	before := time.Now()
	add(t, s, d)
	after := time.Now()
	list, err := s.Docs(ctx, store.DocFilter{})
	if err != nil || len(list) != 1 {
		t.Fatalf("Docs = %+v, %v; want one row", list, err)
	}
	got := list[0]
	want := store.DocSummary{
		ID: d.ID, Source: d.Source, URL: d.URL, Title: d.Title, Published: d.Published,
		Ingested: got.Ingested, Bytes: len(d.Text), Sentences: len(d.Sentences),
		Events: len(d.Events), Warnings: len(d.Warnings),
	}
	if got != want {
		t.Errorf("DocSummary = %+v\nwant %+v", got, want)
	}
	// Backends may keep less than nanoseconds; allow a second either side.
	if got.Ingested.Before(before.Add(-time.Second)) || got.Ingested.After(after.Add(time.Second)) {
		t.Errorf("Ingested = %v, want between %v and %v", got.Ingested, before, after)
	}
}

// eventIDs returns the event IDs of a listing.
func eventIDs(rows []store.EventRow) []string {
	out := make([]string, len(rows))
	for i, r := range rows {
		out[i] = r.Event.ID
	}
	return out
}

func checkEvents(t *testing.T, s store.Store, f store.EventFilter, want ...string) {
	t.Helper()
	rows, err := s.Events(t.Context(), f)
	if err != nil {
		t.Errorf("Events(%+v): %v", f, err)
		return
	}
	if got := eventIDs(rows); !slices.Equal(got, want) {
		t.Errorf("Events(%+v) = %q, want %q", f, got, want)
	}
}

func testEventsOrder(t *testing.T, s store.Store) {
	addCorpus(t, s)
	// By date as coded: the undated d2 first, the week value 2031-W10 after
	// every calendar day of 2031.
	checkEvents(t, s, store.EventFilter{}, "d2", "c1", "a1", "a2", "b1", "d1")

	// Events of one Doc on one day keep their order in the Doc.
	d := doc.New("fixtures/sameday.txt", "First this, then that, and finally the other.")
	for i, w := range []string{"z3", "z1", "z2"} {
		d.Events = append(d.Events, doc.Event{ID: w, Sentence: 0, CAMEO: "010", Date: "2031-04-01",
			Trigger: doc.Mention{Span: doc.Span{Start: i, End: i + 1}, Text: d.Text[i : i+1]}})
	}
	add(t, s, d)
	checkEvents(t, s, store.EventFilter{DocID: d.ID}, "z3", "z1", "z2")
}

func testEventsFilters(t *testing.T, s store.Store) {
	c := addCorpus(t, s)
	day := func(m time.Month, d int) doc.Date { return doc.Date{Year: 2031, Month: m, Day: d} }

	checkEvents(t, s, store.EventFilter{Actor: "NOR"}, "d2", "a1", "a2", "b1", "d1")
	checkEvents(t, s, store.EventFilter{Actor: "NORCVL"}, "b1")
	checkEvents(t, s, store.EventFilter{Actor: "UKRGOV"}, "c1")
	checkEvents(t, s, store.EventFilter{Actor: "SUDM"}) // said_by only: not a source or target
	checkEvents(t, s, store.EventFilter{Actor: "SUDLEG"})
	checkEvents(t, s, store.EventFilter{Actor: "IGO"}, "b1")

	checkEvents(t, s, store.EventFilter{Code: "031"}, "d2", "a2")
	checkEvents(t, s, store.EventFilter{Code: "03"}, "d2", "a1", "a2")
	checkEvents(t, s, store.EventFilter{Code: "0"}, "d2", "c1", "a1", "a2", "b1")
	checkEvents(t, s, store.EventFilter{Code: "0233"}, "b1")
	checkEvents(t, s, store.EventFilter{Code: "02331"})

	// Dates compare the first ten characters; values that are not a
	// calendar day ("2031-W10", "") are outside every bounded range.
	checkEvents(t, s, store.EventFilter{Since: day(3, 1)}, "a2", "b1")
	checkEvents(t, s, store.EventFilter{Until: day(2, 28)}, "c1", "a1")
	checkEvents(t, s, store.EventFilter{Since: day(3, 4), Until: day(3, 4)}, "b1")
	checkEvents(t, s, store.EventFilter{Since: day(3, 2), Until: day(3, 3)})

	checkEvents(t, s, store.EventFilter{DocID: c.delta.ID}, "d2", "d1")
	checkEvents(t, s, store.EventFilter{DocID: c.echo.ID})
	checkEvents(t, s, store.EventFilter{DocID: doc.Hash("never stored")})
	checkEvents(t, s, store.EventFilter{DocID: c.alpha.ID, Code: "036"}, "a1")
	checkEvents(t, s, store.EventFilter{Actor: "NOR", Code: "03", Since: day(3, 1)}, "a2")

	checkEvents(t, s, store.EventFilter{Limit: 2, Offset: 1}, "c1", "a1")
	checkEvents(t, s, store.EventFilter{Offset: 5}, "d1")
	checkEvents(t, s, store.EventFilter{Actor: "NOR", Limit: 2}, "d2", "a1")
}

func testEventRows(t *testing.T, s store.Store) {
	c := addCorpus(t, s)
	rows, err := s.Events(t.Context(), store.EventFilter{DocID: c.bravo.ID})
	if err != nil || len(rows) != 1 {
		t.Fatalf("Events = %+v, %v; want one row", rows, err)
	}
	r := rows[0]
	if r.DocID != c.bravo.ID || r.Source != c.bravo.Source || r.Title != c.bravo.Title || r.Published != c.bravo.Published {
		t.Errorf("EventRow names doc %s %q %q %v, want %s %q %q %v", r.DocID, r.Source, r.Title, r.Published,
			c.bravo.ID, c.bravo.Source, c.bravo.Title, c.bravo.Published)
	}
	if g, w := mustJSON(t, r.Event), mustJSON(t, c.bravo.Events[0]); !bytes.Equal(g, w) {
		t.Errorf("EventRow.Event = %s\nwant %s", g, w)
	}

	rows, err = s.Events(t.Context(), store.EventFilter{DocID: c.delta.ID})
	if err != nil || len(rows) != 2 {
		t.Fatalf("Events = %+v, %v; want two rows", rows, err)
	}
	if !rows[0].Published.IsZero() {
		t.Errorf("EventRow.Published = %v for a Doc with no date", rows[0].Published)
	}

	// The full Doc: said-by, location, quantity and evidence survive.
	d := FullDoc()
	add(t, s, d)
	rows, err = s.Events(t.Context(), store.EventFilter{DocID: d.ID})
	if err != nil || len(rows) != len(d.Events) {
		t.Fatalf("Events = %d rows, %v; want %d", len(rows), err, len(d.Events))
	}
	for i, r := range rows {
		if g, w := mustJSON(t, r.Event), mustJSON(t, d.Events[i]); !bytes.Equal(g, w) {
			t.Errorf("event %d = %s\nwant %s", i, g, w)
		}
	}
}

func testStats(t *testing.T, s store.Store) {
	ctx := t.Context()
	if st, err := s.Stats(ctx); err != nil || st != (store.Stats{}) {
		t.Errorf("Stats of an empty store = %+v, %v; want zero", st, err)
	}
	addCorpus(t, s)
	if st, err := s.Stats(ctx); err != nil || st != (store.Stats{Docs: 5, Events: 6}) {
		t.Errorf("Stats = %+v, %v; want 5 Docs, 6 events", st, err)
	}
	add(t, s, FullDoc())
	if st, err := s.Stats(ctx); err != nil || st != (store.Stats{Docs: 6, Events: 9}) {
		t.Errorf("Stats = %+v, %v; want 6 Docs, 9 events", st, err)
	}
}

// testConcurrentReaders runs readers while one writer commits Docs, one
// Appender at a time. Readers must never fail, never see a count go down,
// and always find the Docs a listing names.
func testConcurrentReaders(t *testing.T, s store.Store) {
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	const (
		readers = 4
		commits = 20
	)
	add(t, s, FullDoc())

	var wg, started sync.WaitGroup
	defer func() { cancel(); wg.Wait() }()
	errc := make(chan error, readers)
	for r := range readers {
		wg.Add(1)
		started.Add(1)
		go func() {
			defer wg.Done()
			first := true
			defer func() {
				if first {
					started.Done()
				}
			}()
			last := 0
			fail := func(err error) {
				if ctx.Err() == nil { // errors after the writer is done are the cancel's
					errc <- err
				}
			}
			for i := 0; ; i++ {
				if ctx.Err() != nil {
					return
				}
				st, err := s.Stats(ctx)
				if err != nil {
					fail(fmt.Errorf("reader %d: Stats: %w", r, err))
					return
				}
				if st.Docs < last {
					fail(fmt.Errorf("reader %d: Stats went from %d to %d Docs", r, last, st.Docs))
					return
				}
				last = st.Docs
				list, err := s.Docs(ctx, store.DocFilter{Limit: 5})
				if err != nil {
					fail(fmt.Errorf("reader %d: Docs: %w", r, err))
					return
				}
				for _, ds := range list {
					if _, err := s.Doc(ctx, ds.ID); err != nil {
						fail(fmt.Errorf("reader %d: Doc(%s) of a listed Doc: %w", r, ds.ID, err))
						return
					}
				}
				if _, err := s.Events(ctx, store.EventFilter{Actor: "CHL", Limit: 10}); err != nil {
					fail(fmt.Errorf("reader %d: Events: %w", r, err))
					return
				}
				if first {
					first = false
					started.Done()
				}
				if i%4 == 0 {
					time.Sleep(time.Millisecond) // let the writer in on a busy machine
				}
			}
		}()
	}

	started.Wait() // every reader has run once, so reads and writes overlap
	for i := range commits {
		d := doc.New(fmt.Sprintf("fixtures/stream/%02d.txt", i), fmt.Sprintf("Bulletin %d: the harbour stayed open.", i))
		d.Events = []doc.Event{{ID: "s1", CAMEO: "010", Date: "2031-05-01",
			Source: []doc.Actor{{Code: "CHLGOV"}}, Target: []doc.Actor{{Code: "CHLLAB"}}}}
		a, err := s.Begin(ctx)
		if err != nil {
			t.Fatalf("Begin: %v", err)
		}
		if _, err := a.Add(ctx, d); err != nil {
			a.Rollback()
			t.Fatalf("Add: %v", err)
		}
		if err := a.Commit(); err != nil {
			t.Fatalf("Commit: %v", err)
		}
	}
	cancel()
	wg.Wait()
	close(errc)
	for err := range errc {
		t.Error(err)
	}
	st, err := s.Stats(t.Context())
	if err != nil || st.Docs != commits+1 {
		t.Errorf("Stats = %+v, %v; want %d Docs", st, err, commits+1)
	}
}
