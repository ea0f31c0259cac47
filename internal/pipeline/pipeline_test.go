package pipeline

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
)

// funcStage adapts a function to a Stage.
type funcStage func(ctx context.Context, d *doc.Doc) error

func (f funcStage) Process(ctx context.Context, d *doc.Doc) error { return f(ctx, d) }

type closer struct {
	funcStage
	closed *bool
}

func (c closer) Close() error { *c.closed = true; return nil }

func register(t *testing.T, r *Registry, name string, req, asg []doc.Layer, f funcStage) {
	t.Helper()
	if err := r.Register(Spec{Name: name, Requires: req, Assigns: asg}, func() (Stage, error) { return f, nil }); err != nil {
		t.Fatal(err)
	}
}

func TestRegister(t *testing.T) {
	r := NewRegistry()
	ok := func(context.Context, *doc.Doc) error { return nil }
	register(t, r, "a/v1", nil, nil, ok)
	for _, c := range []struct {
		name string
		want error
	}{{"a/v2", ErrDuplicate}, {"b", ErrBadName}, {"/v1", ErrBadName}, {"c/", ErrBadName}} {
		err := r.Register(Spec{Name: c.name}, func() (Stage, error) { return funcStage(ok), nil })
		if !errors.Is(err, c.want) {
			t.Errorf("Register(%q) = %v, want %v", c.name, err, c.want)
		}
	}
	if got := r.Names(); len(got) != 1 || got[0] != "a" {
		t.Errorf("Names = %v", got)
	}
}

func TestBuildChecksLayers(t *testing.T) {
	r := NewRegistry()
	ok := func(context.Context, *doc.Doc) error { return nil }
	register(t, r, "seg/v1", nil, []doc.Layer{doc.LayerTokens}, ok)
	register(t, r, "tag/v1", []doc.Layer{doc.LayerTokens}, []doc.Layer{doc.LayerPOS}, ok)
	if _, err := r.Build("seg", "tag/v1"); err != nil {
		t.Fatalf("valid order refused: %v", err)
	}
	_, err := r.Build("tag", "seg")
	if !errors.Is(err, ErrMissingLayer) || !strings.Contains(err.Error(), "tokens") {
		t.Errorf("wrong order: got %v, want ErrMissingLayer naming tokens", err)
	}
	if _, err := r.Build("nope"); !errors.Is(err, ErrUnknownStage) {
		t.Errorf("unknown stage: got %v", err)
	}
}

func TestBuildFactoryErrorClosesBuilt(t *testing.T) {
	r := NewRegistry()
	closed := false
	r.Register(Spec{Name: "a/v1"}, func() (Stage, error) {
		return closer{funcStage(func(context.Context, *doc.Doc) error { return nil }), &closed}, nil
	})
	boom := errors.New("no model")
	r.Register(Spec{Name: "b/v1"}, func() (Stage, error) { return nil, boom })
	if _, err := r.Build("a", "b"); !errors.Is(err, boom) {
		t.Fatalf("got %v, want the factory's error", err)
	}
	if !closed {
		t.Error("stages built before the failure were not closed")
	}
}

func TestRunnerIsolatesFailures(t *testing.T) {
	r := NewRegistry()
	var ran []string
	mark := func(name string) funcStage {
		return func(ctx context.Context, d *doc.Doc) error { ran = append(ran, name); return nil }
	}
	register(t, r, "seg/v1", nil, []doc.Layer{doc.LayerTokens}, mark("seg"))
	register(t, r, "boom/v1", []doc.Layer{doc.LayerTokens}, []doc.Layer{doc.LayerEntities}, func(ctx context.Context, d *doc.Doc) error {
		if strings.Contains(d.Text, "panic") {
			panic("bad input")
		}
		return errors.New("model failed")
	})
	register(t, r, "needs/v1", []doc.Layer{doc.LayerEntities}, nil, mark("needs"))
	register(t, r, "other/v1", []doc.Layer{doc.LayerTokens}, nil, mark("other"))
	p, err := r.Build("seg", "boom", "needs", "other")
	if err != nil {
		t.Fatal(err)
	}
	run := NewRunner(p, nil)
	for _, text := range []string{"fails", "panic here"} {
		ran = nil
		d := doc.New("t", text)
		err := run.Run(context.Background(), d)
		var se *StageError
		if !errors.As(err, &se) || se.Stage != "boom/v1" {
			t.Fatalf("%q: got %v, want a StageError from boom/v1", text, err)
		}
		if strings.Join(ran, ",") != "seg,other" {
			t.Errorf("%q: ran %v, want seg,other (needs skipped)", text, ran)
		}
		if len(d.Provenance) != 3 || d.Provenance[1].Error == "" {
			t.Errorf("%q: provenance %+v", text, d.Provenance)
		}
		if len(d.Warnings) != 2 {
			t.Errorf("%q: warnings %q", text, d.Warnings)
		}
	}
}

func TestRunnerStopsOnCancel(t *testing.T) {
	r := NewRegistry()
	ctx, cancel := context.WithCancel(context.Background())
	register(t, r, "a/v1", nil, nil, func(context.Context, *doc.Doc) error { cancel(); return nil })
	register(t, r, "b/v1", nil, nil, func(context.Context, *doc.Doc) error { t.Error("ran after cancel"); return nil })
	p, _ := r.Build("a", "b")
	if err := NewRunner(p, nil).Run(ctx, doc.New("t", "x")); !errors.Is(err, context.Canceled) {
		t.Errorf("got %v, want context.Canceled", err)
	}
}
