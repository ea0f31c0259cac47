package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"sync"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" database/sql driver

	"github.com/sitrep/sitrep/internal/store"
)

var _ store.Store = (*Store)(nil)

// TempPath, the path ":memory:", opens a throwaway database for tests and
// examples. It is kept in a temporary file, removed on Close, rather than
// in memory: an in-memory SQLite database has no WAL, so its readers would
// wait for every open Appender.
const TempPath = ":memory:"

// Store is a store.Store kept in one SQLite database. It is safe for
// concurrent use; see the package comment for how writers and readers share
// it.
type Store struct {
	path string
	temp string  // directory to remove on Close, for TempPath
	w    *sql.DB // one connection; every transaction is BEGIN IMMEDIATE
	r    *sql.DB // read-only connections
	now  func() time.Time
	log  *slog.Logger

	ins inserts

	mu     sync.Mutex
	closed bool
	open   map[*appender]struct{}
}

// Option configures Open.
type Option func(*options)

type options struct {
	busyTimeout time.Duration
	maxReaders  int
	now         func() time.Time
	log         *slog.Logger
}

// WithBusyTimeout sets how long a statement waits for a lock held by
// another connection or process before failing with SQLITE_BUSY. The
// default is five seconds.
func WithBusyTimeout(d time.Duration) Option {
	return func(o *options) { o.busyTimeout = d }
}

// WithMaxReaders caps the read-only connections, and so the queries that
// run at once. The default is GOMAXPROCS, at least 4.
func WithMaxReaders(n int) Option {
	return func(o *options) { o.maxReaders = n }
}

// WithClock sets the clock that stamps each Doc's ingest time; the default
// is time.Now.
func WithClock(now func() time.Time) Option {
	return func(o *options) { o.now = now }
}

// WithLogger sets the logger that reports applied migrations. A nil logger,
// the default, means no logging.
func WithLogger(l *slog.Logger) Option {
	return func(o *options) { o.log = l }
}

// Open opens the SQLite database at path, creating it and its parent
// directories when missing, and migrates it to the current schema. The
// path TempPath opens a fresh throwaway database. The caller must Close the
// Store.
func Open(ctx context.Context, path string, opts ...Option) (*Store, error) {
	o := options{busyTimeout: 5 * time.Second, maxReaders: max(4, runtime.GOMAXPROCS(0)), now: time.Now}
	for _, opt := range opts {
		opt(&o)
	}
	if o.maxReaders < 1 {
		o.maxReaders = 1
	}
	if o.now == nil {
		o.now = time.Now
	}
	if o.log == nil {
		o.log = slog.New(slog.DiscardHandler)
	}

	file, temp := path, ""
	if path == TempPath {
		dir, err := os.MkdirTemp("", "sitrep-store-")
		if err != nil {
			return nil, fmt.Errorf("opening store %q: %w", path, err)
		}
		file, temp = filepath.Join(dir, "sitrep.db"), dir
	}
	s, err := open(ctx, path, file, o)
	if err != nil {
		if temp != "" {
			os.RemoveAll(temp)
		}
		return nil, err
	}
	s.temp = temp
	return s, nil
}

