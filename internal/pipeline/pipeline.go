// Package pipeline runs annotation stages over Docs.
//
// A Stage is a small interface: Process(ctx, *doc.Doc). Each stage is
// registered in a Registry with a Spec — its versioned name and the layers
// it requires and assigns — and a constructor. Registry.Build checks, before
// any text is read, that every stage's required layers are assigned by an
// earlier stage. A Runner wraps each stage with timing and provenance and
// isolates failures: a stage that fails or panics on one Doc marks that Doc
// and the stream goes on.
//
// There is no global registry: callers make one with NewRegistry and
// register the stages they want (package stages does it for the defaults).
package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"runtime/debug"
	"slices"
	"strings"
	"time"

	"github.com/sitrep/sitrep/internal/doc"
)

// Stage annotates a Doc. Process adds layers to d and must not change its
// text. A Stage is shared by all goroutines of a Runner, so Process must be
// safe for concurrent use on different Docs; models are loaded once, by the
// constructor, and read only. A Stage that holds resources also implements
// io.Closer.
type Stage interface {
	Process(ctx context.Context, d *doc.Doc) error
}

// Spec describes a stage to the Registry.
type Spec struct {
	// Name is the stage's name and version, e.g. "segment/v1". The part
	// before the slash names the stage in Build.
	Name string `json:"name"`
	// Doc is a one-line description for --help listings.
	Doc string `json:"doc"`
	// Requires lists the layers that must be assigned before the stage runs.
	Requires []doc.Layer `json:"requires"`
	// Assigns lists the layers the stage fills.
	Assigns []doc.Layer `json:"assigns"`
	// Models maps the names of models or dictionaries the stage uses to
	// their checksums; they are copied into each Doc's provenance.
	Models map[string]string `json:"models,omitempty"`
}

// Key returns the stage's name without its version.
func (s Spec) Key() string {
	k, _, _ := strings.Cut(s.Name, "/")
	return k
}

// Factory constructs a stage. It is called once per Build.
type Factory func() (Stage, error)

type entry struct {
	spec Spec
	make Factory
}

// Registry maps stage names to their specs and constructors. The zero value
// is not usable; make one with NewRegistry. A Registry is not safe for
// concurrent registration.
type Registry struct {
	entries map[string]entry
	order   []string
}

// NewRegistry returns an empty registry.
func NewRegistry() *Registry { return &Registry{entries: map[string]entry{}} }

// Register adds a stage. It fails if the name is malformed or taken.
func (r *Registry) Register(spec Spec, f Factory) error {
	name, version, ok := strings.Cut(spec.Name, "/")
	if !ok || name == "" || version == "" {
		return fmt.Errorf("registering stage %q: %w", spec.Name, ErrBadName)
	}
	if _, dup := r.entries[name]; dup {
		return fmt.Errorf("registering stage %q: %w", spec.Name, ErrDuplicate)
	}
	r.entries[name] = entry{spec: spec, make: f}
	r.order = append(r.order, name)
	return nil
}

// Specs returns the registered specs in registration order.
func (r *Registry) Specs() []Spec {
	out := make([]Spec, 0, len(r.order))
	for _, n := range r.order {
		out = append(out, r.entries[n].spec)
	}
	return out
}

// Names returns the registered stage names, without versions, in
// registration order.
func (r *Registry) Names() []string { return slices.Clone(r.order) }

// Pipeline is an ordered, checked list of constructed stages. It is safe
// for concurrent use by several Runners once built.
type Pipeline struct {
	stages []built
}

type built struct {
	spec  Spec
	stage Stage
}

