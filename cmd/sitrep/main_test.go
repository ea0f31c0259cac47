package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/store"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

const dispatch = "../../examples/dispatch.txt"

// run runs sitrep with args and returns stdout, stderr and the error.
func run(t *testing.T, stdin string, args ...string) (string, string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	m := &Main{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb}
	err := m.Run(context.Background(), args)
	return out.String(), errb.String(), err
}

func decodeDocs(t *testing.T, out string) []*doc.Doc {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(out))
	var docs []*doc.Doc
	for dec.More() {
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			t.Fatalf("decoding output: %v", err)
		}
		if err := doc.ValidateJSON(raw); err != nil {
			t.Fatalf("output does not validate: %v", err)
		}
		d := new(doc.Doc)
		if err := json.Unmarshal(raw, d); err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	return docs
}

func TestExtractJSONValidates(t *testing.T) {
	for _, format := range []string{"json", "jsonl"} {
		out, stderr, err := run(t, "", "extract", "--published", "2024-03-04", "--format", format, dispatch)
		if err != nil {
			t.Fatalf("%s: %v\n%s", format, err, stderr)
		}
		docs := decodeDocs(t, out)
		if len(docs) != 1 {
			t.Fatalf("%s: %d docs, want 1", format, len(docs))
		}
		d := docs[0]
		if d.Published.String() != "2024-03-04" || d.Title != "Chile summons Argentine envoy over seized fishing boats" {
			t.Errorf("metadata: %q %q", d.Published, d.Title)
		}
		if len(d.Sentences) < 8 || len(d.Tokens) < 100 {
			t.Errorf("%d sentences, %d tokens", len(d.Sentences), len(d.Tokens))
		}
		if len(d.Warnings) != 0 {
			t.Errorf("warnings %q", d.Warnings)
		}
		if format == "jsonl" && strings.Count(strings.TrimSpace(out), "\n") != 0 {
			t.Error("jsonl output is not one line")
		}
	}
}

func TestExtractWithoutDateSaysSo(t *testing.T) {
	out, _, err := run(t, "Talks resumed in Geneva on Monday.\n", "extract", "--stages", "segment", "-")
	if err != nil {
		t.Fatal(err)
	}
	d := decodeDocs(t, out)[0]
	if !d.Published.IsZero() || len(d.Warnings) != 1 || !strings.Contains(d.Warnings[0], "publication date unknown") {
		t.Errorf("published %q, warnings %q", d.Published, d.Warnings)
	}
	if !strings.Contains(out, `"published": null`) {
		t.Error("published should be null")
	}
}

func TestExtractBadInputsNamed(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	bad := filepath.Join(dir, "bad.bin")
	os.WriteFile(good, []byte("A statement was issued.\n"), 0o644)
	os.WriteFile(bad, []byte{0, 1, 2, 3}, 0o644)
	out, stderr, err := run(t, "", "extract", "--stages", "segment", "--format", "jsonl", bad, good)
	if err == nil || errors.Is(err, errUsage) {
		t.Errorf("want a plain failure, got %v", err)
	}
	if !strings.Contains(stderr, "bad.bin") || len(decodeDocs(t, out)) != 1 {
		t.Errorf("stderr %q; the good file must still be printed", stderr)
	}
}

func TestExtractTextGolden(t *testing.T) {
	out, _, err := run(t, "", "extract", "--stages", "segment", "--published", "2024-03-04", "--format", "text", dispatch)
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "testdata/extract/dispatch-segment.txt", out)
}

func golden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		os.MkdirAll(filepath.Dir(path), 0o755)
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("reading golden file: %v (run: go test ./cmd/sitrep -run %s -update)", err, t.Name())
	}
	if got != string(want) {
		t.Errorf("output differs from %s; if the change is intended, run: go test ./cmd/sitrep -run %s -update\n--- got:\n%s", path, t.Name(), got)
	}
}

func TestIngestAndList(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(t.TempDir(), "x", "sitrep.db")
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Envoys met in Geneva.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "b.jsonl"), []byte(`{"id":"b1","title":"Ceasefire","published":"2024-05-02","text":"A ceasefire began at noon."}`+"\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644)
	out, _, err := run(t, "", "ingest", "--db", db, "--stages", "segment", dir)
	if err == nil {
		t.Error("ingest with a failed input should exit non-zero")
	}
	if !strings.Contains(out, "read 3, stored 2, duplicates 0, failed 1") || !strings.Contains(out, "empty.txt") {
		t.Errorf("summary %q", out)
	}
	out, _, _ = run(t, "", "ingest", "--db", db, "--stages", "segment", "--json", dir)
	if !strings.Contains(out, `"duplicates": 2`) {
		t.Errorf("second ingest: %s", out)
	}
	out, _, err = run(t, "", "docs", "--db", db, "--json", "--since", "2024-05-01")
	if err != nil {
		t.Fatal(err)
	}
	var rows []store.DocSummary
	if err := json.Unmarshal([]byte(out), &rows); err != nil || len(rows) != 1 || rows[0].Title != "Ceasefire" {
		t.Errorf("docs --since: %v %s", err, out)
	}
	out, _, err = run(t, "", "docs", "--db", db)
	if err != nil || strings.Count(out, "\n") != 3 {
		t.Errorf("docs table: %v\n%s", err, out)
	}
	out, _, err = run(t, "", "events", "--db", db, "--json", "--code", "11")
	if err != nil || strings.TrimSpace(out) != "[]" {
		t.Errorf("events: %v %s", err, out)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{},
		{"nope"},
		{"extract", "--published", "21/10/2024"},
		{"extract", "--format", "xml"},
		{"extract", "--bogus"},
		{"docs", "--since", "2024-05-02", "--until", "2024-05-01"},
		{"ingest"},
		{"train", "nosuchmodel"},
		{"eval", "nosuchset"},
	} {
		_, _, err := run(t, "", args...)
		if !errors.Is(err, errUsage) || exitCode(err) != 2 {
			t.Errorf("%q: got %v, want a usage error", args, err)
		}
	}
	_, _, err := run(t, "", "extract", "--stages", "nosuchstage", dispatch)
	if err == nil || !strings.Contains(err.Error(), "nosuchstage") {
		t.Errorf("unknown stage: %v", err)
	}
}

func TestHelp(t *testing.T) {
	out, _, err := run(t, "", "--help")
	if err != nil || !strings.Contains(out, "extract") || !strings.Contains(out, "ingest") {
		t.Errorf("--help: %v\n%s", err, out)
	}
	_, stderr, err := run(t, "", "extract", "-h")
	if !errors.Is(err, flag.ErrHelp) || exitCode(err) != 0 || !strings.Contains(stderr, "--published") && !strings.Contains(stderr, "-published") {
		t.Errorf("extract -h: %v\n%s", err, stderr)
	}
	out, _, err = run(t, "", "stages")
	if err != nil || !strings.Contains(out, "segment/") {
		t.Errorf("stages: %v\n%s", err, out)
	}
}

func TestBench(t *testing.T) {
	out, _, err := run(t, "", "bench", "--json", "--workers", "1", "--stages", "segment", dispatch, dispatch)
	if err != nil {
		t.Fatal(err)
	}
	var rep benchReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Docs != 2 || rep.Sentences != 16 || rep.TokensPerSec <= 0 || rep.StageSeconds["segment/v1"] <= 0 {
		t.Errorf("report %+v", rep)
	}
}
