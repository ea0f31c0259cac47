package gazetteer

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"testing"
)

func gunzip(t testing.TB, b []byte) []byte {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func gzipBytes(t testing.TB, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

// FuzzRead feeds damaged gazetteer bodies (the uncompressed format that
// Read decodes) to the decoder: it must fail cleanly or give a gazetteer
// whose lookups do not panic.
func FuzzRead(f *testing.F) {
	g, _, err := Build(context.Background(), "testdata/mini", BuildOptions{})
	if err != nil {
		f.Fatal(err)
	}
	var buf bytes.Buffer
	if err := g.Write(&buf); err != nil {
		f.Fatal(err)
	}
	body := gunzip(f, buf.Bytes())
	f.Add(body)
	f.Add(body[:len(body)/3])
	f.Add([]byte(magic))
	f.Fuzz(func(t *testing.T, b []byte) {
		g, err := decode(b)
		if err != nil {
			return
		}
		for _, k := range []string{"kursk", "primorye", "us", ""} {
			for _, m := range g.Lookup(k, nil) {
				_ = g.Place(m.Ref)
				_ = g.Admin2Of(m.Ref)
			}
		}
	})
}