// Build constructs the named stages, in order, and checks that each stage's
// required layers are assigned by a stage before it.
func (r *Registry) Build(names ...string) (*Pipeline, error) {
	assigned := map[doc.Layer]string{}
	p := &Pipeline{}
	for _, n := range names {
		key, _, _ := strings.Cut(n, "/")
		e, ok := r.entries[key]
		if !ok {
			p.Close()
			return nil, fmt.Errorf("building pipeline: stage %q: %w (known: %s)", n, ErrUnknownStage, strings.Join(r.order, ", "))
		}
		for _, l := range e.spec.Requires {
			if _, ok := assigned[l]; !ok {
				p.Close()
				return nil, fmt.Errorf("building pipeline: stage %s requires layer %q, which no earlier stage assigns: %w", e.spec.Name, l, ErrMissingLayer)
			}
		}
		s, err := e.make()
		if err != nil {
			p.Close()
			return nil, fmt.Errorf("building pipeline: constructing %s: %w", e.spec.Name, err)
		}
		for _, l := range e.spec.Assigns {
			assigned[l] = e.spec.Name
		}
		p.stages = append(p.stages, built{spec: e.spec, stage: s})
	}
	return p, nil
}

// Specs returns the specs of the pipeline's stages in order.
func (p *Pipeline) Specs() []Spec {
	out := make([]Spec, len(p.stages))
	for i, b := range p.stages {
		out[i] = b.spec
	}
	return out
}

// Close closes every stage that implements io.Closer and returns the
// errors joined.
func (p *Pipeline) Close() error {
	var errs []error
	for _, b := range p.stages {
		if c, ok := b.stage.(io.Closer); ok {
			if err := c.Close(); err != nil {
				errs = append(errs, fmt.Errorf("closing %s: %w", b.spec.Name, err))
			}
		}
	}
	return errors.Join(errs...)
}

// StageError reports a stage that failed on one Doc.
type StageError struct {
	Stage string
	DocID string
	Err   error
}

func (e *StageError) Error() string {
	return fmt.Sprintf("stage %s on doc %.12s: %v", e.Stage, e.DocID, e.Err)
}

func (e *StageError) Unwrap() error { return e.Err }

// Runner runs a Pipeline over Docs. It is safe for concurrent use.
type Runner struct {
	p   *Pipeline
	log *slog.Logger
	now func() time.Time
}

// NewRunner returns a Runner for p. A nil logger means no logging.
func NewRunner(p *Pipeline, log *slog.Logger) *Runner {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Runner{p: p, log: log, now: time.Now}
}

// Run runs every stage over d in order, recording each in d.Provenance.
// When a stage fails or panics, Run records the failure as a warning on d,
// skips the stages after it whose required layers the failed stage should
// have assigned, and returns a *StageError joined with any others; d stays
// usable with what the stages that ran gave it. Run returns ctx's error,
// and stops, if ctx is done.
func (r *Runner) Run(ctx context.Context, d *doc.Doc) error {
	var errs []error
	missing := map[doc.Layer]bool{}
	for _, b := range r.p.stages {
		if err := ctx.Err(); err != nil {
			return err
		}
		if l, skip := firstMissing(b.spec.Requires, missing); skip {
			for _, a := range b.spec.Assigns {
				missing[a] = true
			}
			d.Warnf("%s skipped: layer %s missing after an earlier failure", b.spec.Name, l)
			continue
		}
		start := r.now()
		err := r.safeProcess(ctx, b, d)
		took := r.now().Sub(start)
		prov := doc.Provenance{Stage: b.spec.Name, Models: b.spec.Models, Micros: took.Microseconds()}
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			prov.Error = err.Error()
			for _, a := range b.spec.Assigns {
				missing[a] = true
			}
			d.Warnf("%s failed: %v", b.spec.Name, err)
			r.log.Warn("stage failed", "stage", b.spec.Name, "doc", d.ID, "source", d.Source, "err", err)
			errs = append(errs, &StageError{Stage: b.spec.Name, DocID: d.ID, Err: err})
		}
		d.Provenance = append(d.Provenance, prov)
	}
	return errors.Join(errs...)
}

func firstMissing(req []doc.Layer, missing map[doc.Layer]bool) (doc.Layer, bool) {
	for _, l := range req {
		if missing[l] {
			return l, true
		}
	}
	return "", false
}

func (r *Runner) safeProcess(ctx context.Context, b built, d *doc.Doc) (err error) {
	defer func() {
		if v := recover(); v != nil {
			r.log.Error("stage panicked", "stage", b.spec.Name, "doc", d.ID, "panic", v, "stack", string(debug.Stack()))
			err = fmt.Errorf("%w: %v", ErrPanic, v)
		}
	}()
	return b.stage.Process(ctx, d)
}
