package events

import (
	"bytes"
	"errors"
	"os"
	"testing"
)

// FuzzReadGSR: the GSR reader must not panic, must fail only with
// ErrFormat or ErrTooLarge, and must never return the header or a record
// without text.
func FuzzReadGSR(f *testing.F) {
	b, err := os.ReadFile("testdata/small.gsr.json")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Add([]byte(`[{"event":"DOCUMENT","text":"x"},{"event":"fight","text":"y","source":"","target":[{"code":7}]}]`))
	f.Fuzz(func(t *testing.T, b []byte) {
		rs, err := ReadGSR(bytesReader(b))
		if err != nil {
			if !errors.Is(err, ErrFormat) && !errors.Is(err, ErrTooLarge) {
				t.Fatalf("error is neither ErrFormat nor ErrTooLarge: %v", err)
			}
			return
		}
		for _, r := range rs {
			if r.Event == "DOCUMENT" || r.Text == "" {
				t.Fatalf("record kept: %+v", r)
			}
			_ = MapPLOVER(r.Event)
		}
	})
}

// FuzzReadPETR: the records reader must not panic, must fail only with
// ErrFormat or ErrTooLarge, and must return records with text.
func FuzzReadPETR(f *testing.F) {
	b, err := os.ReadFile("testdata/small.records.xml")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Add([]byte(`<Sentence id="a"><EventCoding error="x"/><Text>t</Text><Parse>(((</Parse></Sentence>`))
	f.Fuzz(func(t *testing.T, b []byte) {
		rs, err := ReadPETR(bytesReader(b))
		if err != nil {
			if !errors.Is(err, ErrFormat) && !errors.Is(err, ErrTooLarge) {
				t.Fatalf("error is neither ErrFormat nor ErrTooLarge: %v", err)
			}
			return
		}
		for _, r := range rs {
			if r.Text == "" {
				t.Fatalf("record without text: %+v", r)
			}
			for _, tr := range r.Expected {
				if tr.Code == "" {
					t.Fatalf("triple without code: %+v", r)
				}
			}
		}
	})
}

func bytesReader(b []byte) *bytes.Reader { return bytes.NewReader(b) }
