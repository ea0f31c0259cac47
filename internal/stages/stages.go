// Package stages assembles sitrep's pipeline from the stage packages: it
// registers every stage in a new Registry, names the default order, and
// builds pipelines from a list of stage names. It is the one place that
// knows all stages; nothing registers itself.
package stages

import (
	"fmt"
	"strings"

	"github.com/sitrep/sitrep/internal/pipeline"
	"github.com/sitrep/sitrep/internal/stage/actors"
	"github.com/sitrep/sitrep/internal/stage/claims"
	"github.com/sitrep/sitrep/internal/stage/events"
	"github.com/sitrep/sitrep/internal/stage/geo"
	"github.com/sitrep/sitrep/internal/stage/ner"
	"github.com/sitrep/sitrep/internal/stage/parse"
	"github.com/sitrep/sitrep/internal/stage/quantity"
	"github.com/sitrep/sitrep/internal/stage/segment"
	"github.com/sitrep/sitrep/internal/stage/tag"
	"github.com/sitrep/sitrep/internal/stage/timex"
)

// defaultOrder is the default pipeline, in order.
var defaultOrder = []string{"segment", "tag", "parse", "ner", "timex", "quantity", "actors", "geo", "events", "claims"}

// Default returns the names of the default pipeline's stages, in order.
func Default() []string { return append([]string(nil), defaultOrder...) }

// Registry returns a new Registry holding every stage sitrep has.
func Registry() (*pipeline.Registry, error) {
	r := pipeline.NewRegistry()
	for _, reg := range []func(*pipeline.Registry) error{
		segment.Register,
		tag.Register,
		parse.Register,
		timex.Register,
		quantity.Register,
		actors.Register,
		geo.Register,
		events.Register,
		claims.Register,
		ner.Register,
	} {
		if err := reg(r); err != nil {
			return nil, fmt.Errorf("registering stages: %w", err)
		}
	}
	return r, nil
}

// Build builds a pipeline of the named stages, or of the default stages
// when names is empty. A name may be a comma-separated list.
func Build(names ...string) (*pipeline.Pipeline, error) {
	var list []string
	for _, n := range names {
		for _, p := range strings.Split(n, ",") {
			if p = strings.TrimSpace(p); p != "" {
				list = append(list, p)
			}
		}
	}
	if len(list) == 0 {
		list = Default()
	}
	r, err := Registry()
	if err != nil {
		return nil, err
	}
	return r.Build(list...)
}
