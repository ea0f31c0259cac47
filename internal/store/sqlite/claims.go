package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/situation"
	"github.com/sitrep/sitrep/internal/store"
)

// claimRow is one row of the claims table and its keys.
type claimRow struct {
	c      *doc.Claim
	saidBy string
	day    any // YYYY-MM-DD or nil
	lo, hi any // YYYY-MM-DD or nil
	text   string
	json   string
	facts  situation.Facts
	fjson  string
	keys   [][2]string // kind, value
}

// encodeClaims turns d's claims into rows. It touches no database.
func encodeClaims(d *doc.Doc) ([]claimRow, error) {
	rows := make([]claimRow, len(d.Claims))
	events := make(map[string]*doc.Event, len(d.Events))
	for i := range d.Events {
		events[d.Events[i].ID] = &d.Events[i]
	}
	for i := range d.Claims {
		c := &d.Claims[i]
		r := claimRow{c: c, text: situation.Evidence(d, c), facts: situation.Summarize(d, c)}
		b, err := json.Marshal(c)
		if err != nil {
			return nil, fmt.Errorf("encoding claim %d (%s): %w", i, c.ID, err)
		}
		r.json = string(b)
		if b, err = json.Marshal(r.facts); err != nil {
			return nil, fmt.Errorf("encoding facts of claim %d (%s): %w", i, c.ID, err)
		}
		r.fjson = string(b)
		if day, ok := dayOf(c.When); ok {
			r.day = day
		}
		seen := map[[2]string]bool{}
		key := func(kind, v string) {
			if k := [2]string{kind, v}; v != "" && !seen[k] {
				seen[k] = true
				r.keys = append(r.keys, k)
			}
		}
		if c.SaidBy != nil {
			r.saidBy = c.SaidBy.Code
			key("actor", c.SaidBy.Code)
		}
		for _, id := range c.Events {
			e := events[id]
			if e == nil {
				continue
			}
			key("cameo", e.CAMEO)
			for _, a := range e.Source {
				key("actor", a.Code)
			}
			for _, a := range e.Target {
				key("actor", a.Code)
			}
		}
		for _, w := range words(r.text) {
			key("word", w)
		}
		lo, hi, dated := "", "", len(r.facts.Items) > 0
		for _, it := range r.facts.Items {
			for _, c := range it.Countries {
				key("situation", c+"/"+it.Family)
				if it.Kind != "" {
					key("situation", c+"/kind:"+it.Kind)
				}
			}
			if it.Lo == "" {
				dated = false
				continue
			}
			if lo == "" || it.Lo < lo {
				lo = it.Lo
			}
			hi = max(hi, it.Hi)
		}
		if dated {
			r.lo, r.hi = lo, hi
		}
		slices.SortFunc(r.keys, func(a, b [2]string) int { return strings.Compare(a[0]+"\x00"+a[1], b[0]+"\x00"+b[1]) })
		rows[i] = r
	}
	return rows, nil
}

// words returns the distinct lower-case words of s: runs of letters and
// digits.
func words(s string) []string {
	ws := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	slices.Sort(ws)
	return slices.Compact(ws)
}

