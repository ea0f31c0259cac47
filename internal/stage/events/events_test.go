package events_test

import (
	"context"
	"encoding/json"
	"os"
	"sync"
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/pipeline"
	"github.com/sitrep/sitrep/internal/shared"
	"github.com/sitrep/sitrep/internal/stage/events"
)

var _ pipeline.Stage = (*events.Coder)(nil)

func TestSpec(t *testing.T) {
	s := events.Spec()
	if s.Name != events.StageName || s.Models["lexicon"] != shippedLex(t).Checksum() || len(s.Models["lexicon"]) != 64 {
		t.Errorf("Spec = %+v", s)
	}
}

// TestSeedSchemaAndIDs checks the seed article's events against the JSON
// Schema, their IDs for uniqueness and stability, their evidence spans, and
// that a second run codes the same events.
func TestSeedSchemaAndIDs(t *testing.T) {
	b, err := os.ReadFile(shared.Example(t, "seoul-summons-ambassador.txt"))
	if err != nil {
		t.Fatal(err)
	}
	d := annotate(t, string(b), "2024-10-21")
	js, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	if err := doc.ValidateJSON(js); err != nil {
		t.Fatalf("schema: %v", err)
	}
	ids := map[string]bool{}
	for _, e := range d.Events {
		if ids[e.ID] {
			t.Errorf("duplicate id %s", e.ID)
		}
		ids[e.ID] = true
		for k, sp := range e.Evidence {
			if !sp.Valid(len(d.Text)) {
				t.Errorf("%s evidence %s %v out of range", e.ID, k, sp)
			}
		}
		if _, ok := e.Evidence["target"]; ok != (len(e.Target) > 0) {
			t.Errorf("%s: target evidence %v but %d targets", e.ID, ok, len(e.Target))
		}
		if e.Confidence <= 0 || e.Confidence > 1 {
			t.Errorf("%s confidence %v", e.ID, e.Confidence)
		}
	}
	again := annotate(t, string(b), "2024-10-21")
	if len(again.Events) != len(d.Events) {
		t.Fatalf("second run: %d events, first %d", len(again.Events), len(d.Events))
	}
	for i := range d.Events {
		if d.Events[i].ID != again.Events[i].ID || d.Events[i].CAMEO != again.Events[i].CAMEO {
			t.Errorf("event %d differs between runs: %s %s / %s %s", i, d.Events[i].ID, d.Events[i].CAMEO, again.Events[i].ID, again.Events[i].CAMEO)
		}
	}
}

// TestNoDateNoGuess checks that without a publication date an event not
// dated by the text has no date.
func TestNoDateNoGuess(t *testing.T) {
	d := annotate(t, "China condemned the Japanese government.", "")
	if len(d.Events) != 1 || d.Events[0].Date != "" || d.Events[0].DateSource != "" {
		t.Fatalf("events %+v", d.Events)
	}
	d = annotate(t, "China condemned the Japanese government.", "2024-10-21")
	if len(d.Events) != 1 || d.Events[0].Date != "2024-10-21" || d.Events[0].DateSource != "document" {
		t.Fatalf("events %+v", d.Events)
	}
}

// TestHeadlineMerged checks that a headline repeating the body's event is
// one event with two mentions.
func TestHeadlineMerged(t *testing.T) {
	text := "China condemns Japan\n\nChina condemned the Japanese government on Tuesday."
	d := annotate(t, text, "2024-10-21")
	if len(d.Events) != 1 {
		t.Fatalf("%d events: %+v", len(d.Events), d.Events)
	}
	e := d.Events[0]
	if e.Sentence != 1 || len(e.Mentions) != 1 || e.Mentions[0].Text != "condemns" || e.Date != "2024-10-15" {
		t.Errorf("event %+v", e)
	}
}

// TestConcurrent runs one Coder over copies of a document from several
// goroutines.
func TestConcurrent(t *testing.T) {
	base := annotate(t, "Russia attacked Ukraine. Japan apologized to South Korea.", "2024-10-21")
	c := events.New(shippedLex(t), events.Options{})
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			d := *base
			d.Events = nil
			if err := c.Process(context.Background(), &d); err != nil || len(d.Events) != 2 {
				t.Errorf("err %v, %d events", err, len(d.Events))
			}
		}()
	}
	wg.Wait()
}
