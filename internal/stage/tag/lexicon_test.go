package tag

import (
	"bytes"
	"compress/gzip"
	"io"
	"testing"
)

func gunzip(t testing.TB, b []byte) []byte {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

func gzipped(t testing.TB, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestTransform(t *testing.T) {
	cases := []struct {
		form, lemma string
		low         bool
		want        transform
	}{
		{"dogs", "dog", true, transform{Cut: 1, Lower: true}},
		{"Dogs", "dog", true, transform{Cut: 1, Lower: true}},
		{"Dogs", "dog", false, transform{Cut: 4, Add: "dog"}},
		{"Koreans", "Korean", false, transform{Cut: 1}},
		{"cities", "city", true, transform{Cut: 3, Lower: true, Add: "y"}},
		{"was", "be", true, transform{Cut: 3, Lower: true, Add: "be"}},
		{"i", "I", true, transform{Cut: 1, Lower: true, Add: "I"}},
		// Never cut inside a multi-byte character.
		{"cafés", "café", true, transform{Cut: 1, Lower: true}},
		{"naïve", "naive", true, transform{Cut: 4, Lower: true, Add: "ive"}},
		{"Ärzte", "Arzt", false, transform{Cut: 6, Add: "Arzt"}},
	}
	for _, c := range cases {
		got := transformFor(c.form, c.lemma, c.low)
		if got != c.want {
			t.Errorf("transformFor(%q, %q, %v) = %+v, want %+v", c.form, c.lemma, c.low, got, c.want)
			continue
		}
		if l := got.apply(c.form); l != c.lemma {
			t.Errorf("%+v.apply(%q) = %q, want %q", got, c.form, l, c.lemma)
		}
	}
	// A transform that cuts more than the word has leaves it alone.
	if got := (transform{Cut: 9, Add: "x"}).apply("ab"); got != "ab" {
		t.Errorf("overlong cut: %q", got)
	}
}

func TestAppendLower(t *testing.T) {
	for in, want := range map[string]string{"": "", "abc": "abc", "AbC-9": "abc-9", "ÄRZTE": "ärzte", "Straße": "straße"} {
		if got := string(appendLower([]byte("x"), in)); got != "x"+want {
			t.Errorf("appendLower(%q) = %q, want %q", in, got[1:], want)
		}
		if got := lower(in); got != want {
			t.Errorf("lower(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNormalizeAndInfo(t *testing.T) {
	if got := string(normalize(nil, "Year-2024")); got != "year-0000" {
		t.Errorf("normalize: %q", got)
	}
	if got := string(normalize(nil, "Ärzte٣")); got != "ärzte0" {
		t.Errorf("normalize non-ASCII: %q", got)
	}
	a := info("Hello", normalize(nil, "Hello"))
	b := info("Jello", normalize(nil, "Jello"))
	if a.shape != b.shape || a.suf[3] != b.suf[3] || a.suf[4] == b.suf[4] || a.pre[0] == b.pre[0] || !a.upper {
		t.Errorf("word hashes: %+v %+v", a, b)
	}
	if a.form == 0 || info("hello", []byte("hello")).form != 0 {
		t.Error("the exact form is hashed only when it differs from the normalized form")
	}
	// Short words repeat their whole-word hash in longer affixes.
	c := info("ab", []byte("ab"))
	if c.pre[1] != c.pre[3] || c.suf[1] != c.suf[4] || c.nrune != 2 {
		t.Errorf("short word: %+v", c)
	}
}

func TestLexicon(t *testing.T) {
	xposList := []string{"NNS", "NNP", "VBD", "PRP"}
	// Joint tags: 0 NOUN|NNS, 1 PROPN|NNP, 2 VERB|VBD, 3 AUX|VBD, 4 PRON|PRP.
	xposOf := []uint8{0, 1, 2, 2, 3}
	pl, sg := "Number=Plur", "Number=Sing"
	past := "Tense=Past"
	var samples []sample
	add := func(n int, form, lemma, feats string, tag uint16) {
		for range n {
			samples = append(samples, sample{form: form, lemma: lemma, feats: feats, tag: tag, xpos: xposOf[tag]})
		}
	}
	add(3, "dogs", "dog", pl, 0)
	add(1, "Cats", "cat", pl, 0)
	add(2, "rebels", "rebel", pl, 0)
	add(1, "cities", "city", pl, 0)
	add(1, "ladies", "lady", pl, 0)
	add(1, "parties", "party", pl, 0)
	add(2, "men", "man", pl, 0)
	add(1, "troops", "troops", "Number=Ptan", 0)
	add(2, "Paris", "Paris", sg, 1)
	add(1, "Dalmor", "Dalmor", sg, 1)
	add(1, "walked", "walk", past, 2)
	add(1, "talked", "talk", past, 2)
	add(1, "ran", "run", past, 2)
	add(3, "was", "be", past+"|Number=Sing", 3)
	add(2, "It", "it", "Case=Nom", 4)
	add(1, "it", "it", "Case=Acc", 4)
	add(1, "it", "it", "Case=Nom", 4)
	add(1, "I", "I", "Case=Nom|Person=1", 4)
	lx := learnLexicon(samples, xposOf, xposList, 2)
	cases := []struct {
		word        string
		tag         uint16
		lemma, feat string
	}{
		{"dogs", 0, "dog", pl},
		{"DOGS", 0, "dog", pl},
		{"men", 0, "man", pl},
		{"troops", 0, "troop", "Number=Ptan"}, // override
		{"ran", 2, "run", past},
		{"Was", 3, "be", past + "|Number=Sing"},
		{"It", 4, "it", "Case=Nom"},
		{"i", 4, "I", "Case=Nom|Person=1"},
		// Unseen words: suffix rules and default features.
		{"Horses", 0, "horse", pl},
		{"armies", 0, "army", pl},
		{"jumped", 2, "jump", past},
		{"Gorno", 1, "Gorno", sg},
	}
	for _, c := range cases {
		l, f, _, _ := lx.analyze(c.word, "", c.tag, xposOf[c.tag], nil, nil)
		if l != c.lemma || f != c.feat {
			t.Errorf("analyze(%q, %d) = %q %q, want %q %q", c.word, c.tag, l, f, c.lemma, c.feat)
		}
	}
}
