package events_test

import (
	"context"
	"slices"
	"sync"
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
	lexicon "github.com/sitrep/sitrep/internal/events"
	"github.com/sitrep/sitrep/internal/pipeline"
	"github.com/sitrep/sitrep/internal/stage/events"
	"github.com/sitrep/sitrep/internal/stages"
)

var (
	pipeOnce sync.Once
	pipe     *pipeline.Runner
	pipeErr  error
)

// runner returns the default pipeline with this stage appended, built once.
func runner(t testing.TB) *pipeline.Runner {
	t.Helper()
	pipeOnce.Do(func() {
		r, err := stages.Registry()
		if err != nil {
			pipeErr = err
			return
		}
		names := stages.Default()
		if !slices.Contains(r.Names(), "events") {
			// Until the default pipeline has the coder, add it here.
			if err := events.Register(r); err != nil {
				pipeErr = err
				return
			}
			names = append(names, "events")
		}
		p, err := r.Build(names...)
		if err != nil {
			pipeErr = err
			return
		}
		pipe = pipeline.NewRunner(p, nil)
	})
	if pipeErr != nil {
		t.Fatal(pipeErr)
	}
	return pipe
}

// annotate runs the whole pipeline over text published on date ("" for
// unknown).
func annotate(t testing.TB, text, date string) *doc.Doc {
	t.Helper()
	d := doc.New("test", text)
	if date != "" {
		p, err := doc.ParseDate(date)
		if err != nil {
			t.Fatal(err)
		}
		d.Published = p
	}
	if err := runner(t).Run(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	return d
}

func shippedLex(t testing.TB) *lexicon.Lexicon {
	t.Helper()
	l, err := lexicon.Shipped()
	if err != nil {
		t.Fatal(err)
	}
	return l
}
