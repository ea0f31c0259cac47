package sqlite_test

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/store"
	"github.com/sitrep/sitrep/internal/store/sqlite"
	"github.com/sitrep/sitrep/internal/store/storetest"
)

func openFile(t *testing.T, path string, opts ...sqlite.Option) *sqlite.Store {
	t.Helper()
	s, err := sqlite.Open(t.Context(), path, opts...)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	return s
}

func TestConformance(t *testing.T) {
	t.Run("File", func(t *testing.T) {
		storetest.Run(t, func(t *testing.T) store.Store {
			return openFile(t, filepath.Join(t.TempDir(), "sitrep.db"))
		})
	})
	t.Run("Temp", func(t *testing.T) {
		storetest.Run(t, func(t *testing.T) store.Store {
			return openFile(t, sqlite.TempPath)
		})
	})
}

// TestRoundTripExact checks more than the suite: the loaded Doc is deeply
// equal to the one added, nil and empty slices included.
func TestRoundTripExact(t *testing.T) {
	s := openFile(t, sqlite.TempPath)
	defer s.Close()
	d := storetest.FullDoc()
	d.Entities = []doc.Entity{} // empty, not nil
	d.Timexes = nil
	add(t, s, d)
	got, err := s.Doc(t.Context(), d.ID)
	if err != nil {
		t.Fatalf("Doc: %v", err)
	}
	want := storetest.FullDoc()
	want.Entities, want.Timexes = []doc.Entity{}, nil
	if !reflect.DeepEqual(got, want) {
		t.Errorf("loaded Doc differs:\n got %#v\nwant %#v", got, want)
	}
}

func add(t *testing.T, s store.Store, docs ...*doc.Doc) {
	t.Helper()
	a, err := s.Begin(t.Context())
	if err != nil {
		t.Fatalf("Begin: %v", err)
	}
	defer a.Rollback()
	for _, d := range docs {
		if _, err := a.Add(t.Context(), d); err != nil {
			t.Fatalf("Add: %v", err)
		}
	}
	if err := a.Commit(); err != nil {
		t.Fatalf("Commit: %v", err)
	}
}

func TestReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sitrep.db")
	d := storetest.FullDoc()
	s := openFile(t, path)
	add(t, s, d)
	if err := s.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	if _, err := s.Begin(t.Context()); !errors.Is(err, sqlite.ErrClosed) {
		t.Errorf("Begin after Close: err = %v, want ErrClosed", err)
	}

	for range 2 {
		s = openFile(t, path)
		if _, err := s.Doc(t.Context(), d.ID); err != nil {
			t.Errorf("Doc after reopen: %v", err)
		}
		if st, err := s.Stats(t.Context()); err != nil || st.Docs != 1 {
			t.Errorf("Stats after reopen = %+v, %v", st, err)
		}
		if err := s.Close(); err != nil {
			t.Fatalf("Close: %v", err)
		}
	}

	db := rawDB(t, path)
	var n, version int
	if err := db.QueryRow(`SELECT count(*), max(version) FROM schema_migrations`).Scan(&n, &version); err != nil {
		t.Fatal(err)
	}
	if n != 2 || version != 2 {
		t.Errorf("schema_migrations has %d rows up to version %d, want 2 rows up to version 2", n, version)
	}
	var mode string
	if err := db.QueryRow(`PRAGMA journal_mode`).Scan(&mode); err != nil {
		t.Fatal(err)
	}
	if mode != "wal" {
		t.Errorf("journal_mode = %q, want wal", mode)
	}
}

