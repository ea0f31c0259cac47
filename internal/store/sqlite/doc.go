// Package sqlite is the embedded store.Store: one SQLite file, written
// through the pure-Go driver modernc.org/sqlite, so sitrep needs no C
// toolchain and no server.
//
// # Opening
//
// Open creates the file (and its parent directories) when missing, turns on
// WAL journaling, foreign keys, a busy timeout and synchronous=NORMAL, and
// applies the embedded migrations (migrations/*.sql) that the file lacks,
// recording each in the schema_migrations table. Reopening a migrated file
// applies nothing. The path ":memory:" (TempPath) opens a throwaway
// database in a temporary file that Close removes, for tests and examples.
//
// # Schema
//
// docs holds one row per Doc, keyed by its content hash: the text and
// metadata as columns, every layer but events as one JSON object, and the
// counts a listing shows. events holds each event once, as JSON, beside the
// columns its filters use (date, the YYYY-MM-DD day the date starts with,
// CAMEO code, QuadClass, Goldstein score, status). event_actors holds the
// source, target and said-by actors of each event; doc_actors the distinct
// actor codes of each Doc (its actors layer and its events' actors).
// docs_fts is an FTS5 index over title and text (unicode61 tokenizer,
// diacritics folded), fed by triggers.
//
// claims indexes each Doc's claims layer (which stays in docs.layers): one
// row per claim with its speaker, stance, the day it was made, the date
// range of its events, its evidence text (the sentences of its events) and
// its situation.Facts as JSON. claim_keys holds what a claim is about (actor
// codes, CAMEO codes, evidence words, and COUNTRY/FAMILY situation keys);
// claim_links the relations between claims, within a Doc (from its claims
// layer) and across Docs. On Add, each claim of the new Doc is compared
// (situation.Compare) with the stored claims of other Docs that share a
// situation key and whose event dates come within situation.Window days of
// its own, in the Appender's transaction, so Docs of one batch are linked
// to each other too. Docs stored before migration 0002 have no claim rows.
//
// Doc returns a Doc equal to the one added: layers, nil-ness of slices and
// Token.SpaceAfter (which the JSON contract omits) included.
//
// # Filters
//
// DocFilter.Query is FTS5 query syntax; a query FTS5 cannot parse fails
// with an error that wraps store.ErrBadQuery. DocFilter.Actor matches any
// actor code of the Doc; EventFilter.Actor the source and target codes of
// an event, not its said-by. Event date bounds compare the day an event's
// date starts with, so an event whose date is not a calendar day ("2024-W10",
// "XXXX-06", "") is outside every bounded range. ClaimFilter.About is read
// as store.ClaimFilter says, matching evidence words whole and case
// folded; claim date bounds compare the day a claim was made.
//
// # Concurrency
//
// A Store is safe for concurrent use. Writes go through one connection: an
// Appender holds it from Begin to Commit or Rollback (as a BEGIN IMMEDIATE
// transaction), so a second Begin waits for the first Appender to finish or
// for its context to end. Reads use a pool of read-only connections and,
// under WAL, run alongside the writer and see only committed Docs.
package sqlite
