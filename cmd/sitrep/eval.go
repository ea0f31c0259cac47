package main

import (
	"context"
	"sort"
	"strings"
)

// evaluatorTable maps a gold-set family to the function that scores it. Each
// takes the arguments after the name and parses its own flags (at least
// --data DIR and --json).
func evaluatorTable() map[string]func(ctx context.Context, m *Main, args []string) error {
	return map[string]func(ctx context.Context, m *Main, args []string) error{
		// one line per entry: "name": function,
		"ner":   evalNER,
		"geo":   evalGeo,
		"ud":    evalUD,
		"timex": evalTimex,

		"events": evalEvents,
	}
}

func runEval(ctx context.Context, m *Main, args []string) error {
	table := evaluatorTable()
	names := make([]string, 0, len(table))
	for n := range table {
		names = append(names, n)
	}
	sort.Strings(names)
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		return usagef("sitrep eval %s [flags]: name a gold set", strings.Join(names, "|"))
	}
	e, ok := table[args[0]]
	if !ok {
		return usagef("sitrep eval: unknown gold set %q (known: %s)", args[0], strings.Join(names, ", "))
	}
	return e(ctx, m, args[1:])
}
