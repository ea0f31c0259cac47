package sqlite_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/sitrep/sitrep/internal/store"
	"github.com/sitrep/sitrep/internal/store/storetest"
)

// TestMigrateFromVersion1 opens a database that only 0001 built, with a Doc
// in it: Open adds the claims tables, the Doc is still there, and claims
// added afterwards are indexed.
func TestMigrateFromVersion1(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sitrep.db")
	init1, err := os.ReadFile("migrations/0001_init.sql")
	if err != nil {
		t.Fatal(err)
	}
	db := rawDB(t, path)
	for _, q := range []string{
		string(init1),
		`CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)`,
		`INSERT INTO schema_migrations VALUES (1, '0001_init', 0)`,
		`INSERT INTO docs (id, source, url, title, published, ingested, text, layers, n_bytes, n_sentences, n_events, n_warnings)
			VALUES ('x', 'old.txt', '', 'Old', NULL, 0, 'old', '{}', 3, 0, 0, 0)`,
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatalf("building a version 1 database: %v", err)
		}
	}
	db.Close()

	s := openFile(t, path)
	defer s.Close()
	if st, err := s.Stats(t.Context()); err != nil || st.Docs != 1 {
		t.Fatalf("Stats after migrating = %+v, %v", st, err)
	}
	d := storetest.FullDoc()
	add(t, s, d)
	rows, err := s.Claims(t.Context(), store.ClaimFilter{})
	if err != nil || len(rows) != len(d.Claims) {
		t.Fatalf("Claims after migrating = %d rows, %v; want %d", len(rows), err, len(d.Claims))
	}
}
