// Package store defines how sitrep keeps annotated Docs: an Appender for
// writes, committed or rolled back as one unit, and a read-only Querier.
// Backends live in subpackages (sqlite, later postgres) and all pass the
// conformance suite in storetest.
//
// Writes are idempotent: a Doc is keyed by its content hash, so storing the
// same text twice keeps one copy, and redelivery after a crash never
// duplicates an article.
package store

import (
	"context"
	"time"

	"github.com/sitrep/sitrep/internal/doc"
)

// Store is a backend: it hands out Appenders and answers queries. It is
// safe for concurrent use; Close releases it once every Appender is done.
type Store interface {
	Querier
	// Begin starts a unit of writes.
	Begin(ctx context.Context) (Appender, error)
	Close() error
}

// Appender collects writes that become visible together on Commit. An
// Appender is used by one goroutine and is done after Commit or Rollback;
// Rollback after Commit is a no-op, so `defer a.Rollback()` is safe.
type Appender interface {
	// Add stores d with all its layers. It reports false, and changes
	// nothing, when a Doc with the same ID is already stored or was added
	// earlier in this unit. Add also indexes d's claims and links them to
	// the stored claims of other Docs (those added earlier in this unit
	// included) about the same situation, as claims.Compare relates them;
	// the links are visible through Querier.Claims, and d's claims layer is
	// kept as it was given.
	Add(ctx context.Context, d *doc.Doc) (added bool, err error)
	Commit() error
	Rollback() error
}

// Querier reads what is stored. The API depends only on it.
type Querier interface {
	// Doc returns the stored Doc with every layer, or ErrNotFound.
	Doc(ctx context.Context, id string) (*doc.Doc, error)
	// Docs lists stored Docs, newest publication first, then newest ingest.
	Docs(ctx context.Context, f DocFilter) ([]DocSummary, error)
	// Events lists stored events, by date then document order.
	Events(ctx context.Context, f EventFilter) ([]EventRow, error)
	// Stats counts what is stored.
	Stats(ctx context.Context) (Stats, error)
	// Claims lists stored claims, by when they were made, then document
	// order, each with its events and its links to other claims.
	Claims(ctx context.Context, f ClaimFilter) ([]ClaimRow, error)
}

// DocFilter selects Docs. Zero fields do not filter.
type DocFilter struct {
	// Since and Until bound the publication date, both inclusive.
	Since, Until doc.Date
	// Query is a full-text query over title and text (FTS5 syntax on SQLite).
	Query string
	// Actor keeps Docs with an actor whose code starts with this prefix.
	Actor string
	// Limit caps the number of rows; 0 means the backend's default of 100.
	Limit  int
	Offset int
}

// DocSummary is one row of a Doc listing.
type DocSummary struct {
	ID        string    `json:"id"`
	Source    string    `json:"source"`
	URL       string    `json:"url,omitempty"`
	Title     string    `json:"title"`
	Published doc.Date  `json:"published"`
	Ingested  time.Time `json:"ingested"`
	Bytes     int       `json:"bytes"`
	Sentences int       `json:"sentences"`
	Events    int       `json:"events"`
	Warnings  int       `json:"warnings"`
}

// EventFilter selects events. Zero fields do not filter.
type EventFilter struct {
	// Since and Until bound the event date (its first ten characters
	// compared as YYYY-MM-DD), both inclusive.
	Since, Until doc.Date
	// Actor keeps events with a source or target code starting with this prefix.
	Actor string
	// Code keeps events whose CAMEO code starts with this prefix.
	Code string
	// DocID keeps the events of one Doc.
	DocID  string
	Limit  int
	Offset int
}

// EventRow is a stored event with the Doc it came from.
type EventRow struct {
	DocID     string    `json:"doc_id"`
	Source    string    `json:"doc_source"`
	Title     string    `json:"doc_title"`
	Published doc.Date  `json:"doc_published"`
	Event     doc.Event `json:"event"`
}

// Stats counts stored rows.
type Stats struct {
	Docs   int `json:"docs"`
	Events int `json:"events"`
}

// DefaultLimit is the row cap a listing uses when its filter sets none.
const DefaultLimit = 100

// ClaimFilter selects claims. Zero fields do not filter.
type ClaimFilter struct {
	// About keeps claims about something. Digits ("07", "072") match the
	// CAMEO codes of the claim's events by prefix; upper-case letters
	// ("PRK", "RUSMIL") match by prefix the codes of its speaker and of its
	// events' sources and targets; anything else is words, each of which
	// must be a whole word of the claim's evidence text (the sentences of
	// its events), case folded. Digits and upper-case letters also match
	// as such a word ("NIS").
	About string
	// Actor keeps claims said by an actor whose code starts with this
	// prefix.
	Actor string
	// Since and Until bound the day the claim was made (the YYYY-MM-DD
	// start of Claim.When), both inclusive.
	Since, Until doc.Date
	// DocID keeps the claims of one Doc.
	DocID  string
	Limit  int
	Offset int
}

// ClaimRow is a stored claim with the Doc it came from, the events it
// carries, its evidence text and its links to other stored claims.
type ClaimRow struct {
	DocID     string   `json:"doc_id"`
	Source    string   `json:"doc_source"`
	Title     string   `json:"doc_title"`
	Published doc.Date `json:"doc_published"`
	// Claim is the claim as its Doc holds it (relations within the Doc).
	Claim doc.Claim `json:"claim"`
	// Events are the events Claim.Events names, in that order.
	Events []doc.Event `json:"events"`
	// Text is the evidence: the sentences of its events.
	Text string `json:"text"`
	// Links are its relations to stored claims, within its Doc and across
	// Docs: first within, then by when the other claim was made.
	Links []ClaimLink `json:"links"`
}

// ClaimLink is one relation between two stored claims, seen from one of
// them.
type ClaimLink struct {
	// Type is denies, contradicts, differs_in_figure or supports.
	Type string `json:"type"`
	// Incoming is set when the other claim holds the relation to this one
	// ("denied by"); the symmetric types are always outgoing.
	Incoming bool `json:"incoming"`
	// DocID and Claim name the other claim; SaidBy is its speaker's code
	// and When when it was made.
	DocID  string `json:"doc_id"`
	Claim  string `json:"claim"`
	SaidBy string `json:"said_by"`
	When   string `json:"when"`
	// CrossDoc is set when the other claim is of another Doc.
	CrossDoc bool `json:"cross_doc"`
}