func open(ctx context.Context, path, file string, o options) (*Store, error) {
	base, err := baseURI(file)
	if err != nil {
		return nil, fmt.Errorf("opening store %q: %w", path, err)
	}
	common := "_pragma=busy_timeout(" + strconv.FormatInt(o.busyTimeout.Milliseconds(), 10) + ")&_pragma=foreign_keys(1)"
	w, err := sql.Open("sqlite", base+common+"&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_pragma=temp_store(MEMORY)&_pragma=cache_size(-32768)&_txlock=immediate")
	if err != nil {
		return nil, fmt.Errorf("opening store %q: %w", path, err)
	}
	w.SetMaxOpenConns(1)
	w.SetMaxIdleConns(1)
	w.SetConnMaxLifetime(0)
	w.SetConnMaxIdleTime(0)

	s := &Store{path: path, w: w, now: o.now, log: o.log, open: map[*appender]struct{}{}}
	// The writer connection is made first, so that it switches the file to
	// WAL before any reader opens it.
	if err := s.migrate(ctx); err != nil {
		w.Close()
		return nil, fmt.Errorf("opening store %q: %w", path, err)
	}
	if err := s.ins.prepare(ctx, w); err != nil {
		w.Close()
		return nil, fmt.Errorf("opening store %q: %w", path, err)
	}

	r, err := sql.Open("sqlite", base+common+"&_pragma=query_only(1)")
	if err != nil {
		s.ins.close()
		w.Close()
		return nil, fmt.Errorf("opening store %q: %w", path, err)
	}
	r.SetMaxOpenConns(o.maxReaders)
	r.SetMaxIdleConns(o.maxReaders)
	r.SetConnMaxLifetime(0)
	r.SetConnMaxIdleTime(0)
	if err := r.PingContext(ctx); err != nil {
		r.Close()
		s.ins.close()
		w.Close()
		return nil, fmt.Errorf("opening store %q: %w", path, err)
	}
	s.r = r
	return s, nil
}

// baseURI returns the "file:" URI for path, ending in "?" so that
// parameters can follow, and creates path's directory. The path is escaped,
// so names holding '?', '#' or '%' reach SQLite intact.
func baseURI(path string) (string, error) {
	if path == "" {
		return "", errors.New("empty path")
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", fmt.Errorf("resolving path: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(abs), 0o755); err != nil {
		return "", fmt.Errorf("creating directory: %w", err)
	}
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}
	return u.String() + "?", nil
}

// Path returns the path the Store was opened with.
func (s *Store) Path() string { return s.path }

// Begin starts an Appender: a BEGIN IMMEDIATE transaction on the writer
// connection, held until Commit or Rollback. Begin waits while another
// Appender is open, until ctx is done. Cancelling ctx after Begin returns
// does not end the Appender.
func (s *Store) Begin(ctx context.Context) (store.Appender, error) {
	if s.isClosed() {
		return nil, fmt.Errorf("beginning appender: %w", ErrClosed)
	}
	conn, err := s.w.Conn(ctx)
	if err != nil {
		return nil, fmt.Errorf("beginning appender: %w", err)
	}
	tx, err := conn.BeginTx(context.WithoutCancel(ctx), nil)
	if err != nil {
		conn.Close()
		return nil, fmt.Errorf("beginning appender: %w", err)
	}
	a := &appender{s: s, conn: conn, tx: tx}
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		tx.Rollback()
		conn.Close()
		return nil, fmt.Errorf("beginning appender: %w", ErrClosed)
	}
	s.open[a] = struct{}{}
	s.mu.Unlock()
	return a, nil
}

// Close rolls back every Appender still open and closes the database.
// Close after Close does nothing.
func (s *Store) Close() error {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return nil
	}
	s.closed = true
	open := make([]*appender, 0, len(s.open))
	for a := range s.open {
		open = append(open, a)
	}
	s.mu.Unlock()

	var errs []error
	for _, a := range open {
		if err := a.Rollback(); err != nil {
			errs = append(errs, err)
		}
	}
	s.ins.close()
	if s.r != nil {
		if err := s.r.Close(); err != nil {
			errs = append(errs, err)
		}
	}
	if err := s.w.Close(); err != nil {
		errs = append(errs, err)
	}
	if s.temp != "" {
		if err := os.RemoveAll(s.temp); err != nil {
			errs = append(errs, err)
		}
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("closing store %q: %w", s.path, err)
	}
	return nil
}

func (s *Store) isClosed() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.closed
}

func (s *Store) forget(a *appender) {
	s.mu.Lock()
	delete(s.open, a)
	s.mu.Unlock()
}
