package main

import (
	"context"
	"flag"
	"os"
	"path/filepath"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/store/sqlite"
)

// defaultDB returns $XDG_DATA_HOME/sitrep/sitrep.db, falling back to
// ~/.local/share as the XDG base directory specification says.
func defaultDB() string {
	base := os.Getenv("XDG_DATA_HOME")
	if base == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return "sitrep.db"
		}
		base = filepath.Join(home, ".local", "share")
	}
	return filepath.Join(base, "sitrep", "sitrep.db")
}

func dbFlag(fs *flag.FlagSet) *string {
	return fs.String("db", defaultDB(), "SQLite database `file`")
}

func openStore(ctx context.Context, path string) (*sqlite.Store, error) {
	st, err := sqlite.Open(ctx, path)
	if err != nil {
		return nil, err
	}
	return st, nil
}

// dateFlag parses an optional YYYY-MM-DD flag value.
func dateFlag(name, v string) (doc.Date, error) {
	if v == "" {
		return doc.Date{}, nil
	}
	d, err := doc.ParseDate(v)
	if err != nil {
		return d, usagef("--%s: %v", name, err)
	}
	return d, nil
}

// listFlags are the filters shared by docs and events.
type listFlags struct {
	since, until, actor string
	limit, offset       int
	json                bool
}

func (l *listFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&l.since, "since", "", "keep dates on or after `YYYY-MM-DD`")
	fs.StringVar(&l.until, "until", "", "keep dates on or before `YYYY-MM-DD`")
	fs.StringVar(&l.actor, "actor", "", "keep rows with an actor code starting with `CODE` (e.g. KOR, RUSMIL)")
	fs.IntVar(&l.limit, "limit", 100, "at most `N` rows")
	fs.IntVar(&l.offset, "offset", 0, "skip the first `N` rows")
	fs.BoolVar(&l.json, "json", false, "print JSON")
}

func (l *listFlags) dates() (since, until doc.Date, err error) {
	if since, err = dateFlag("since", l.since); err != nil {
		return
	}
	if until, err = dateFlag("until", l.until); err != nil {
		return
	}
	if !since.IsZero() && !until.IsZero() && until.Time().Before(since.Time()) {
		err = usagef("--until %s is before --since %s", until, since)
	}
	return
}

func fmtDate(d doc.Date) string {
	if d.IsZero() {
		return "-"
	}
	return d.String()
}
