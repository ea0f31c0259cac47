package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	msqlite "modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/store"
)

// Doc returns the stored Doc with every layer, or an error wrapping
// store.ErrNotFound.
func (s *Store) Doc(ctx context.Context, id string) (*doc.Doc, error) {
	d := &doc.Doc{}
	var (
		published sql.NullString
		ingested  int64
		layers    []byte
	)
	err := s.r.QueryRowContext(ctx, `SELECT id, source, url, title, published, ingested, text, layers
		FROM docs WHERE id = ?`, id).
		Scan(&d.ID, &d.Source, &d.URL, &d.Title, &published, &ingested, &d.Text, &layers)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("reading doc %s: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("reading doc %s: %w", id, err)
	}
	if d.Published, err = parsePublished(published); err != nil {
		return nil, fmt.Errorf("reading doc %s: %w", id, err)
	}
	if err := decodeLayers(d, layers); err != nil {
		return nil, fmt.Errorf("reading doc %s: %w", id, err)
	}

	rows, err := s.r.QueryContext(ctx, `SELECT json FROM events WHERE doc_id = ? ORDER BY idx`, id)
	if err != nil {
		return nil, fmt.Errorf("reading events of doc %s: %w", id, err)
	}
	defer rows.Close()
	for rows.Next() {
		var b []byte
		if err := rows.Scan(&b); err != nil {
			return nil, fmt.Errorf("reading events of doc %s: %w", id, err)
		}
		var e doc.Event
		if err := json.Unmarshal(b, &e); err != nil {
			return nil, fmt.Errorf("reading events of doc %s: decoding event %d: %w", id, len(d.Events), err)
		}
		d.Events = append(d.Events, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("reading events of doc %s: %w", id, err)
	}
	return d, nil
}

// Docs lists stored Docs, newest publication first (unknown dates last),
// then newest ingest.
func (s *Store) Docs(ctx context.Context, f store.DocFilter) ([]store.DocSummary, error) {
	var (
		where []string
		args  []any
	)
	if !f.Since.IsZero() {
		where, args = append(where, `d.published >= ?`), append(args, f.Since.String())
	}
	if !f.Until.IsZero() {
		where, args = append(where, `d.published <= ?`), append(args, f.Until.String())
	}
	query := strings.TrimSpace(f.Query)
	if query != "" {
		where, args = append(where, `d.seq IN (SELECT rowid FROM docs_fts WHERE docs_fts MATCH ?)`), append(args, query)
	}
	if f.Actor != "" {
		cond, cargs := prefixCond("code", f.Actor)
		where, args = append(where, `d.id IN (SELECT doc_id FROM doc_actors WHERE `+cond+`)`), append(args, cargs...)
	}
	q := `SELECT d.id, d.source, d.url, d.title, d.published, d.ingested,
		d.n_bytes, d.n_sentences, d.n_events, d.n_warnings
		FROM docs d` + whereClause(where) + `
		ORDER BY d.published DESC, d.ingested DESC, d.seq DESC
		LIMIT ? OFFSET ?`
	args = append(args, limit(f.Limit), max(f.Offset, 0))

	fail := func(err error) ([]store.DocSummary, error) {
		if query != "" && isSQLError(err) {
			return nil, fmt.Errorf("listing docs matching %q: %w: %w", query, store.ErrBadQuery, err)
		}
		return nil, fmt.Errorf("listing docs: %w", err)
	}
	rows, err := s.r.QueryContext(ctx, q, args...)
	if err != nil {
		return fail(err)
	}
	defer rows.Close()
	out := []store.DocSummary{}
	for rows.Next() {
		var (
			ds        store.DocSummary
			published sql.NullString
			ingested  int64
		)
		if err := rows.Scan(&ds.ID, &ds.Source, &ds.URL, &ds.Title, &published, &ingested,
			&ds.Bytes, &ds.Sentences, &ds.Events, &ds.Warnings); err != nil {
			return fail(err)
		}
		if ds.Published, err = parsePublished(published); err != nil {
			return fail(err)
		}
		ds.Ingested = time.Unix(0, ingested).UTC()
		out = append(out, ds)
	}
	if err := rows.Err(); err != nil {
		return fail(err)
	}
	return out, nil
}

// Events lists stored events by date, then document, then position in the
// document.
func (s *Store) Events(ctx context.Context, f store.EventFilter) ([]store.EventRow, error) {
	var (
		where []string
		args  []any
	)
	// The bounds on e.date follow from those on e.day and let the
	// events_by_date index find the range.
	if !f.Since.IsZero() {
		since := f.Since.String()
		where, args = append(where, `e.date >= ? AND e.day >= ?`), append(args, since, since)
	}
	if !f.Until.IsZero() {
		until := f.Until.String()
		end, _ := prefixEnd(until)
		where, args = append(where, `e.date < ? AND e.day <= ?`), append(args, end, until)
	}
	if f.Actor != "" {
		cond, cargs := prefixCond("code", f.Actor)
		where = append(where, `e.seq IN (SELECT event_seq FROM event_actors
			WHERE role IN ('source', 'target') AND `+cond+`)`)
		args = append(args, cargs...)
	}
	if f.Code != "" {
		cond, cargs := prefixCond("e.cameo", f.Code)
		where, args = append(where, cond), append(args, cargs...)
	}
	if f.DocID != "" {
		where, args = append(where, `e.doc_id = ?`), append(args, f.DocID)
	}
	q := `SELECT e.doc_id, d.source, d.title, d.published, e.json
		FROM events e JOIN docs d ON d.id = e.doc_id` + whereClause(where) + `
		ORDER BY e.date, e.doc_id, e.idx
		LIMIT ? OFFSET ?`
	args = append(args, limit(f.Limit), max(f.Offset, 0))

	rows, err := s.r.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("listing events: %w", err)
	}
	defer rows.Close()
	out := []store.EventRow{}
	for rows.Next() {
		var (
			er        store.EventRow
			published sql.NullString
			b         []byte
		)
		if err := rows.Scan(&er.DocID, &er.Source, &er.Title, &published, &b); err != nil {
			return nil, fmt.Errorf("listing events: %w", err)
		}
		if er.Published, err = parsePublished(published); err != nil {
			return nil, fmt.Errorf("listing events: %w", err)
		}
		if err := json.Unmarshal(b, &er.Event); err != nil {
			return nil, fmt.Errorf("listing events: decoding event of doc %s: %w", er.DocID, err)
		}
		out = append(out, er)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("listing events: %w", err)
	}
	return out, nil
}

