package events

import (
	"errors"
	"os"
	"reflect"
	"strings"
	"testing"
)

func TestReadGSR(t *testing.T) {
	f, err := os.Open("testdata/small.gsr.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rs, err := ReadGSR(f)
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != 3 {
		t.Fatalf("got %d records, want 3 (header skipped)", len(rs))
	}
	if rs[0].Event != "DEMAND" || MapPLOVER(rs[0].Event) != "REQUEST" || rs[0].Source[0].Code != "FRE" || rs[0].Target[0].Code != "SYL" {
		t.Errorf("record 0: %+v", rs[0])
	}
	if rs[1].Target != nil || MapPLOVER(rs[1].Event) != "ASSAULT" {
		t.Errorf("record 1: a string target must read as none: %+v", rs[1])
	}
	if rs[2].Source != nil {
		t.Errorf("record 2: null source: %+v", rs[2])
	}
	for _, bad := range []string{"", "{}", "[1, 2]", `[{"event": 3}]`} {
		if _, err := ReadGSR(strings.NewReader(bad)); !errors.Is(err, ErrFormat) {
			t.Errorf("ReadGSR(%q) = %v, want ErrFormat", bad, err)
		}
	}
}

func TestReadPETR(t *testing.T) {
	f, err := os.Open("testdata/small.records.xml")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rs, err := ReadPETR(f)
	if err != nil {
		t.Fatal(err)
	}
	want := []PETRRecord{
		{ID: "T-01", Date: "19950101", Category: "DEMO", Text: "Arnor and Gondor restored ties.",
			Expected: []Triple{{"ARN", "GON", "064"}, {"GON", "ARN", "064"}}, RequireDyad: true, Comma: DefaultComma},
		// comma_max 0 turns internal clauses off; "six" is no number
		{ID: "T-02", Date: "20010203", Category: "ERROR", Text: "Nothing happened here.", NoEvents: true,
			Comma: CommaOptions{Min: 2, BMin: 3, EMin: 2, EMax: 8}},
		{ID: "T-03", Date: "20010203", Category: "ERROR", Text: "Baseball scores.", NoEvents: true, Error: "sentencediscard", RequireDyad: true,
			Comma: CommaOptions{Min: 2, BMin: 3, BMax: 6, EMin: 2, EMax: 8}, NewActorLength: 4},
	}
	if !reflect.DeepEqual(rs, want) {
		t.Errorf("got  %+v\nwant %+v", rs, want)
	}
	deep := strings.Repeat("<a>", 100) + strings.Repeat("</a>", 100)
	for _, bad := range []string{"<Sentence><Text>x</Sentence>", "<a><b></a>", deep, "<Sentence><Sentence>"} {
		if _, err := ReadPETR(strings.NewReader(bad)); !errors.Is(err, ErrFormat) {
			t.Errorf("ReadPETR(%.30q) = %v, want ErrFormat", bad, err)
		}
	}
}