func rawDB(t *testing.T, path string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func TestSchemaTooNew(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sitrep.db")
	s := openFile(t, path)
	s.Close()
	db := rawDB(t, path)
	if _, err := db.Exec(`INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, '0999_future', 0)`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	_, err := sqlite.Open(t.Context(), path)
	if !errors.Is(err, sqlite.ErrSchemaTooNew) {
		t.Fatalf("Open of a newer schema: err = %v, want ErrSchemaTooNew", err)
	}
	if !strings.Contains(err.Error(), "opening store") {
		t.Errorf("error %q does not say what failed", err)
	}
}

func TestOpenNewDirectory(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a", "b c", "what?#x", "sitrep.db")
	s := openFile(t, path)
	add(t, s, storetest.FullDoc())
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path); err != nil {
		t.Errorf("database file not at %s: %v", path, err)
	}
}

func TestOpenBadPath(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "plain")
	if err := os.WriteFile(file, []byte(strings.Repeat("not a database\n", 400)), 0o644); err != nil {
		t.Fatal(err)
	}
	// A directory cannot be made under a regular file.
	_, err := sqlite.Open(t.Context(), filepath.Join(file, "sub", "sitrep.db"))
	if err == nil || !strings.Contains(err.Error(), "opening store") {
		t.Errorf("Open under a file: err = %v, want an opening-store error", err)
	}
	// A file that is not a database.
	_, err = sqlite.Open(t.Context(), file)
	if err == nil {
		t.Errorf("Open of a non-database file succeeded")
	}
}

// TestCloseRollsBack closes a Store with an Appender still open: what it
// added is not stored.
func TestCloseRollsBack(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sitrep.db")
	s := openFile(t, path)
	c := storetest.FullDoc()
	a, err := s.Begin(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := a.Add(t.Context(), c); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if err := a.Commit(); !errors.Is(err, store.ErrDone) {
		t.Errorf("Commit after Close: err = %v, want ErrDone", err)
	}
	s = openFile(t, path)
	defer s.Close()
	if _, err := s.Doc(t.Context(), c.ID); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Doc of an uncommitted Add after reopen: err = %v, want ErrNotFound", err)
	}
}

// crashEnv names the database the helper process writes to and dies on.
const crashEnv = "SITREP_SQLITE_CRASH_DB"

