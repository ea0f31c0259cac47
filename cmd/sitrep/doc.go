// Command sitrep turns news into structured, sourced event data: who did
// what to whom, when, where, how many, and according to whom. Every
// annotation it makes is a byte span into the article it came from.
//
// # Quick start
//
//	go run ./cmd/sitrep extract --published 2024-03-04 --format text examples/dispatch.txt
//
// prints the sample dispatch's sentences, tokens and the layers the
// pipeline fills; without --format text it prints JSON in the schema of
// docs/schema.md.
//
// # Commands
//
//	sitrep extract [--published DATE] [--format json|jsonl|text] [FILE|DIR|-]...
//	sitrep ingest  [--db FILE] [--published DATE] PATH...
//	sitrep docs    [--db FILE] [--since DATE] [--until DATE] [--actor CODE] [--query FTS] [--limit N] [--json]
//	sitrep events  [--db FILE] [--since DATE] [--until DATE] [--actor CODE] [--code CAMEO] [--doc ID] [--limit N] [--json]
//	sitrep claims  [--db FILE] [--about TEXT|CODE] [--actor CODE] [--since DATE] [--json]
//	sitrep stages  [--json]
//	sitrep bench   [--workers N] [--limit N] [--json] PATH...
//	sitrep train   tagger|parser|ner [--data DIR] [--out FILE]
//	sitrep build   gazetteer|actors [--data DIR] [--out FILE] [--airports FILE]
//	sitrep eval    ud|ner|timex|geo|events [--data DIR] [--json]
//
// extract annotates inputs and prints them; ingest annotates and stores
// them; docs, events and claims list what is stored; stages lists the
// pipeline; bench measures its speed and memory on a corpus; train
// rebuilds a shipped model and build a shipped data file from the data in
// ../shared/data; eval scores the shipped models on the gold sets there.
// "sitrep COMMAND -h" lists a command's flags.
//
// # The pipeline
//
// segment (sentences, tokens) → tag (parts of speech, lemmas) → parse
// (dependency trees) → ner (named entities) → timex (time expressions
// normalized against the publication date) → quantity (numbers bound to
// what they count) → actors (CAMEO-style actor codes) → geo (places
// resolved to GeoNames) → events (CAMEO and PLOVER events with source,
// target, status and attribution) → claims (who says what, and who denies
// it). --stages runs a prefix or a subset: a stage whose inputs no earlier
// stage assigns is refused before any text is read.
//
// # Inputs
//
// Files, folders (walked recursively, skipping names that start with a dot),
// JSONL files (.jsonl, .ndjson: one {"id","url","title","published","text"}
// object per line; "html" instead of "text" is run through main-text
// extraction), CSV and TSV corpora (a header row naming a text, body,
// content or html column, and optionally id, url, title, published or
// date), any of them gzipped (.gz), and "-" for standard input. HTML files
// keep only their main text (navigation, adverts and comments removed). A
// file that is empty, binary or not UTF-8 is named with the reason and
// skipped; the rest of the batch goes on.
//
// # Dates
//
// The publication date anchors relative time expressions ("last Friday").
// It comes from --published, else from the input's metadata; otherwise it
// stays unknown, the document carries a warning saying so, and relative
// dates stay unresolved. sitrep never takes the date from the clock.
//
// # Storage
//
// ingest writes to an embedded SQLite database (WAL mode, full-text index)
// at $XDG_DATA_HOME/sitrep/sitrep.db (~/.local/share/sitrep/sitrep.db when
// XDG_DATA_HOME is unset) unless --db names another. Documents are keyed by
// the SHA-256 of their text, so ingesting the same article twice stores it
// once, and a run that was cut short can simply be repeated.
//
// # Exit status
//
// 0 on success, 2 for a usage error, 1 when anything failed (including
// some inputs of a batch that could not be read; the others are still
// processed). Set SITREP_LOG=debug|info|warn|error for the log level.
package main