// Stats counts the stored Docs and events.
func (s *Store) Stats(ctx context.Context) (store.Stats, error) {
	var st store.Stats
	if err := s.r.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM docs), (SELECT count(*) FROM events)`).
		Scan(&st.Docs, &st.Events); err != nil {
		return st, fmt.Errorf("counting: %w", err)
	}
	return st, nil
}

// prefixCond returns a condition, and its arguments, that col starts with
// prefix. A range rather than LIKE keeps it case-sensitive and indexed.
func prefixCond(col, prefix string) (string, []any) {
	if end, ok := prefixEnd(prefix); ok {
		return col + ` >= ? AND ` + col + ` < ?`, []any{prefix, end}
	}
	return col + ` >= ?`, []any{prefix}
}

func whereClause(conds []string) string {
	if len(conds) == 0 {
		return ""
	}
	return "\n\t\tWHERE " + strings.Join(conds, " AND ")
}

func limit(n int) int {
	if n <= 0 {
		return store.DefaultLimit
	}
	return n
}

func parsePublished(s sql.NullString) (doc.Date, error) {
	if !s.Valid || s.String == "" {
		return doc.Date{}, nil
	}
	return doc.ParseDate(s.String)
}

// isSQLError reports an SQLITE_ERROR, the code SQLite gives a statement it
// cannot run as written; for a full-text query, a query FTS5 cannot parse.
func isSQLError(err error) bool {
	var e *msqlite.Error
	return errors.As(err, &e) && e.Code()&0xff == sqlite3.SQLITE_ERROR
}