// TestCrashHelper is not a test: run by TestCrashUncommitted in a child
// process, it commits one Doc, adds many more without committing, and
// exits without closing anything, as a killed process would.
func TestCrashHelper(t *testing.T) {
	path := os.Getenv(crashEnv)
	if path == "" {
		t.Skip("helper process for TestCrashUncommitted")
	}
	ctx := context.Background()
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	committed := doc.New("crash/committed.txt", "This one was committed before the crash.")
	a, _ := s.Begin(ctx)
	if _, err := a.Add(ctx, committed); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	if err := a.Commit(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	a, _ = s.Begin(ctx)
	for i := range 300 { // enough pages that some reach the WAL file uncommitted
		d := benchDoc(i)
		if _, err := a.Add(ctx, d); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
	}
	os.Exit(3)
}

func TestCrashUncommitted(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a child process")
	}
	path := filepath.Join(t.TempDir(), "sitrep.db")
	cmd := exec.CommandContext(t.Context(), os.Args[0], "-test.run=^TestCrashHelper$", "-test.count=1")
	cmd.Env = append(os.Environ(), crashEnv+"="+path)
	out, err := cmd.CombinedOutput()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 3 {
		t.Fatalf("helper: %v\n%s", err, out)
	}
	s := openFile(t, path)
	defer s.Close()
	st, err := s.Stats(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if st != (store.Stats{Docs: 1}) {
		t.Errorf("after a crash mid-Appender, Stats = %+v, want only the committed Doc", st)
	}
	if _, err := s.Doc(t.Context(), doc.Hash("This one was committed before the crash.")); err != nil {
		t.Errorf("committed Doc: %v", err)
	}
	// The file is sound and writable.
	add(t, s, storetest.FullDoc())
}

func TestBadQuery(t *testing.T) {
	s := openFile(t, sqlite.TempPath)
	defer s.Close()
	add(t, s, storetest.FullDoc())
	for _, q := range []string{`"unbalanced`, `AND OR`, `(`, `nosuchcolumn:word`, `NEAR(`} {
		_, err := s.Docs(t.Context(), store.DocFilter{Query: q})
		if !errors.Is(err, store.ErrBadQuery) {
			t.Errorf("Docs(Query %q): err = %v, want ErrBadQuery", q, err)
			continue
		}
		if !strings.Contains(err.Error(), q) {
			t.Errorf("error %q does not quote the query %q", err, q)
		}
	}
	// FTS5 syntax that is not malformed.
	for q, want := range map[string]int{
		`strike`:               1,
		`"nine-day strike"`:    1,
		`harb*`:                1,
		`dockers NOT zeppelin`: 1,
		`title:dockers`:        1,
		`title:minister`:       0,
		`valparaiso`:           1, // diacritics folded
		`  strike  `:           1,
		`   `:                  1, // blank: no filter
	} {
		list, err := s.Docs(t.Context(), store.DocFilter{Query: q})
		if err != nil || len(list) != want {
			t.Errorf("Docs(Query %q) = %d rows, %v; want %d", q, len(list), err, want)
		}
	}
}

func TestAddRejects(t *testing.T) {
	s := openFile(t, sqlite.TempPath)
	defer s.Close()
	ctx := t.Context()
	a, err := s.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Rollback()
	d := storetest.FullDoc()
	d.ID = doc.Hash("other text")
	if _, err := a.Add(ctx, d); !errors.Is(err, doc.ErrHashMismatch) {
		t.Errorf("Add with a wrong ID: err = %v, want ErrHashMismatch", err)
	}
	if _, err := a.Add(ctx, nil); err == nil {
		t.Errorf("Add(nil) succeeded")
	}
	// A Doc that cannot be encoded fails before anything is written, and
	// the Appender stays usable.
	bad := storetest.FullDoc()
	bad.Events[1].Goldstein = posInf()
	if _, err := a.Add(ctx, bad); err == nil {
		t.Errorf("Add of an event with an infinite score succeeded")
	}
	// A cancelled context fails the Add and leaves nothing of it.
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := a.Add(cctx, storetest.FullDoc()); err == nil {
		t.Errorf("Add with a cancelled context succeeded")
	}
	if added, err := a.Add(ctx, storetest.FullDoc()); err != nil || !added {
		t.Fatalf("Add after failed Adds = %v, %v", added, err)
	}
	if err := a.Commit(); err != nil {
		t.Fatal(err)
	}
	if st, err := s.Stats(ctx); err != nil || st != (store.Stats{Docs: 1, Events: 3}) {
		t.Errorf("Stats = %+v, %v; want 1 Doc, 3 events", st, err)
	}
}

func posInf() float64 {
	var zero float64
	return 1 / zero
}

// TestBeginWaits checks that a second Begin waits for the first Appender
// and gives up when its context ends.
func TestBeginWaits(t *testing.T) {
	s := openFile(t, filepath.Join(t.TempDir(), "sitrep.db"))
	defer s.Close()
	a, err := s.Begin(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(t.Context(), 50*time.Millisecond)
	defer cancel()
	if _, err := s.Begin(ctx); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("second Begin while one is open: err = %v, want DeadlineExceeded", err)
	}
	done := make(chan error, 1)
	go func() {
		b, err := s.Begin(t.Context())
		if err == nil {
			err = b.Rollback()
		}
		done <- err
	}()
	time.Sleep(10 * time.Millisecond)
	if err := a.Rollback(); err != nil {
		t.Fatal(err)
	}
	if err := <-done; err != nil {
		t.Errorf("Begin after the first Appender ended: %v", err)
	}
}

func TestClock(t *testing.T) {
	at := time.Date(2031, 3, 5, 12, 30, 0, 123456789, time.FixedZone("X", 3600))
	s := openFile(t, sqlite.TempPath, sqlite.WithClock(func() time.Time { return at }))
	defer s.Close()
	add(t, s, storetest.FullDoc())
	list, err := s.Docs(t.Context(), store.DocFilter{})
	if err != nil || len(list) != 1 {
		t.Fatalf("Docs = %v, %v", list, err)
	}
	if got := list[0].Ingested; !got.Equal(at) || got.Location() != time.UTC {
		t.Errorf("Ingested = %v, want %v in UTC", got, at)
	}
}

// benchDoc returns a Doc of about 3 KB of text with 40 events, different
// for each i.
func benchDoc(i int) *doc.Doc {
	var b strings.Builder
	for s := 0; b.Len() < 3000; s++ {
		fmt.Fprintf(&b, "Report %d line %d: delegations from Norland and Sudmark met again near the northern harbour to talk about quotas. ", i, s)
	}
	text := b.String()
	d := doc.New(fmt.Sprintf("bench/%d.txt", i), text)
	d.Title = fmt.Sprintf("Bulletin %d", i)
	d.Published = doc.Date{Year: 2031, Month: time.Month(1 + i%12), Day: 1 + i%28}
	for s, off := 0, 0; off < len(text); s++ {
		end := strings.Index(text[off:], ". ")
		if end < 0 {
			break
		}
		d.Sentences = append(d.Sentences, doc.Sentence{Span: doc.Span{Start: off, End: off + end + 1}})
		off += end + 2
	}
	nor := doc.Actor{Code: "NORGOV", Country: "NOR", Sector: "GOV", Text: "Norland"}
	sud := doc.Actor{Code: "SUDGOV", Country: "SUD", Sector: "GOV", Text: "Sudmark"}
	d.Actors = []doc.Actor{nor, sud}
	for e := range 40 {
		d.Events = append(d.Events, doc.Event{
			ID: fmt.Sprintf("e%d", e), Sentence: e % max(1, len(d.Sentences)), CAMEO: "036", PLOVER: "CONSULT",
			Quad: 1, Goldstein: 4, Source: []doc.Actor{nor}, Target: []doc.Actor{sud},
			Date: fmt.Sprintf("2031-%02d-%02d", 1+e%12, 1+e%28), DateSource: "text", Status: "occurred",
			SaidBy: &sud, Confidence: 0.7, Evidence: map[string]doc.Span{"source": {Start: 0, End: 6}},
		})
	}
	return d
}

// BenchmarkAdd measures Docs stored per second: about 3 KB of text and 40
// events each, committed one at a time or in batches.
func BenchmarkAdd(b *testing.B) {
	for _, batch := range []int{1, 100} {
		b.Run(fmt.Sprintf("batch=%d", batch), func(b *testing.B) {
			s, err := sqlite.Open(b.Context(), filepath.Join(b.TempDir(), "bench.db"))
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			docs := make([]*doc.Doc, 1000)
			for i := range docs {
				docs[i] = benchDoc(i)
			}
			ctx := b.Context()
			var a store.Appender
			n := 0
			for i := 0; b.Loop(); i++ {
				if a == nil {
					if a, err = s.Begin(ctx); err != nil {
						b.Fatal(err)
					}
				}
				d := docs[i%len(docs)]
				if i >= len(docs) { // a new text, so the Add is not a duplicate
					d = benchDoc(i)
				}
				if _, err := a.Add(ctx, d); err != nil {
					b.Fatal(err)
				}
				if n++; n == batch {
					if err := a.Commit(); err != nil {
						b.Fatal(err)
					}
					a, n = nil, 0
				}
			}
			if a != nil {
				if err := a.Commit(); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
		})
	}
}

func TestTempPathRemoved(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	s := openFile(t, sqlite.TempPath)
	if s.Path() != sqlite.TempPath {
		t.Errorf("Path() = %q, want %q", s.Path(), sqlite.TempPath)
	}
	add(t, s, storetest.FullDoc())
	if m, _ := filepath.Glob(filepath.Join(tmp, "sitrep-store-*", "sitrep.db")); len(m) != 1 {
		t.Errorf("temporary databases: %q, want one", m)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if left, _ := os.ReadDir(tmp); len(left) != 0 {
		t.Errorf("Close left %v in the temporary directory", left)
	}
}
