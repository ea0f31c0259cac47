package main

import (
	"context"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/sitrep/sitrep/internal/stages"
)

func runStages(ctx context.Context, m *Main, args []string) error {
	fs := newFlags(m, "stages", "", "List the pipeline stages, in default order, with the layers each requires and assigns.")
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	r, err := stages.Registry()
	if err != nil {
		return err
	}
	specs := r.Specs()
	if *asJSON {
		return m.printJSON(specs)
	}
	tw := tabwriter.NewWriter(m.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "STAGE\tREQUIRES\tASSIGNS\tABOUT")
	for _, s := range specs {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", s.Name, layers(s.Requires), layers(s.Assigns), s.Doc)
	}
	fmt.Fprintf(tw, "\ndefault order: %s\n", strings.Join(stages.Default(), ","))
	return tw.Flush()
}

func layers[T ~string](ls []T) string {
	if len(ls) == 0 {
		return "-"
	}
	out := make([]string, len(ls))
	for i, l := range ls {
		out[i] = string(l)
	}
	return strings.Join(out, ",")
}
