package file

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/source"
)

const dispatch = `Envoy summoned over border incident

The foreign ministry of Freedonia summoned the ambassador of Sylvania on Tuesday to protest what it called a violation of its airspace.
`

const page = `<!DOCTYPE html><html><head><title>Envoy summoned</title>
<meta property="article:published_time" content="2024-03-05T09:00:00Z">
</head><body><nav>Home | World | Sport</nav>
<article><h1>Envoy summoned</h1>
<p>The foreign ministry of Freedonia summoned the ambassador of Sylvania on Tuesday to protest a violation of its airspace, officials said.</p>
<p>Sylvania denied that any of its aircraft had crossed the border and called the protest a provocation staged for domestic audiences.</p>
</article><footer>Copyright 2024 Example News</footer></body></html>`

func write(t *testing.T, dir, name string, b []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func collect(t *testing.T, paths []string, o Options) []source.Item {
	t.Helper()
	var out []source.Item
	for it := range Read(context.Background(), paths, o) {
		out = append(out, it)
	}
	return out
}

func TestFolderWithBadFiles(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a-good.txt", []byte(dispatch))
	write(t, dir, "b-binary.bin", []byte{0x89, 'P', 'N', 'G', 0, 0, 1, 2, 3})
	write(t, dir, "c-latin1.txt", []byte("Caf\xe9 in Paris closed.\n"))
	write(t, dir, "d-empty.txt", nil)
	write(t, dir, "sub/e-page.html", []byte(page))
	write(t, dir, ".hidden/skip.txt", []byte(dispatch))
	write(t, dir, "f.jsonl", []byte(`{"id":"1","title":"One","published":"2024-03-01","text":"First dispatch text."}
not json
{"id":"3","text":""}

{"id":"5","url":"https://example.org/5","published":"2024-03-05T10:00:00+01:00","text":"Fifth dispatch text."}
`))
	items := collect(t, []string{dir}, Options{})
	var good, bad []string
	for _, it := range items {
		if it.Err != nil {
			bad = append(bad, filepath.Base(it.Source)+": "+it.Err.Error())
		} else {
			good = append(good, filepath.Base(it.Source))
		}
	}
	wantGood := []string{"a-good.txt", "5", "f.jsonl:1", "e-page.html"}
	slices.Sort(good)
	slices.Sort(wantGood)
	if !slices.Equal(good, wantGood) {
		t.Errorf("good items %v, want %v", good, wantGood)
	}
	for _, want := range []string{"b-binary.bin: ", "c-latin1.txt: ", "d-empty.txt: ", "f.jsonl:2: ", "f.jsonl:3: "} {
		found := false
		for _, b := range bad {
			if strings.HasPrefix(b, want) {
				found = true
			}
		}
		if !found {
			t.Errorf("no failure named %q in %q", want, bad)
		}
	}
	if len(bad) != 5 {
		t.Errorf("failures %q, want 5", bad)
	}
	for _, it := range items {
		if it.Err != nil {
			switch filepath.Base(it.Source) {
			case "b-binary.bin":
				wantIs(t, it.Err, source.ErrBinary)
			case "c-latin1.txt":
				wantIs(t, it.Err, source.ErrNotUTF8)
				if !strings.Contains(it.Err.Error(), "offset 3") {
					t.Errorf("latin-1 error should name the offset: %v", it.Err)
				}
			case "d-empty.txt":
				wantIs(t, it.Err, source.ErrEmpty)
			}
		}
	}
}

func wantIs(t *testing.T, err, target error) {
	t.Helper()
	if !errors.Is(err, target) {
		t.Errorf("got %v, want %v", err, target)
	}
}

func TestPlainTextTitleAndDate(t *testing.T) {
	p := write(t, t.TempDir(), "d.txt", []byte(dispatch))
	pub := doc.Date{Year: 2024, Month: 3, Day: 5}
	items := collect(t, []string{p}, Options{Published: pub})
	if len(items) != 1 || items[0].Err != nil {
		t.Fatalf("items %+v", items)
	}
	it := items[0]
	if it.Title != "Envoy summoned over border incident" || it.Text != dispatch || it.Published != pub {
		t.Errorf("item %+v", it)
	}
	d := it.Doc()
	if d.ID != doc.Hash(dispatch) || len(d.Warnings) != 0 {
		t.Errorf("doc %s warnings %q", d.ID, d.Warnings)
	}
	it.Published = doc.Date{}
	if w := it.Doc().Warnings; len(w) != 1 || !strings.Contains(w[0], "publication date unknown") {
		t.Errorf("undated doc warnings %q", w)
	}
}

func TestHTML(t *testing.T) {
	p := write(t, t.TempDir(), "p.html", []byte(page))
	items := collect(t, []string{p}, Options{})
	if len(items) != 1 || items[0].Err != nil {
		t.Fatalf("items %+v", items)
	}
	it := items[0]
	if it.Title != "Envoy summoned" {
		t.Errorf("title %q", it.Title)
	}
	if it.Published.String() != "2024-03-05" {
		t.Errorf("published %q from the meta tag", it.Published)
	}
	for _, gone := range []string{"Home | World", "Copyright"} {
		if strings.Contains(it.Text, gone) {
			t.Errorf("boilerplate %q kept in %q", gone, it.Text)
		}
	}
	if !strings.Contains(it.Text, "summoned the ambassador of Sylvania") || !strings.Contains(it.Text, "\n\nSylvania denied") {
		t.Errorf("main text wrong: %q", it.Text)
	}
	// The command-line date wins over the page's.
	items = collect(t, []string{p}, Options{Published: doc.Date{Year: 2024, Month: 3, Day: 9}})
	if items[0].Published.String() != "2024-03-09" {
		t.Errorf("--published should win, got %s", items[0].Published)
	}
}

func TestStdin(t *testing.T) {
	items := collect(t, []string{"-"}, Options{Stdin: strings.NewReader(dispatch)})
	if len(items) != 1 || items[0].Source != "-" || items[0].Text != dispatch {
		t.Errorf("stdin text: %+v", items)
	}
	items = collect(t, []string{"-"}, Options{Stdin: strings.NewReader("{\"text\":\"A.\"}\n{\"text\":\"B.\"}\n")})
	if len(items) != 2 || items[1].Source != "-:2" || items[1].Text != "B." {
		t.Errorf("stdin JSONL: %+v", items)
	}
}

func TestMissingPathAndLimit(t *testing.T) {
	dir := t.TempDir()
	big := write(t, dir, "big.txt", []byte(strings.Repeat("word ", 100)))
	items := collect(t, []string{filepath.Join(dir, "nope.txt"), big}, Options{MaxBytes: 100})
	if len(items) != 2 || !errors.Is(items[0].Err, os.ErrNotExist) || !errors.Is(items[1].Err, source.ErrTooLarge) {
		t.Errorf("items %+v", items)
	}
	jl := write(t, dir, "l.jsonl", []byte(`{"text":"`+strings.Repeat("x", 200)+`"}`+"\n"+`{"text":"ok."}`+"\n"))
	items = collect(t, []string{jl}, Options{MaxBytes: 100})
	if len(items) != 2 || !errors.Is(items[0].Err, source.ErrTooLarge) || items[1].Text != "ok." || items[1].Source != jl+":2" {
		t.Errorf("long JSONL line should fail alone: %+v", items)
	}
}

func TestStopEarly(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"a.txt", "b.txt", "c.txt"} {
		write(t, dir, n, []byte(dispatch+n))
	}
	n := 0
	for range Read(context.Background(), []string{dir}, Options{}) {
		n++
		if n == 2 {
			break
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if got := collect(t, []string{dir}, Options{}); len(got) != 3 {
		t.Errorf("got %d items", len(got))
	}
	for range Read(ctx, []string{dir}, Options{}) {
		t.Error("read after cancel")
	}
}

func FuzzParseRecord(f *testing.F) {
	f.Add([]byte(`{"id":"1","url":"https://e.org/","title":"T","published":"2024-01-02","text":"Body."}`))
	f.Add([]byte(`{"html":"<html><body><p>Some text here that is long enough.</p></body></html>"}`))
	f.Add([]byte(`{"published":"yesterday","text":"x"}`))
	f.Add([]byte(`[1,2]`))
	f.Fuzz(func(t *testing.T, b []byte) {
		it := ParseRecord("f:1", b, doc.Date{})
		if it.Err == nil && source.CheckText([]byte(it.Text)) != nil {
			t.Fatalf("accepted bad text %q", it.Text)
		}
		if it.Err != nil && !strings.Contains(it.Err.Error(), "f:1") {
			t.Fatalf("error does not name the input: %v", it.Err)
		}
	})
}

func TestGzipAndNumericID(t *testing.T) {
	dir := t.TempDir()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte(`{"id": 7, "date": "1987-02-26T15:01:01", "title": "T", "text": "Body text."}` + "\n"))
	zw.Close()
	p := write(t, dir, "corpus.jsonl.gz", buf.Bytes())
	buf.Reset()
	zw = gzip.NewWriter(&buf)
	zw.Write([]byte(dispatch))
	zw.Close()
	q := write(t, dir, "story.txt.gz", buf.Bytes())
	items := collect(t, []string{p, q, write(t, dir, "bad.gz", []byte("not gzip"))}, Options{})
	if len(items) != 3 {
		t.Fatalf("items %+v", items)
	}
	if it := items[0]; it.Err != nil || it.ID != "7" || it.Published.String() != "1987-02-26" || it.Text != "Body text." || it.Source != p+":1" {
		t.Errorf("gzipped JSONL: %+v", it)
	}
	if it := items[1]; it.Err != nil || it.Text != dispatch {
		t.Errorf("gzipped text: %+v", it)
	}
	if items[2].Err == nil || !strings.Contains(items[2].Err.Error(), "bad.gz") {
		t.Errorf("bad gzip: %+v", items[2])
	}
}

func TestCSVCorpus(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "corpus.csv", []byte("url,date,title,text\n"+
		"https://example.org/a,2024-03-04,\"Talks, resumed\",\"Envoys met in Geneva.\n\nThey agreed to meet again.\"\n"+
		"https://example.org/b,yesterday,Bad date,Some text.\n"+
		"https://example.org/c,2024-03-05,Empty,\n"))
	tsv := write(t, dir, "corpus.tsv", []byte("id\tbody\n7\tA ceasefire began at noon.\n"))
	none := write(t, dir, "notext.csv", []byte("a,b\n1,2\n"))
	items := collect(t, []string{p, tsv, none}, Options{})
	if len(items) != 5 {
		t.Fatalf("items %+v", items)
	}
	if it := items[0]; it.Err != nil || it.Title != "Talks, resumed" || it.Published.String() != "2024-03-04" || !strings.Contains(it.Text, "\n\nThey agreed") || it.Source != "https://example.org/a" {
		t.Errorf("row 2: %+v", it)
	}
	if it := items[1]; it.Err == nil || !strings.Contains(it.Err.Error(), "corpus.csv:3") {
		t.Errorf("bad date should fail its row, named: %+v", it)
	}
	if it := items[2]; !errors.Is(it.Err, source.ErrEmpty) {
		t.Errorf("empty text: %+v", it)
	}
	if it := items[3]; it.Err != nil || it.ID != "7" || it.Text != "A ceasefire began at noon." {
		t.Errorf("tsv: %+v", it)
	}
	if it := items[4]; !errors.Is(it.Err, source.ErrNoText) {
		t.Errorf("csv without a text column: %+v", it)
	}
	// --published wins over the row's date.
	items = collect(t, []string{p}, Options{Published: doc.Date{Year: 2020, Month: 1, Day: 2}})
	if items[0].Published.String() != "2020-01-02" {
		t.Errorf("published %s, want the caller's", items[0].Published)
	}
}

func FuzzCSV(f *testing.F) {
	f.Add("title,text\nT,Body text.\n")
	f.Add("id\tbody\n1\t\"quoted\ntext\"\n")
	f.Add("text\n\"unterminated\n")
	f.Fuzz(func(t *testing.T, in string) {
		n := 0
		readCSV(context.Background(), "f.csv", strings.NewReader(in), ',', Options{MaxBytes: 1 << 12}, func(it source.Item) bool {
			n++
			if it.Err == nil && source.CheckText([]byte(it.Text)) != nil {
				t.Fatalf("accepted bad text %q", it.Text)
			}
			if it.Err != nil && !strings.Contains(it.Err.Error(), "f.csv") {
				t.Fatalf("error does not name the input: %v", it.Err)
			}
			return n < 1000
		})
	})
}
