package main

import (
	"context"
	"sort"
	"strings"
)

// trainerTable maps a model name to the function that trains it. Each takes the
// arguments after the model name and parses its own flags (at least
// --data DIR and --out FILE).
func trainerTable() map[string]func(ctx context.Context, m *Main, args []string) error {
	return map[string]func(ctx context.Context, m *Main, args []string) error{
		// one line per entry: "name": function,
		"ner":    trainNER,
		"tagger": trainTagger,
		"parser": trainParser,
	}
}

func runTrain(ctx context.Context, m *Main, args []string) error {
	table := trainerTable()
	names := make([]string, 0, len(table))
	for n := range table {
		names = append(names, n)
	}
	sort.Strings(names)
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		return usagef("sitrep train %s [flags]: name a model", strings.Join(names, "|"))
	}
	t, ok := table[args[0]]
	if !ok {
		return usagef("sitrep train: unknown model %q (known: %s)", args[0], strings.Join(names, ", "))
	}
	return t(ctx, m, args[1:])
}
