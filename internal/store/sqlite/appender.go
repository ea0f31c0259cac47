package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sync"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/store"
)

// inserts are the statements Add runs, prepared once on the writer
// connection; each Appender binds them to its transaction.
type inserts struct {
	doc, event, eventActor, docActor *sql.Stmt
}

func (in *inserts) prepare(ctx context.Context, w *sql.DB) error {
	for _, p := range []struct {
		stmt **sql.Stmt
		sql  string
	}{
		{&in.doc, `INSERT INTO docs (id, source, url, title, published, ingested, text, layers,
			n_bytes, n_sentences, n_events, n_warnings)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (id) DO NOTHING`},
		{&in.event, `INSERT INTO events (doc_id, idx, event_id, date, day, cameo, quad, goldstein, status, json)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&in.eventActor, `INSERT INTO event_actors (event_seq, role, code, country) VALUES (?, ?, ?, ?)`},
		{&in.docActor, `INSERT INTO doc_actors (code, doc_id) VALUES (?, ?) ON CONFLICT DO NOTHING`},
	} {
		st, err := w.PrepareContext(ctx, p.sql)
		if err != nil {
			in.close()
			return fmt.Errorf("preparing statements: %w", err)
		}
		*p.stmt = st
	}
	return nil
}

func (in *inserts) close() {
	for _, st := range []*sql.Stmt{in.doc, in.event, in.eventActor, in.docActor} {
		if st != nil {
			st.Close()
		}
	}
}

// appender is a store.Appender: one transaction on the writer connection,
// which it holds until done.
type appender struct {
	s    *Store
	conn *sql.Conn
	tx   *sql.Tx

	// mu guards the fields below; it lets Store.Close roll back an
	// Appender that its owner is still using.
	mu   sync.Mutex
	done bool
	// broken is set when a failed Add could not be undone; Commit then
	// rolls back instead.
	broken error
	// bound are the inserts bound to tx, made on first Add.
	bound *inserts
}

var _ store.Appender = (*appender)(nil)

// Add stores d in the Appender's transaction. Each Add is its own
// savepoint: an Add that fails leaves nothing of d behind and the Appender
// usable. d's ID must be the hash of its text.
func (a *appender) Add(ctx context.Context, d *doc.Doc) (bool, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.done {
		return false, store.ErrDone
	}
	if d == nil {
		return false, errors.New("adding doc: nil Doc")
	}
	if a.broken != nil {
		return false, fmt.Errorf("adding doc %s: an earlier Add could not be undone: %w", d.ID, a.broken)
	}
	if d.ID != doc.Hash(d.Text) {
		return false, fmt.Errorf("adding doc %s: %w", d.ID, doc.ErrHashMismatch)
	}
	row, err := encode(d)
	if err != nil {
		return false, fmt.Errorf("adding doc %s: %w", d.ID, err)
	}
	if a.bound == nil {
		// Not ctx: a statement bound under a cancelled context stays failed.
		bctx := context.WithoutCancel(ctx)
		a.bound = &inserts{
			doc:        a.tx.StmtContext(bctx, a.s.ins.doc),
			event:      a.tx.StmtContext(bctx, a.s.ins.event),
			eventActor: a.tx.StmtContext(bctx, a.s.ins.eventActor),
			docActor:   a.tx.StmtContext(bctx, a.s.ins.docActor),
		}
	}
	if _, err := a.tx.ExecContext(ctx, `SAVEPOINT add_doc`); err != nil {
		return false, fmt.Errorf("adding doc %s: %w", d.ID, err)
	}
	added, err := a.insert(ctx, d, &row)
	if err != nil {
		// Undo this Doc's rows even when ctx is what failed.
		if _, rerr := a.tx.ExecContext(context.WithoutCancel(ctx), `ROLLBACK TO add_doc`); rerr != nil {
			a.broken = rerr
		}
		return false, fmt.Errorf("adding doc %s: %w", d.ID, err)
	}
	if _, err := a.tx.ExecContext(ctx, `RELEASE add_doc`); err != nil {
		a.broken = err
		return false, fmt.Errorf("adding doc %s: %w", d.ID, err)
	}
	return added, nil
}

func (a *appender) insert(ctx context.Context, d *doc.Doc, row *docRow) (bool, error) {
	in := a.bound
	res, err := in.doc.ExecContext(ctx, d.ID, d.Source, d.URL, d.Title, row.published,
		a.s.now().UTC().UnixNano(), d.Text, row.layers,
		len(d.Text), len(d.Sentences), len(d.Events), len(d.Warnings))
	if err != nil {
		return false, fmt.Errorf("inserting doc: %w", err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return false, fmt.Errorf("inserting doc: %w", err)
	} else if n == 0 {
		return false, nil // already stored
	}
	for i := range d.Events {
		e, er := &d.Events[i], &row.events[i]
		res, err := in.event.ExecContext(ctx, d.ID, i, e.ID, e.Date, er.day, e.CAMEO, e.Quad, e.Goldstein, e.Status, er.json)
		if err != nil {
			return false, fmt.Errorf("inserting event %d: %w", i, err)
		}
		seq, err := res.LastInsertId()
		if err != nil {
			return false, fmt.Errorf("inserting event %d: %w", i, err)
		}
		for _, ac := range er.actors {
			if _, err := in.eventActor.ExecContext(ctx, seq, ac.role, ac.code, ac.country); err != nil {
				return false, fmt.Errorf("inserting actor of event %d: %w", i, err)
			}
		}
	}
	for _, code := range row.actors {
		if _, err := in.docActor.ExecContext(ctx, code, d.ID); err != nil {
			return false, fmt.Errorf("inserting doc actor %q: %w", code, err)
		}
	}
	if err := a.insertClaims(ctx, d, row.claims); err != nil {
		return false, err
	}
	return true, nil
}

// Commit makes every Add of the Appender visible at once and ends it.
func (a *appender) Commit() error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.done {
		return store.ErrDone
	}
	defer a.finish()
	if a.broken != nil {
		a.tx.Rollback()
		return fmt.Errorf("committing appender: rolled back, an Add could not be undone: %w", a.broken)
	}
	if err := a.tx.Commit(); err != nil {
		return fmt.Errorf("committing appender: %w", err)
	}
	return nil
}

// Rollback discards every Add of the Appender and ends it. After Commit or
// Rollback it does nothing.
func (a *appender) Rollback() error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.done {
		return nil
	}
	defer a.finish()
	if err := a.tx.Rollback(); err != nil && !errors.Is(err, sql.ErrTxDone) {
		return fmt.Errorf("rolling back appender: %w", err)
	}
	return nil
}

// finish marks the Appender done and hands the writer connection back.
func (a *appender) finish() {
	a.done = true
	a.conn.Close()
	a.s.forget(a)
}
