package doc

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
)

func TestNewHash(t *testing.T) {
	d := New("a.txt", "Seoul summoned the envoy.")
	if d.ID != Hash(d.Text) || len(d.ID) != 64 {
		t.Fatalf("ID %q is not the sha256 of the text", d.ID)
	}
	if New("b.txt", d.Text).ID != d.ID {
		t.Error("same text from another source must have the same ID")
	}
}

func TestJSONEmptyLayersArePresent(t *testing.T) {
	d := New("x", "Text.")
	b, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	for _, l := range []string{"sentences", "tokens", "entities", "timexes", "quantities", "places", "actors", "events", "claims", "warnings"} {
		v, ok := m[l]
		if !ok {
			t.Errorf("layer %s missing", l)
			continue
		}
		if arr, ok := v.([]any); !ok || len(arr) != 0 {
			t.Errorf("layer %s = %v, want []", l, v)
		}
	}
	if m["published"] != nil {
		t.Errorf("published = %v, want null", m["published"])
	}
}

func TestJSONRoundTrip(t *testing.T) {
	text := "Сеул вызвал посла. Kim met him."
	d := New("x", text)
	d.Published = Date{2024, 10, 21}
	d.Sentences = []Sentence{{Span: Span{0, 33}, TokenStart: 0, TokenEnd: 4}, {Span: Span{34, 46}, TokenStart: 4, TokenEnd: 8}}
	d.Tokens = []Token{{Span: Span{0, 8}, Head: 1, Dep: "nsubj"}, {Span: Span{9, 21}, Head: -1, Dep: "root"}}
	d.Entities = []Entity{{Span: Span{0, 8}, Text: "Сеул", Type: "GPE"}}
	d.Events = []Event{{ID: "e1", Trigger: Mention{Span{9, 21}, "вызвал"}, CAMEO: "114", Source: []Actor{{Span: Span{0, 8}, Code: "KORGOV"}}}}
	b, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	var back Doc
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	b2, _ := json.Marshal(&back)
	if string(b) != string(b2) {
		t.Errorf("round trip changed the JSON:\n%s\n%s", b, b2)
	}
	if !strings.Contains(string(b), `"published":"2024-10-21"`) {
		t.Errorf("published not encoded as a date: %s", b)
	}
}

func TestUnmarshalRejects(t *testing.T) {
	d := New("x", "héllo")
	d.Entities = []Entity{{Span: Span{0, 2}, Text: "h\xc3", Type: "ORG"}} // ends inside é
	b, _ := json.Marshal(d)
	if err := json.Unmarshal(b, new(Doc)); !errors.Is(err, ErrBadSpan) {
		t.Errorf("span inside a character: got %v, want ErrBadSpan", err)
	}
	b = []byte(`{"id":"00","text":"x"}`)
	if err := json.Unmarshal(b, new(Doc)); !errors.Is(err, ErrHashMismatch) {
		t.Errorf("wrong id: got %v, want ErrHashMismatch", err)
	}
}

func TestSpan(t *testing.T) {
	a, b := Span{2, 5}, Span{4, 9}
	if !a.Overlaps(b) || a.Contains(b) || !(Span{0, 10}).Contains(b) || a.Len() != 3 {
		t.Error("span relations wrong")
	}
	if (Span{5, 5}).Overlaps(Span{5, 6}) {
		t.Error("empty span must not overlap")
	}
	if (Span{3, 2}).Valid(10) || (Span{0, 11}).Valid(10) || !(Span{10, 10}).Valid(10) {
		t.Error("Valid wrong")
	}
}

func TestSentenceOf(t *testing.T) {
	d := New("x", "One. Two. Three.")
	d.Sentences = []Sentence{{Span: Span{0, 4}}, {Span: Span{5, 9}}, {Span: Span{10, 16}}}
	for _, c := range []struct{ off, want int }{{0, 0}, {3, 0}, {4, -1}, {5, 1}, {12, 2}, {16, -1}} {
		if got := d.SentenceOf(c.off); got != c.want {
			t.Errorf("SentenceOf(%d) = %d, want %d", c.off, got, c.want)
		}
	}
	if got := Within(d.Sentences, Span{4, 16}); len(got) != 2 {
		t.Errorf("Within: %d, want 2", len(got))
	}
}

func TestUTF16Offsets(t *testing.T) {
	// "a" 1 byte/1 unit, "é" 2/1, "한" 3/1, "😀" 4/2.
	text := "aé한😀b"
	c := NewUTF16Offsets(text)
	for _, tc := range []struct{ b, u int }{{0, 0}, {1, 1}, {3, 2}, {6, 3}, {10, 5}, {11, 6}, {2, 1}, {99, 6}} {
		if got := c.Offset(tc.b); got != tc.u {
			t.Errorf("Offset(%d) = %d, want %d", tc.b, got, tc.u)
		}
	}
	d := New("x", text)
	d.Entities = []Entity{{Span: Span{6, 11}, Text: "😀b"}}
	d.Events = []Event{{Trigger: Mention{Span{3, 6}, "한"}, SaidBy: &Actor{Span: Span{0, 3}}}}
	u := d.WithUTF16Offsets()
	if u.Entities[0].Span != (Span{3, 6}) || u.Events[0].Trigger.Span != (Span{2, 3}) || u.Events[0].SaidBy.Span != (Span{0, 2}) {
		t.Errorf("converted spans wrong: %+v %+v", u.Entities[0].Span, u.Events[0])
	}
	if d.Entities[0].Span != (Span{6, 11}) || d.Events[0].SaidBy.Span != (Span{0, 3}) {
		t.Error("WithUTF16Offsets changed the original")
	}
}

func TestDate(t *testing.T) {
	d, err := ParseDate("2024-10-21")
	if err != nil || d.String() != "2024-10-21" {
		t.Fatalf("ParseDate: %v %v", d, err)
	}
	if _, err := ParseDate("21/10/2024"); err == nil {
		t.Error("want error for a non-ISO date")
	}
	for in, want := range map[string]string{"2024-10-21T23:30:00+09:00": "2024-10-21", "Mon, 21 Oct 2024 10:00:00 GMT": "2024-10-21", "": ""} {
		var got Date
		b, _ := json.Marshal(in)
		if err := json.Unmarshal(b, &got); err != nil || got.String() != want {
			t.Errorf("%q: got %q, %v; want %q", in, got, err, want)
		}
	}
}

func ExampleDoc_WithUTF16Offsets() {
	d := New("example", "Café Kim")
	d.Entities = []Entity{{Span: Span{6, 9}, Text: "Kim", Type: "PERSON"}}
	u := d.WithUTF16Offsets()
	fmt.Println(d.Entities[0].Start, u.Entities[0].Start)
	// Output: 6 5
}