// insertClaims stores d's claims, their keys and their links: those the
// Doc holds, and those Compare finds with stored claims of other Docs.
func (a *appender) insertClaims(ctx context.Context, d *doc.Doc, rows []claimRow) error {
	if len(rows) == 0 {
		return nil
	}
	tx := a.tx
	seqs := make(map[string]int64, len(rows))
	for i := range rows {
		r := &rows[i]
		res, err := tx.ExecContext(ctx, `INSERT INTO claims (doc_id, idx, claim_id, said_by, stance, said_on, day, lo, hi, text, json, facts)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			d.ID, i, r.c.ID, r.saidBy, r.c.Stance, r.c.When, r.day, r.lo, r.hi, r.text, r.json, r.fjson)
		if err != nil {
			return fmt.Errorf("inserting claim %d (%s): %w", i, r.c.ID, err)
		}
		seq, err := res.LastInsertId()
		if err != nil {
			return fmt.Errorf("inserting claim %d (%s): %w", i, r.c.ID, err)
		}
		seqs[r.c.ID] = seq
		for _, k := range r.keys {
			if _, err := tx.ExecContext(ctx, `INSERT INTO claim_keys (claim_seq, kind, value) VALUES (?, ?, ?)`, seq, k[0], k[1]); err != nil {
				return fmt.Errorf("inserting keys of claim %s: %w", r.c.ID, err)
			}
		}
	}
	link := func(from, to int64, typ string, cross bool) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO claim_links (from_seq, to_seq, type, cross_doc) VALUES (?, ?, ?, ?)
			ON CONFLICT DO NOTHING`, from, to, typ, cross)
		if err != nil {
			return fmt.Errorf("inserting claim link: %w", err)
		}
		return nil
	}
	for i := range rows {
		r := &rows[i]
		for _, rel := range r.c.Relations {
			to, ok := seqs[rel.Claim]
			if !ok || !knownRelation(rel.Type) {
				continue // a relation to a claim the Doc lacks is not indexed
			}
			if err := link(seqs[r.c.ID], to, rel.Type, false); err != nil {
				return err
			}
		}
	}
	for i := range rows {
		r := &rows[i]
		cands, err := a.candidates(ctx, d.ID, r)
		if err != nil {
			return fmt.Errorf("linking claim %s: %w", r.c.ID, err)
		}
		me := seqs[r.c.ID]
		for _, o := range cands {
			if typ, ok := situation.Compare(r.facts, o.facts); ok {
				if err := link(me, o.seq, typ, true); err != nil {
					return err
				}
			}
			if typ, ok := situation.Compare(o.facts, r.facts); ok {
				if err := link(o.seq, me, typ, true); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

func knownRelation(t string) bool {
	switch t {
	case situation.Denies, situation.Contradicts, situation.DiffersInFigure, situation.Supports:
		return true
	}
	return false
}

// maxCandidates caps the stored claims one new claim is compared with: the
// most recently stored ones win. Claims whose events are undated pass every
// date window, so without a cap a popular situation key ("RUS/19") would
// make every Add slower as the store grows.
const maxCandidates = 1000

type candidate struct {
	seq   int64
	facts situation.Facts
}

// candidates returns the stored claims of other Docs that share a
// situation key (country and family, or country and figure kind) with r
// and whose events' dates come within situation.Window days of r's, in the
// appender's transaction, so Docs added earlier in it count; at most
// maxCandidates, the most recently stored.
func (a *appender) candidates(ctx context.Context, docID string, r *claimRow) ([]candidate, error) {
	var keys []any
	for _, k := range r.keys {
		if k[0] == "situation" {
			keys = append(keys, k[1])
		}
	}
	if len(keys) == 0 {
		return nil, nil
	}
	q := `SELECT DISTINCT c.seq, c.facts FROM claim_keys k JOIN claims c ON c.seq = k.claim_seq
		WHERE k.kind = 'situation' AND k.value IN (?` + strings.Repeat(", ?", len(keys)-1) + `) AND c.doc_id <> ?`
	args := append(keys, docID)
	if lo, ok := r.lo.(string); ok {
		hi := r.hi.(string)
		w := situation.Window * 24 * time.Hour
		tlo, _ := time.Parse(time.DateOnly, lo)
		thi, _ := time.Parse(time.DateOnly, hi)
		q += ` AND (c.hi IS NULL OR c.hi >= ?) AND (c.lo IS NULL OR c.lo <= ?)`
		args = append(args, tlo.Add(-w).Format(time.DateOnly), thi.Add(w).Format(time.DateOnly))
	}
	q += ` ORDER BY c.seq DESC LIMIT ?`
	args = append(args, maxCandidates)
	rows, err := a.tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("finding candidates: %w", err)
	}
	defer rows.Close()
	var out []candidate
	for rows.Next() {
		var (
			c candidate
			b []byte
		)
		if err := rows.Scan(&c.seq, &b); err != nil {
			return nil, fmt.Errorf("finding candidates: %w", err)
		}
		if err := json.Unmarshal(b, &c.facts); err != nil {
			return nil, fmt.Errorf("finding candidates: decoding facts of claim %d: %w", c.seq, err)
		}
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("finding candidates: %w", err)
	}
	return out, nil
}

// aboutCond returns the condition, and its arguments, for ClaimFilter.About.
func aboutCond(about string) (string, []any) {
	about = strings.TrimSpace(about)
	isDigits, isUpper := about != "", about != ""
	for _, r := range about {
		isDigits = isDigits && r >= '0' && r <= '9'
		isUpper = isUpper && r >= 'A' && r <= 'Z'
	}
	wordCond := func(w string) (string, []any) {
		return `c.seq IN (SELECT claim_seq FROM claim_keys WHERE kind = 'word' AND value = ?)`, []any{w}
	}
	switch {
	case isDigits || isUpper:
		kind := "cameo"
		if isUpper {
			kind = "actor"
		}
		cond, args := prefixCond("value", about)
		wc, wargs := wordCond(strings.ToLower(about))
		return `(c.seq IN (SELECT claim_seq FROM claim_keys WHERE kind = '` + kind + `' AND ` + cond + `) OR ` + wc + `)`,
			append(args, wargs...)
	}
	var conds []string
	var args []any
	for _, w := range words(about) {
		c, a := wordCond(w)
		conds, args = append(conds, c), append(args, a...)
	}
	if len(conds) == 0 {
		return "", nil
	}
	return strings.Join(conds, " AND "), args
}

// Claims lists stored claims by when they were made (the value as given,
// so undated claims first), then document, then position in the document.
func (s *Store) Claims(ctx context.Context, f store.ClaimFilter) ([]store.ClaimRow, error) {
	var (
		where []string
		args  []any
	)
	if f.About != "" {
		if cond, cargs := aboutCond(f.About); cond != "" {
			where, args = append(where, cond), append(args, cargs...)
		}
	}
	if f.Actor != "" {
		cond, cargs := prefixCond("c.said_by", f.Actor)
		where, args = append(where, cond), append(args, cargs...)
	}
	if !f.Since.IsZero() {
		where, args = append(where, `c.day >= ?`), append(args, f.Since.String())
	}
	if !f.Until.IsZero() {
		where, args = append(where, `c.day <= ?`), append(args, f.Until.String())
	}
	if f.DocID != "" {
		where, args = append(where, `c.doc_id = ?`), append(args, f.DocID)
	}
	q := `SELECT c.seq, c.doc_id, d.source, d.title, d.published, c.json, c.text
		FROM claims c JOIN docs d ON d.id = c.doc_id` + whereClause(where) + `
		ORDER BY c.said_on, c.doc_id, c.idx
		LIMIT ? OFFSET ?`
	args = append(args, limit(f.Limit), max(f.Offset, 0))

	conn, err := s.r.Conn(ctx)
	if err != nil {
		return nil, fmt.Errorf("listing claims: %w", err)
	}
	defer conn.Close()
	rows, err := conn.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("listing claims: %w", err)
	}
	out := []store.ClaimRow{}
	var seqs []int64
	for rows.Next() {
		var (
			cr        store.ClaimRow
			seq       int64
			published sql.NullString
			b         []byte
		)
		if err := rows.Scan(&seq, &cr.DocID, &cr.Source, &cr.Title, &published, &b, &cr.Text); err != nil {
			rows.Close()
			return nil, fmt.Errorf("listing claims: %w", err)
		}
		if cr.Published, err = parsePublished(published); err != nil {
			rows.Close()
			return nil, fmt.Errorf("listing claims: %w", err)
		}
		if err := json.Unmarshal(b, &cr.Claim); err != nil {
			rows.Close()
			return nil, fmt.Errorf("listing claims: decoding claim of doc %s: %w", cr.DocID, err)
		}
		out, seqs = append(out, cr), append(seqs, seq)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("listing claims: %w", err)
	}
	for i := range out {
		if out[i].Events, err = claimEvents(ctx, conn, out[i].DocID, out[i].Claim.Events); err != nil {
			return nil, err
		}
		if out[i].Links, err = claimLinks(ctx, conn, seqs[i]); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// claimEvents returns the events of doc docID with the given IDs, in that
// order; IDs the Doc lacks are skipped.
func claimEvents(ctx context.Context, conn *sql.Conn, docID string, ids []string) ([]doc.Event, error) {
	out := []doc.Event{}
	for _, id := range ids {
		var b []byte
		err := conn.QueryRowContext(ctx, `SELECT json FROM events WHERE doc_id = ? AND event_id = ? ORDER BY idx LIMIT 1`, docID, id).Scan(&b)
		if err == sql.ErrNoRows {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("listing claims: reading event %s of doc %s: %w", id, docID, err)
		}
		var e doc.Event
		if err := json.Unmarshal(b, &e); err != nil {
			return nil, fmt.Errorf("listing claims: decoding event %s of doc %s: %w", id, docID, err)
		}
		out = append(out, e)
	}
	return out, nil
}

// claimLinks returns the links of claim seq: every outgoing one, and the
// incoming denials (the symmetric types are stored both ways, so their
// incoming rows repeat the outgoing ones).
func claimLinks(ctx context.Context, conn *sql.Conn, seq int64) ([]store.ClaimLink, error) {
	rows, err := conn.QueryContext(ctx, `
		SELECT l.type, 0, l.cross_doc, c.doc_id, c.claim_id, c.said_by, c.said_on, c.idx
			FROM claim_links l JOIN claims c ON c.seq = l.to_seq WHERE l.from_seq = ?
		UNION ALL
		SELECT l.type, 1, l.cross_doc, c.doc_id, c.claim_id, c.said_by, c.said_on, c.idx
			FROM claim_links l JOIN claims c ON c.seq = l.from_seq WHERE l.to_seq = ? AND l.type = 'denies'
		ORDER BY 3, 7, 4, 8, 1, 2`, seq, seq)
	if err != nil {
		return nil, fmt.Errorf("listing claims: reading links: %w", err)
	}
	defer rows.Close()
	out := []store.ClaimLink{}
	for rows.Next() {
		var (
			l   store.ClaimLink
			idx int
		)
		if err := rows.Scan(&l.Type, &l.Incoming, &l.CrossDoc, &l.DocID, &l.Claim, &l.SaidBy, &l.When, &idx); err != nil {
			return nil, fmt.Errorf("listing claims: reading links: %w", err)
		}
		out = append(out, l)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("listing claims: reading links: %w", err)
	}
	return out, nil
}
